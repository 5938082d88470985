"""Writing a changed plan to a laptop book (SQLite): only what changed, by id.

A settings change moves tens of thousands of open touches (a call capacity of 12 on the
100,000-client book: 74,000), and each UPDATE rewrites the index entries of every
indexed column it names, changed or not: `due` and `rank` are in three of the touch
indexes, `channel` in one. Most of those touches change only their reasons and the
overbooked flag (a full day flags them) or their channel and hours (switched), so an
UPDATE here names the columns that changed and no others: one statement per set of
changed columns, its rows in id order (neighbouring rows share table pages). Measured
on that capacity change, SQLite's own time went from 1.27 s to 0.80 s of CPU.

The values go to the DBAPI's executemany in their storage forms, without SQLAlchemy's
per-value bind processing, which cost more than SQLite itself at 400,000 touches (an
import); new touches are inserted in the plan's order, as Core would (the same ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from planner.io.bulk import Bulk
from planner.models import TOUCH_NEW_COLUMNS, TOUCH_PLAN_COLUMNS
from planner.services.rawsql import Memo, chunks
from planner.vocabulary import TouchStatus

if TYPE_CHECKING:
    from planner.scheduling.types import PlannedTouch
    from planner.services.bookstate import Existing, WriteResult

WRITE_CHUNK = 5_000  # rows per executemany (the Core path's too, bookstate.write_plan)

# The columns of a stored open touch in the order of `bookstate.Existing`, and what a new
# touch stores besides them.
STORED, INSERTED = TOUCH_PLAN_COLUMNS, TOUCH_NEW_COLUMNS
_INSERT_SQL = (
    f"INSERT INTO touch ({', '.join((*STORED, *INSERTED))}) "
    f"VALUES ({', '.join('?' * (len(STORED) + len(INSERTED)))})"
)

_UPDATE_ALL = f"UPDATE touch SET {' = ?, '.join(STORED)} = ? WHERE id = ?"
FEW_UPDATES = 200  # up to this many changed touches: one UPDATE of every column

# (id or None for a new touch, what to store in STORED order, as stored or None, the touch)
Change = tuple[int | None, "Existing", "Existing | None", "PlannedTouch"]


def write_sqlite(
    bulk: Bulk, changes: Iterator[Change], dropped: dict[int, Existing], result: WriteResult
) -> WriteResult:
    """Store `changes` and cancel the `dropped` touches.

    Up to FEW_UPDATES changed touches (an outcome, a move) go in one UPDATE of every
    column: one statement costs less there than one per set of changed columns."""
    day = bulk.day
    instant = Memo(bulk.instant).__getitem__  # few distinct windows (a day's working hours)
    forms = (day, day, _value, int, None, instant, instant, None, None)  # by STORED
    columns = range(len(STORED))
    # (changed columns, every column, id) while there are few changed touches, else None
    few: list[tuple[tuple[int, ...], tuple[object, ...], int]] | None = []
    updates: dict[tuple[int, ...], list[tuple[object, ...]]] = {}
    inserts: list[tuple[object, ...]] = []
    for touch_id, key, old, p in changes:
        if touch_id is None or old is None:
            inserts.append(
                (
                    *_forms(forms, key, columns),
                    p.client_id,
                    p.kind.value,
                    p.purpose.value,
                    TouchStatus.PLANNED.value,
                    int(p.pinned),
                    p.sequence_code,
                    p.step,
                )
            )
            result.created += 1
            if len(inserts) >= WRITE_CHUNK:
                bulk.execute(_INSERT_SQL, inserts)
                inserts = []
            continue
        changed = tuple(n for n in columns if key[n] != old[n])
        result.updated += 1
        if few is None:
            _add(bulk, updates, changed, (*_forms(forms, key, changed), touch_id))
            continue
        few.append((changed, _forms(forms, key, columns), touch_id))
        if len(few) == FEW_UPDATES:  # many after all: by the columns that changed
            for mask, every, tid in few:
                _add(bulk, updates, mask, (*(every[n] for n in mask), tid))
            few = None
    if few:
        bulk.execute(_UPDATE_ALL, [(*values, tid) for _, values, tid in few])
    for changed, group in updates.items():
        _update(bulk, changed, group)
    bulk.execute(_INSERT_SQL, inserts)
    for part in chunks(list(dropped)):
        cancel = f"UPDATE touch SET status = ? WHERE id IN ({', '.join('?' * len(part))})"
        bulk.execute(cancel, [(TouchStatus.CANCELLED.value, *part)])
    result.cancelled = len(dropped)
    return result


def _forms(
    forms: tuple[Callable[[Any], object] | None, ...], key: Existing, which: Iterable[int]
) -> tuple[object, ...]:
    """The values of columns `which` of `key` in SQLite's storage forms (as SQLAlchemy
    writes them)."""
    found: list[object] = []
    for n in which:
        form = forms[n]
        found.append(key[n] if form is None else form(key[n]))
    return tuple(found)


def _value(channel: Any) -> object:
    return channel.value if hasattr(channel, "value") else channel


def _add(
    bulk: Bulk,
    updates: dict[tuple[int, ...], list[tuple[object, ...]]],
    changed: tuple[int, ...],
    row: tuple[object, ...],
) -> None:
    group = updates.setdefault(changed, [])
    group.append(row)
    if len(group) >= WRITE_CHUNK:
        _update(bulk, changed, group)
        group.clear()


def _update(bulk: Bulk, changed: tuple[int, ...], rows: list[tuple[object, ...]]) -> None:
    if rows:
        names = ", ".join(f"{STORED[n]} = ?" for n in changed)
        rows.sort(key=_last)
        bulk.execute(f"UPDATE touch SET {names} WHERE id = ?", rows)


def _last(row: tuple[object, ...]) -> Any:
    return row[-1]
