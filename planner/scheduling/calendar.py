"""The salesperson's working calendar: which days are working days, and when a live
touch can happen in both the salesperson's and the client's working hours.

Every answer is memoised per date (and per zone): re-planning a book of 100,000
clients asks the same few hundred dates hundreds of thousands of times.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.scheduling.types import CalendarRules, Reason

ONE_DAY = timedelta(days=1)
# No real calendar has this many non-working days in a row; more means a broken setup.
MAX_NON_WORKING_RUN = 3660
# Live touches look this many working days ahead for common working hours (DESIGN.md §4).
LIVE_SEARCH_DAYS = 14

WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

Window = tuple[datetime, datetime]


class WorkingCalendar:
    """Working days and hours from `CalendarRules`.

    Precedence for a day: a personal day off is never working; otherwise an extra
    working day is always working (it overrides weekend and public holidays); otherwise
    weekend days and public holidays are not working.
    """

    __slots__ = (
        "_added",
        "_days_off",
        "_extra",
        "_first_live",
        "_holiday_language",
        "_holidays",
        "_live_cache",
        "_next",
        "_own_windows",
        "_rules",
        "_settle",
        "_weekend",
        "_working",
        "_zone",
    )

    def __init__(self, rules: CalendarRules, *, holiday_language: str = "en_US") -> None:
        """`holiday_language` keeps holiday names independent of the machine's locale."""
        if not rules.extra_working_days and len(set(rules.weekend) & set(range(7))) == 7:
            raise ValueError("the working calendar has no working day at all")
        self._rules = rules
        self._weekend = frozenset(rules.weekend)
        self._days_off = rules.days_off
        self._extra = rules.extra_working_days
        zone = _zone(rules.timezone)
        if zone is None:
            raise ValueError(f"unknown time zone {rules.timezone!r}")
        self._zone = zone
        self._holiday_language = holiday_language
        self._holidays: dict[int, dict[date, str]] = {}
        if rules.country:
            import holidays  # on demand: its import is a tenth of Today's first start

            try:  # fail early on a bad country/subdivision, not in the middle of a re-plan
                holidays.country_holidays(rules.country, subdiv=rules.subdivision)
            except NotImplementedError as exc:
                raise ValueError(str(exc)) from exc
        self._working: dict[date, bool] = {}
        self._next: dict[date, date] = {}
        self._added: dict[tuple[date, int], date] = {}
        self._settle: dict[date, tuple[date, tuple[Reason, ...]]] = {}
        self._own_windows: dict[date, Window | None] = {}
        self._live_cache: dict[tuple[date, str | None], Window | None] = {}
        self._first_live: dict[tuple[date, str | None, int], date | None] = {}

    @property
    def rules(self) -> CalendarRules:
        return self._rules

    def same_days(self, rules: CalendarRules) -> bool:
        """Whether `rules` make the same working days as this calendar's (they may differ
        in the working hours and the zone, which decide only the live windows)."""
        mine = self._rules
        return (mine.weekend, mine.country, mine.subdivision, mine.days_off) == (
            rules.weekend, rules.country, rules.subdivision, rules.days_off
        ) and mine.extra_working_days == rules.extra_working_days  # fmt: skip

    def with_hours(self, rules: CalendarRules) -> WorkingCalendar:
        """A calendar of `rules`, which make the same working days as this one's
        (`same_days`): it shares what is already worked out about the days (holidays,
        next working days, settled days), so a change of working hours re-plans the book
        without working them out again; the live windows are its own."""
        if not self.same_days(rules):
            raise ValueError("the rules make other working days")
        other = WorkingCalendar(rules, holiday_language=self._holiday_language)
        other._holidays = self._holidays
        other._working = self._working
        other._next = self._next
        other._added = self._added
        other._settle = self._settle
        return other

    # -- days ---------------------------------------------------------------------------

    def _year_holidays(self, year: int) -> dict[date, str]:
        """Loaded lazily per year: the library computes a year at a time."""
        names = self._holidays.get(year)
        if names is None:
            country = self._rules.country
            if country is None:
                names = {}
            else:
                import holidays

                probe = holidays.country_holidays(country, subdiv=self._rules.subdivision)
                language = (
                    self._holiday_language
                    if self._holiday_language in probe.supported_languages
                    else probe.default_language
                )
                found = holidays.country_holidays(
                    country, subdiv=self._rules.subdivision, years=year, language=language
                )
                names = {d: str(n) for d, n in found.items()}
            self._holidays[year] = names
        return names

    def holiday_name(self, d: date) -> str | None:
        """The public holiday on `d` (names joined by "; "), whether or not it is worked."""
        return self._year_holidays(d.year).get(d)

    def is_working(self, d: date) -> bool:
        w = self._working.get(d)
        if w is None:
            w = self._compute_working(d)
            self._working[d] = w
        return w

    def _compute_working(self, d: date) -> bool:
        if d in self._days_off:
            return False
        if d in self._extra:
            return True
        if d.weekday() in self._weekend:
            return False
        return d not in self._year_holidays(d.year)

    def why_not_working(self, d: date) -> Reason | None:
        """The most general rule that makes `d` a non-working day: weekend, then holiday,
        then a personal day off (a holiday on a Saturday is reported as weekend)."""
        if self.is_working(d):
            return None
        if d not in self._extra:  # else only the day off can be the cause
            if d.weekday() in self._weekend:
                return Reason("weekend", (("day", d.isoformat()),))
            name = self.holiday_name(d)
            if name is not None:
                return Reason("holiday", (("day", d.isoformat()), ("name", name)))
        return Reason("day-off", (("day", d.isoformat()),))

    def next_working(self, d: date) -> date:
        """`d` itself when it is a working day, else the first working day after it."""
        n = self._next.get(d)
        if n is None:
            n = d
            for _ in range(MAX_NON_WORKING_RUN):
                if self.is_working(n):
                    break
                n += ONE_DAY
            else:
                raise ValueError(f"no working day within {MAX_NON_WORKING_RUN} days of {d}")
            self._next[d] = n
        return n

    def previous_working(self, d: date) -> date:
        """`d` itself when it is a working day, else the last working day before it."""
        n = d
        for _ in range(MAX_NON_WORKING_RUN):
            if self.is_working(n):
                return n
            n -= ONE_DAY
        raise ValueError(f"no working day within {MAX_NON_WORKING_RUN} days before {d}")

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after `d` (n = 0: `next_working(d)`)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        if n == 0:
            return self.next_working(d)
        key = (d, n)
        cur = self._added.get(key)
        if cur is None:
            cur = d
            for _ in range(n):
                cur = self.next_working(cur + ONE_DAY)
            self._added[key] = cur
        return cur

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a.

        So `working_days_between(d, add_working_days(d, n)) == n` for n >= 1.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        cur = a + ONE_DAY
        while cur <= b:
            if self.is_working(cur):
                count += 1
            cur += ONE_DAY
        return count

    def settle(self, d: date) -> tuple[date, tuple[Reason, ...]]:
        """`next_working(d)` plus one Reason per rule that moved it, naming the days
        each rule skipped ("from" = the first, "days" = all, comma-separated)."""
        hit = self._settle.get(d)
        if hit is not None:
            return hit
        target = self.next_working(d)
        skipped: dict[str, list[Reason]] = {}
        cur = d
        while cur < target:
            why = self.why_not_working(cur)
            if why is not None:  # always true before the target
                skipped.setdefault(why.code, []).append(why)
            cur += ONE_DAY
        reasons = tuple(_merge_skips(code, whys) for code, whys in skipped.items())
        hit = (target, reasons)
        self._settle[d] = hit
        return hit

    # -- hours --------------------------------------------------------------------------

    def own_window(self, day: date) -> Window | None:
        """The salesperson's working hours on their local date `day`, in UTC."""
        if day in self._own_windows:
            return self._own_windows[day]
        window = _hours_utc(day, self._rules, self._zone)
        self._own_windows[day] = window
        return window

    def live_window(self, day: date, client_tz: str | None) -> Window | None:
        """The UTC window (aware datetimes, tzinfo=UTC) on the salesperson's
        local date `day` that lies inside both the salesperson's working hours and the
        same working hours in the client's zone; None if they do not overlap.

        The client's working hours of the local dates around `day` are tried and the
        earliest overlap wins. An unknown or missing client zone means the salesperson's
        (bad imported data must not stop a re-plan). Whether `day` is a working day is
        not checked here.
        """
        key = (day, client_tz)
        if key in self._live_cache:
            return self._live_cache[key]
        own = self.own_window(day)
        zone = _zone(client_tz) if client_tz is not None else None
        result: Window | None
        if own is None or zone is None or client_tz == self._rules.timezone:
            result = own
        else:
            result = None
            for offset in (-1, 0, 1):
                theirs = _hours_utc(day + timedelta(days=offset), self._rules, zone)
                if theirs is None:
                    continue
                start = max(own[0], theirs[0])
                end = min(own[1], theirs[1])
                if start < end:
                    result = (start, end)
                    break
        self._live_cache[key] = result
        return result

    def first_live_day(self, start: date, client_tz: str | None, tries: int) -> date | None:
        """The first working day from `start` (itself included) with a live window,
        trying at most `tries` working days; None if there is none in that stretch."""
        key = (start, client_tz, tries)
        if key in self._first_live:
            return self._first_live[key]
        day = self.next_working(start)
        found: date | None = None
        for _ in range(tries):
            if self.live_window(day, client_tz) is not None:
                found = day
                break
            day = self.next_working(day + ONE_DAY)
        self._first_live[key] = found
        return found


def _zone(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _hours_utc(day: date, rules: CalendarRules, zone: ZoneInfo) -> Window | None:
    """Working hours on a local date in `zone`, converted to UTC (DST-correct)."""
    start = datetime.combine(day, rules.work_start, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day, rules.work_end, tzinfo=zone).astimezone(UTC)
    if start >= end:
        return None
    return (start, end)


def _merge_skips(code: str, whys: list[Reason]) -> Reason:
    days = ",".join(w.arg("day") or "" for w in whys)
    args: list[tuple[str, str]] = [("from", whys[0].arg("day") or ""), ("days", days)]
    if code == "holiday":
        names: list[str] = []
        for w in whys:
            name = w.arg("name")
            if name and name not in names:
                names.append(name)
        args.append(("name", "; ".join(names)))
    return Reason(code, tuple(args))
