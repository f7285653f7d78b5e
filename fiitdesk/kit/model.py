"""The record types of the kit, as pydantic models.

These models are the contract between the curated YAML in ``data/kit`` and everything downstream.
They validate once, at build time (pydantic is never imported by the running application): a
curator who mistypes a field, a country code or a vocabulary word is stopped with a message that
names the file, the record and the field.

Every printed wording is kept (``text`` and friends) and normalised values sit beside it
(``duration_days``, tri-state flags, the rights vocabulary) so that the comparison works on values,
not on prose.  Where the source is ambiguous, ``note`` says so in words the user will see.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from fiitdesk.kit.notes import note_problems

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class Strict(BaseModel):
    """Base for every record: unknown keys are an error, so a typo in YAML never passes silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class TriState(StrEnum):
    """Yes / no / conditional / unknown, for flags such as "free of charge"."""

    yes = "yes"
    no = "no"
    conditional = "conditional"
    unknown = "unknown"


class Mark(StrEnum):
    """The three framework marks of the FIIT kit, which the extraction prints unreliably."""

    yes = "yes"
    no = "no"
    uncertain = "uncertain"


class Right(StrEnum):
    """Closed vocabulary of what a residence permit gives access to."""

    work = "work"
    police_protection = "police_protection"
    social_benefits = "social_benefits"
    education_language_courses = "education_language_courses"
    health_care = "health_care"
    accommodation = "accommodation"
    legal_aid = "legal_aid"
    vocational_training = "vocational_training"
    psychosocial_support = "psychosocial_support"
    family_reunification = "family_reunification"


class PermitStage(StrEnum):
    """Where a permit stands on the path from identification to a long stay."""

    reflection_period = "reflection_period"
    provisional = "provisional"
    short = "short"
    long = "long"
    permanent = "permanent"
    humanitarian = "humanitarian"
    other = "other"


class ServiceTopic(StrEnum):
    """The service sections of a FIIT country chapter, in the order the kit prints them."""

    psychosocial = "psychosocial"
    health = "health"
    legal_aid = "legal_aid"
    language_courses = "language_courses"
    training = "training"
    employment = "employment"


class ContactCategory(StrEnum):
    institution = "institution"
    ngo = "ngo"
    international_organisation = "international_organisation"
    other = "other"


class AccommodationKind(StrEnum):
    specialised = "specialised"
    general = "general"


class Audience(StrEnum):
    """Who a hotline is for, as the annex describes it."""

    victims = "victims"
    women = "women"
    children = "children"
    reporting = "reporting"
    professionals = "professionals"
    general = "general"


class SourceRef(Strict):
    """Where a record comes from: a document id of ``sources.yaml``, a section, a page if known."""

    doc: str
    section: str
    page: int | None = None


NonEmpty = Annotated[str, Field(min_length=1)]


class Sourced(Strict):
    """Every record carries its source, and may carry a note for the reader and evidence for maintainers.

    ``note`` is what a field worker reads (short, plain, what to check: ``fiitdesk.kit.notes``);
    ``evidence`` is the curator's reasoning — source lines, competing readings — kept in the data and
    shown only on request ("Pourquoi ?"), never on the printed essential sheet.
    """

    source: SourceRef
    note: str | None = None
    evidence: str | None = None

    @field_validator("note")
    @classmethod
    def _note_for_the_reader(cls, note: str | None, info: ValidationInfo) -> str | None:
        # The rule reads French (its layout words are French ones): it holds for the curated note; a
        # translation of it is checked against that note instead (fiitdesk.kit.translations).
        if info.context and info.context.get("translation"):
            return note
        problems = note_problems(note)
        if problems:
            raise ValueError("; ".join(problems))
        return note


class Source(Strict):
    """A source document: what it is and which period its information describes."""

    id: NonEmpty
    title: NonEmpty
    publisher: NonEmpty
    year: int
    period: NonEmpty
    #: The year (or period) the document's phone numbers and addresses describe, shown beside every number
    #: so that nobody mistakes a 2013 number for a current one.
    as_of: NonEmpty
    language: NonEmpty
    file: NonEmpty
    label: NonEmpty


class Identification(Sourced):
    text: NonEmpty
    authorities: list[NonEmpty] = []


class Permit(Sourced):
    id: NonEmpty
    stage: PermitStage
    name: NonEmpty
    order: int
    duration_text: str | None = None
    duration_days: int | None = None
    renewable: TriState = TriState.unknown
    renewable_text: str | None = None
    conditions: list[NonEmpty] = []
    rights: list[Right] = []
    rights_text: list[NonEmpty] = []
    text: str | None = None


class Accommodation(Sourced):
    kind: AccommodationKind
    name: NonEmpty
    summary: str | None = None
    conditions: str | None = None
    accepted: str | None = None
    third_country_nationals: TriState = TriState.unknown
    minors: TriState = TriState.unknown
    men: TriState = TriState.unknown
    mixed_only: TriState = TriState.unknown
    type: str | None = None
    length_of_stay: str | None = None
    length_of_stay_days: int | None = None
    free_of_charge: TriState = TriState.unknown
    free_condition: str | None = None
    text: str | None = None


class Service(Sourced):
    topic: ServiceTopic
    summary: str | None = None
    points: list[NonEmpty] = []
    text: str | None = None
    provider: str | None = None
    free_of_charge: TriState = TriState.unknown
    free_condition: str | None = None
    third_country_nationals: TriState = TriState.unknown


class Challenges(Sourced):
    text: NonEmpty


class FrameworkMark(Sourced):
    value: Mark
    evidence: NonEmpty


class Framework(Strict):
    national_action_plan: FrameworkMark
    national_referral_mechanism: FrameworkMark
    national_rapporteur: FrameworkMark


class Phone(Strict):
    number: NonEmpty
    label: str | None = None


class Contact(Sourced):
    organisation: NonEmpty
    category: ContactCategory
    department: str | None = None
    person: str | None = None
    address: str | None = None
    phones: list[Phone] = []
    fax: list[NonEmpty] = []
    emails: list[NonEmpty] = []
    web: list[NonEmpty] = []


class Figure(Sourced):
    metric: NonEmpty
    label: NonEmpty
    category: str | None = None
    period: NonEmpty
    value: float | None = None
    value_text: str | None = None
    unit: NonEmpty

    @model_validator(mode="after")
    def _value_or_text(self) -> Figure:
        if self.value is None and not self.value_text:
            raise ValueError("a figure needs a value, or a value_text saying why it has none")
        return self


class OriginCountries(Sourced):
    text: NonEmpty
    countries: list[NonEmpty] = []

    @field_validator("countries")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not COUNTRY_CODE.match(code):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (two capital letters)")
        return codes


class Testimony(Sourced):
    quote: NonEmpty
    speaker: NonEmpty


class Country(Strict):
    """One FIIT country chapter."""

    code: NonEmpty
    name: NonEmpty
    period: NonEmpty
    identification: Identification
    permits: list[Permit]
    permits_text: str | None = None
    accommodation: list[Accommodation]
    services: list[Service]
    challenges: Challenges
    framework: Framework
    contacts: list[Contact]
    figures: list[Figure]
    origin_countries: OriginCountries | None = None
    testimonies: list[Testimony]

    @field_validator("code")
    @classmethod
    def _code(cls, code: str) -> str:
        if not COUNTRY_CODE.match(code):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (two capital letters)")
        return code


class Hotline(Sourced):
    country: NonEmpty
    country_printed: NonEmpty
    organisation: NonEmpty
    number: NonEmpty
    audience: list[Audience] = [Audience.victims]
    language: str | None = None

    @field_validator("country")
    @classmethod
    def _code(cls, code: str) -> str:
        if not COUNTRY_CODE.match(code):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (two capital letters)")
        return code


class Practice(Sourced):
    id: NonEmpty
    country: NonEmpty
    title: NonEmpty
    theme: NonEmpty
    text: NonEmpty


# -- The EMN study (2025): one file per kind of record in data/kit/emn/ ---------------------------------


class EmnStatus(StrEnum):
    member = "member"
    observer = "observer"


class EmnCountry(Sourced):
    """A country the EMN study covers (23 members and the observers Georgia and Serbia)."""

    country: NonEmpty
    code_printed: NonEmpty
    name_printed: NonEmpty
    status: EmnStatus
    contact_point: str | None = None
    web: list[NonEmpty] = []


class GlossaryTerm(Sourced):
    term: NonEmpty
    definition: NonEmpty
    origin: str | None = None


class VictimsRow(Sourced):
    """A row of Tableau 1 (Eurostat): victims registered in 2022 by the reporting member state."""

    country: NonEmpty
    name_printed: NonEmpty
    printed: NonEmpty
    other_eu: int | None = None
    non_eu: int | None = None
    own_nationals: int | None = None
    total: int | None = None
    non_eu_share: float | None = None

    @model_validator(mode="after")
    def _adds_up(self) -> VictimsRow:
        parts = (self.other_eu, self.non_eu, self.own_nationals)
        if self.total is not None and None not in parts and sum(parts) != self.total:  # type: ignore[arg-type]
            raise ValueError(f"parts {parts} add up to {sum(parts)}, not the total {self.total}")  # type: ignore[arg-type]
        if self.non_eu_share is not None and self.non_eu is not None and self.total:
            share = 100 * self.non_eu / self.total
            # The table prints one decimal, rounded half up (983/2000 = 49.15 is printed 49,2).
            if abs(share - self.non_eu_share) > 0.05 + 1e-9:
                raise ValueError(f"non-EU share {self.non_eu_share} % does not match {self.non_eu}/{self.total} "
                                 f"= {share:.2f} %")
        return self


class EmnFactKind(StrEnum):
    action_plan = "action_plan"
    coordination_body = "coordination_body"
    rapporteur = "rapporteur"
    priority_region = "priority_region"
    priority_country = "priority_country"
    # Annexe III lists where measures were carried out, not what a country declared a priority: a region or
    # country known only from it is "activity", so that no view presents activity as priority.
    activity_region = "activity_region"
    activity_country = "activity_country"
    bilateral_agreement = "bilateral_agreement"
    good_practice = "good_practice"
    challenge = "challenge"


class EmnFact(Sourced):
    """One thing the study says of one country: a plan, a body, a priority, an agreement, a practice."""

    country: NonEmpty
    kind: EmnFactKind
    title: NonEmpty
    text: str | None = None
    years: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    partners: list[NonEmpty] = []


class MeasureAnnex(StrEnum):
    third_countries = "I"
    national_territory = "II"


class EmnMeasure(Sourced):
    """A national measure from Annex I (in third countries) or Annex II (on national territory)."""

    country: NonEmpty
    annex: MeasureAnnex
    name: NonEmpty
    period: str | None = None
    status: str | None = None
    partners: str | None = None
    beneficiaries: str | None = None
    objective: str | None = None
