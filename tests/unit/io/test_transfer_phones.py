"""The fast path for "+..." phone numbers answers exactly as phonenumbers.parse does."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.io.phones import SLOW, e164, is_valid, national
from planner.io.values import parse_phone

CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
EXAMPLES = sorted(
    {
        str(number.country_code) + str(number.national_number)
        for region in phonenumbers.SUPPORTED_REGIONS
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    }
)


REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def slow(digits: str, region: str = "PL", plus: str = "+") -> str | None:
    try:
        number = phonenumbers.parse(plus + digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@st.composite
def numbers(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        digits = draw(st.sampled_from(EXAMPLES))
        if draw(st.booleans()):  # a national prefix or a digit too many or too few
            at = draw(st.integers(1, len(digits)))
            digits = digits[:at] + draw(st.sampled_from(["0", "8", "", "1"])) + digits[at:]
        if draw(st.booleans()):
            digits = digits[:-1]
        return digits
    code = str(draw(st.sampled_from(CODES)))
    return code + draw(st.text("0123456789", min_size=0, max_size=16))


@settings(max_examples=600, deadline=None)
@given(numbers())
def test_fast_path_agrees_with_phonenumbers(digits: str) -> None:
    fast = e164(digits)
    if fast is not SLOW:
        assert fast == slow(digits), digits


def test_every_example_number_takes_the_fast_path() -> None:
    for digits in EXAMPLES:
        fast = e164(digits)
        assert fast is not SLOW, digits
        assert fast == slow(digits), digits


def test_parse_phone_forms() -> None:
    assert parse_phone("+48 601-234-567", "US") == "+48601234567"
    assert parse_phone("(+48) 601 234 567", "US") == "+48601234567"
    assert parse_phone("48601234567", "PL") == "+48601234567"  # a number that lost its "+"
    assert parse_phone("601 234 567", "PL") == "+48601234567"
    assert parse_phone("+44 (0) 20 7946 0018", "PL") == "+442079460018"
    assert parse_phone("8 916 123-45-67", "RU") == "+79161234567"
    assert parse_phone("+48 601 234 567 ext. 12", "PL") is not None  # the slow path decides
    assert parse_phone("+999 123", "PL") is None


@st.composite
def parsed(draw: st.DrawFn) -> phonenumbers.PhoneNumber:
    code = draw(st.sampled_from(CODES))
    national = draw(st.text("0123456789", min_size=1, max_size=17))
    if draw(st.booleans()):
        digits = draw(st.sampled_from(EXAMPLES))
        code = next(c for c in (int(digits[:n]) for n in (1, 2, 3)) if c in CODES)
        national = digits[len(str(code)) :] or "0"
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if national.startswith("0") and len(national) > 1:
        number.italian_leading_zero = True
        zeros = len(national) - len(national.lstrip("0"))
        if zeros > 1:
            number.number_of_leading_zeros = min(zeros, len(national) - 1)
    return number


@settings(max_examples=800, deadline=None)
@given(parsed())
def test_is_valid_agrees_with_phonenumbers(number: phonenumbers.PhoneNumber) -> None:
    assert is_valid(number) == phonenumbers.is_valid_number(number), number


def test_is_valid_on_every_region_and_type() -> None:
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in phonenumbers.PhoneNumberType.values():
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                assert is_valid(number) == phonenumbers.is_valid_number(number), (region, kind)
    for code in (800, 808, 870, 878, 881, 882, 883, 888, 979):  # non-geographic entities
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            assert is_valid(number) == phonenumbers.is_valid_number(number), code


@st.composite
def written_nationally(draw: st.DrawFn) -> tuple[str, str]:
    region = draw(
        st.sampled_from(
            [
                "PL",
                "RU",
                "US",
                "GB",
                "DE",
                "IT",
                "KZ",
                "UA",
                "FR",
                "BR",
                "AR",
                "MX",
                "AU",
                "JP",
                "CN",
                "IN",
                *REGIONS[:20],
            ]
        )
    )
    kind = draw(st.sampled_from(["example", "prefixed", "random"]))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if kind != "random" and example is not None:
        nsn = phonenumbers.national_significant_number(example)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        prefixes = [
            "",
            meta.national_prefix or "",
            str(meta.country_code),
            "00" + str(meta.country_code),
            "810" + str(meta.country_code),
        ]
        digits = draw(st.sampled_from(prefixes)) + nsn
        if kind == "prefixed" and len(digits) > 3:
            at = draw(st.integers(0, len(digits) - 1))
            digits = digits[:at] + draw(st.sampled_from(["", "0", "9"])) + digits[at + 1 :]
        return region, digits
    return region, draw(st.text("0123456789", min_size=2, max_size=18))


@settings(max_examples=800, deadline=None)
@given(written_nationally())
def test_national_fast_path_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    region, digits = case
    fast = national(digits, region)
    if fast is not SLOW:
        assert fast == slow(digits, region, plus=""), case


def test_every_region_reads_its_own_example_numbers() -> None:
    for region in REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
            for digits in (nsn, (meta.national_prefix or "") + nsn, str(meta.country_code) + nsn):
                fast = national(digits, region)
                assert fast is not SLOW, (region, digits)
                assert fast == slow(digits, region, plus=""), (region, digits)
