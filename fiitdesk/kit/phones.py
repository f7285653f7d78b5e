"""Phone numbers, parsed once at build time with the phonenumbers library.

The number as printed in the kit is always kept and shown; what this module adds is the E.164 form a
phone can dial, the kind of number (free-phone, premium, short code…) and, where there is no E.164 form,
the reason why. The running application never imports phonenumbers for display: the results are stored
in the database. Only "dial from country X" is computed on demand (``dial_from``), lazily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType, shortnumberinfo

_TYPE_NAMES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.UNKNOWN: "unknown",
}

#: Number kinds that are often unreachable, or charged, from abroad: the finder warns about them.
MAY_FAIL_FROM_ABROAD = {"toll_free", "shared_cost", "premium_rate", "uan", "short_code"}

_PRINTED_NOISE = re.compile(r"\(0\)")


@dataclass(frozen=True)
class ParsedPhone:
    """What the build stores for one printed number."""

    printed: str
    e164: str | None
    region: str | None
    kind: str
    international: str | None
    national: str | None
    reason: str | None

    @property
    def digits(self) -> str:
        """Every digit form a user might type, for digit search: printed, E.164, national."""
        forms = {re.sub(r"\D", "", self.printed)}
        for form in (self.e164, self.national):
            if form:
                forms.add(re.sub(r"\D", "", form))
        if self.e164:
            forms.add("00" + self.e164[1:])
        return " ".join(sorted(forms))


class PhoneError(ValueError):
    """A printed number that cannot be read at all: the curator must look at it."""


def parse_printed(printed: str, region: str) -> ParsedPhone:
    """Read a number as printed in the kit. ``region`` is the ISO code the record belongs to.

    "(0)" is the trunk prefix printed in brackets by the kit ("+32 (0) 32011690"): it is not dialled
    after the country code, so it is dropped before parsing; the printed text is left as it is.
    """
    cleaned = _PRINTED_NOISE.sub("", printed).strip()
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(f"{printed!r} is not a phone number phonenumbers can read ({exc})") from exc
    number_region = phonenumbers.region_code_for_number(number)
    if phonenumbers.is_valid_number(number):
        return ParsedPhone(
            printed=printed,
            e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
            region=number_region,
            kind=_TYPE_NAMES.get(phonenumbers.number_type(number), "unknown"),
            international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
            national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
            reason=None,
        )
    national_digits = str(number.national_number)
    short_region = number_region or region
    short = phonenumbers.parse(national_digits, short_region)
    if shortnumberinfo.is_valid_short_number_for_region(short, short_region):
        return ParsedPhone(
            printed=printed,
            e164=None,
            region=short_region,
            kind="short_code",
            international=None,
            national=national_digits,
            reason=(
                f"numéro court ({national_digits}) : se compose sans indicatif, depuis le pays "
                "seulement ; pas de forme internationale"
            ),
        )
    return ParsedPhone(
        printed=printed,
        e164=None,
        region=short_region,
        kind="short_code" if len(national_digits) <= 6 else "unknown",
        international=None,
        national=national_digits,
        reason=(
            f"numéro non reconnu par le plan de numérotation ({national_digits}) : probablement "
            f"un numéro court national, sans forme internationale ; composer {national_digits} depuis le pays"
        ),
    )


def dial_from(e164: str, calling_from: str) -> str:
    """The digits to dial from ``calling_from`` (ISO code) to reach ``e164``.

    Computed by the build for every number and every country of the kit (the ``dial_forms`` table).
    """
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_out_of_country_calling_number(number, calling_from)


#: Where libphonenumber accepts it, 112 is the general number: the single European emergency number.
GENERAL_EMERGENCY = "112"


def emergency_number(region: str) -> str | None:
    """The general emergency number of ``region`` from libphonenumber's short-number metadata, or None.

    The metadata describes emergency numbers by a pattern, which also accepts strings that are no real
    number (Czechia's "1(?:12|5\\d)" accepts 151): only the general number is taken — 112 where the pattern
    accepts it, else the metadata's own example — never a list guessed from the pattern.
    """
    metadata = phonenumbers.PhoneMetadata.short_metadata_for_region(region)
    if metadata is None or metadata.emergency is None:
        return None
    if shortnumberinfo.is_emergency_number(GENERAL_EMERGENCY, region):
        return GENERAL_EMERGENCY
    example = metadata.emergency.example_number
    return example if example and shortnumberinfo.is_emergency_number(example, region) else None


def library_version() -> str:
    """The version of the phonenumbers package whose metadata the build used (named as a source)."""
    return str(phonenumbers.__version__)
