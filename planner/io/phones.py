"""Fast, exact phone checks for imports of 100,000 rows (phonenumbers costs ~40 us a number).

- `e164` and `national`: for text that is "+" and digits, or only digits (after
  separators), the steps `phonenumbers.parse` takes for it (IDD and country code, national
  prefix, length check, Italian leading zeros) with phonenumbers' own helpers and metadata,
  without parse's generality (phone-context, extensions, vanity letters, punctuation);
  anything else goes the slow way.
- `is_valid`: `phonenumbers.is_valid_number` with each region's patterns compiled once,
  instead of ten pattern-cache lookups per number.

`tests/unit/io/test_transfer_phones.py` checks both against phonenumbers on every example
number of every region and on random ones. If a future phonenumbers renames a helper used
here, the fast paths turn themselves off.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

SLOW = object()  # "not handled here: use phonenumbers.parse"
NON_GEO = "001"  # phonenumbers' region of non-geographic numbers (+800, +882...)
_MAX_INPUT = 250

try:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumber
    from phonenumbers.phonenumberutil import (
        _MAX_LENGTH_FOR_NSN,
        _MIN_LENGTH_FOR_NSN,
        ValidationResult,
        _maybe_extract_country_code,
        _maybe_strip_national_prefix_carrier_code,
        _set_italian_leading_zeros_for_phone_number,
        _test_number_length,
        country_code_for_valid_region,
        region_code_for_country_code,
    )

    _REJECT = (
        ValidationResult.TOO_SHORT,
        ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        ValidationResult.INVALID_LENGTH,
    )
    ENABLED = True
except ImportError:  # pragma: no cover - a phonenumbers without these helpers
    ENABLED = False


def e164(digits: str) -> str | object | None:
    """E.164 of "+" and `digits` if valid, None if not, SLOW when parse must decide."""
    if not ENABLED or len(digits) <= 3 or len(digits) >= _MAX_INPUT or digits[0] == "0":
        return SLOW
    if not (digits.isascii() and digits.isdigit()):
        return SLOW
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            break
    else:
        return SLOW  # parse retries without the plus sign, in the default region
    if len(national) < _MIN_LENGTH_FOR_NSN:
        return None
    metadata: Any = PhoneMetadata.metadata_for_region_or_calling_code(
        code, region_code_for_country_code(code)
    )
    return _finish(code, national, metadata)


def national(digits: str, region: str) -> str | object | None:
    """E.164 of `digits` written for `region` (no "+"), None if not valid, SLOW if unsure.

    The steps of `phonenumbers.parse` for plain digits: the region's IDD prefix ("00",
    "810"), its own country code written without "+", then the national prefix.
    """
    if not ENABLED or not 2 <= len(digits) < _MAX_INPUT:
        return SLOW
    if not (digits.isascii() and digits.isdigit()):
        return SLOW
    metadata: Any = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return SLOW
    holder = PhoneNumber()
    try:
        code, rest = _maybe_extract_country_code(digits, metadata, False, holder)
    except phonenumbers.NumberParseException:
        return None
    if code:
        number_region = region_code_for_country_code(code)
        if number_region != region:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, number_region)
    else:
        code, rest = metadata.country_code, digits
    if len(rest) < _MIN_LENGTH_FOR_NSN:
        return None
    return _finish(code, rest, metadata)


def _finish(code: int, national: str, metadata: Any) -> str | None:
    """The end of parse (national prefix, lengths, leading zeros), then validity."""
    if metadata is not None:
        _, stripped, _ = _maybe_strip_national_prefix_carrier_code(national, metadata)
        if _test_number_length(stripped, metadata) not in _REJECT:
            national = stripped
    if not _MIN_LENGTH_FOR_NSN <= len(national) <= _MAX_LENGTH_FOR_NSN:
        return None
    number = PhoneNumber(country_code=code, national_number=int(national))
    _set_italian_leading_zeros_for_phone_number(national, number)
    if not is_valid(number):
        return None
    result: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return result


_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
)
Desc = tuple[frozenset[int], re.Pattern[str]] | None
_CHECKS: dict[int, tuple[Desc, list[Desc], re.Pattern[str] | None]] = {}


def _desc(desc: Any) -> Desc:
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)


def _checks(metadata: Any) -> tuple[Desc, list[Desc], re.Pattern[str] | None]:
    key = id(metadata)
    found = _CHECKS.get(key)
    if found is None:
        # Validity asks whether any type matches, so the common ones go first.
        names = ["fixed_line"]
        if not metadata.same_mobile_and_fixed_line_pattern:
            names.append("mobile")
        names += [name for name in _TYPES if name != "fixed_line"]
        types: list[Desc] = [_desc(getattr(metadata, name)) for name in names]
        leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        found = (_desc(metadata.general_desc), [d for d in types if d is not None], leading)
        _CHECKS[key] = found
    return found


def _matches(desc: Desc, nsn: str) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


def _valid_for(metadata: Any, nsn: str) -> bool:
    general, types, _ = _checks(metadata)
    return _matches(general, nsn) and any(_matches(desc, nsn) for desc in types)


def is_valid(number: Any) -> bool:
    """`phonenumbers.is_valid_number(number)`, with the patterns compiled once."""
    if not ENABLED:
        return bool(phonenumbers.is_valid_number(number))
    code = number.country_code
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions:
        return False
    nsn = phonenumbers.national_significant_number(number)
    region = regions[0] if len(regions) == 1 else None
    for candidate in regions if region is None else ():
        metadata = PhoneMetadata.metadata_for_region(candidate.upper(), None)
        if metadata is None:
            continue
        leading = _checks(metadata)[2]
        if leading is not None:
            if leading.match(nsn):
                region = candidate
                break
        elif _valid_for(metadata, nsn):
            region = candidate
            break
    if region is None:
        return False
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region.upper())
    if metadata is None:
        return False
    if region != NON_GEO and code != country_code_for_valid_region(region):
        return False
    return _valid_for(metadata, nsn)
