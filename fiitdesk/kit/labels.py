"""The words around the kit's content on a sheet (titles, "Source", "Note"), in each interface language.

Kept apart from the renderer so that the window can name sections without importing Jinja2.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")
MEDIA = ("screen", "print")

#: The sections of a sheet, their order and titles: ``fiitdesk.kit.sections`` (one list for everything).

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "summary": "Identification", "permits": "Permis de séjour", "accommodation": "Hébergement",
        "health": "Aide psychosociale et soins", "legal_aid": "Assistance juridique",
        "language_courses": "Cours de langue", "employment": "Formation et emploi",
        "challenges": "Expériences et défis", "figures": "Chiffres", "contacts": "Contacts",
        "hotlines": "Numéros d’urgence", "testimonies": "Témoignages", "practice": "Bonne pratique",
        "psychosocial": "Aide psychosociale", "health_care": "Système de santé", "training": "Formation",
        "employment_only": "Emploi",
        "source": "Source", "note": "Note", "content_language": "Contenu en français, tel que publié dans le kit.",
        "stage": "Étape", "duration": "Durée", "conditions": "Conditions", "rights": "Donne droit à",
        "renewable": "renouvelable", "specialised": "Structures spécialisées", "general": "Structures de droit commun",
        "accepted": "Public accueilli", "type": "Type d’hébergement", "length_of_stay": "Durée de séjour",
        "free": "Gratuit", "framework": "Cadre national", "action_plan": "Plan d’action national",
        "referral": "Mécanisme national d’orientation", "rapporteur": "Rapporteur national (ou mécanisme similaire)",
        "yes": "Oui", "no": "Non", "uncertain": "Incertain", "conditional": "Sous condition", "unknown": "Inconnu",
        "origin": "Principaux pays d’origine", "year": "Période", "value": "Valeur", "category": "Catégorie",
        "copy_link": "copier", "coverage": "Ce que couvre le kit",
        "international": "Format international", "printed": "Tel qu’imprimé",
        "organisation": "Organisation", "number": "Numéro", "not_covered": "Le kit ne couvre pas ce pays",
        "not_covered_text": "Le kit FIIT (2013) n’a pas de chapitre pour ce pays : pas d’information sur "
                            "l’identification, les permis de séjour, l’hébergement ni les services. "
                            "Seuls ses numéros d’urgence figurent dans l’annexe du kit.",
        "short_code": "numéro court", "may_fail_abroad": "peut ne pas être joignable depuis l’étranger",
        "page": "Page", "printed_on": "Données", "uncertain_year": "année non lisible dans la source",
        "persons_assisted": "Personnes prises en charge", "exploitation_type": "Types d’exploitation",
        "theme": "Thème", "chart_alt": "Graphique",
        "glossary": "Glossaire (REM 2025)",
        "emn_overview": "REM 2025 : cadre national", "emn_priorities": "REM 2025 : priorités et accords",
        "emn_practices": "REM 2025 : pratiques et défis", "emn_measures": "REM 2025 : mesures",
        "emn_status_member": "Pays membre du REM", "emn_status_observer": "Pays observateur du REM",
        "victims_2022": "Victimes enregistrées en 2022 (Eurostat, Tableau 1 de l’étude REM)",
        "other_eu": "Autres ressortissants de l’UE", "non_eu": "Ressortissants de pays tiers",
        "own_nationals": "Ressortissants du pays", "total": "Total", "non_eu_share": "Part hors UE",
        "action_plans": "Plans d’action et stratégies", "coordination": "Coordination et rapporteur",
        "priority_regions": "Régions prioritaires", "priority_countries": "Pays prioritaires",
        "activity_regions": "Régions où des mesures ont été menées (annexe III, pas une priorité déclarée)",
        "activity_countries": "Pays où des mesures ont été menées (annexe III, pas une priorité déclarée)",
        "agreements": "Accords bilatéraux", "good_practices": "Bonnes pratiques", "challenges_emn": "Défis",
        "measures_I": "Mesures dans les pays tiers (annexe I)",
        "measures_II": "Mesures sur le territoire national (annexe II)", "period": "Période",
        "status": "État", "partners": "Partenaires", "beneficiaries": "Bénéficiaires", "objective": "Objectif",
        "emn_website": "Point de contact national du REM", "covered_by": "Ce que disent les sources du kit",
        "fiit_covers": "Kit FIIT, OIM 2013 (situation 2012–2013) : identification, permis de séjour, "
                       "hébergement, aide psychosociale et soins, assistance juridique, cours de langue, emploi, "
                       "contacts, chiffres.",
        "emn_covers": "Étude REM 2025 (situation 2021–2023) : plans d’action, coordination, priorités, accords, "
                      "bonnes pratiques, défis et mesures nationales.",
        "annex_covers": "Annexe du kit FIIT (2013) : numéros d’urgence.",
        "victims_covers": "Tableau 1 de l’étude REM : victimes enregistrées en 2022 (Eurostat).",
        "no_permits": "Pas d’information sur les permis de séjour ni sur la période de réflexion pour ce pays "
                      "dans les sources du kit (l’étude REM ne traite pas de ces sujets).",
        "no_services": "Pas d’information sur l’identification, l’hébergement, l’aide psychosociale, "
                       "l’assistance juridique, les cours de langue ni l’emploi pour ce pays.",
        "no_emn": "L’étude REM 2025 ne couvre pas ce pays.",
        "group_fiit": "Chapitre complet dans le kit FIIT (2013)",
        "group_emn": "Étude REM 2025 seulement (pas de chapitre dans le kit FIIT)",
        "group_annex": "Numéro d’urgence seulement (annexe du kit FIIT, 2013)",
        "no_hotline": "Aucun numéro d’urgence pour ce pays dans les sources du kit.",
        "emn_nothing": "L’étude REM ne dit rien de ce sujet pour ce pays.",
        # Notes and their evidence, on screen ("Pourquoi ?" opens the curator's reasoning).
        "why": "Pourquoi ?", "why_title": "Pourquoi cette note",
        # A date beside every number: the year its source describes.
        "dated_published": "publié en {as_of} — à vérifier avant de le donner",
        "dated_situation": "situation {as_of} — à vérifier avant de le donner",
        "information_dates": "Informations de {dates}", "and": "et", "data_version": "données",
        "source_short_fiit2013": "kit FIIT", "source_short_emn2025": "étude REM",
        "sheets_count": "{n} fiches pays",
        # The essential sheet (one A4 page) and the full dossier.
        "essential_sheet": "Fiche essentielle", "full_dossier": "Dossier complet",
        "essential_subtitle": "L’essentiel sur une page ; « … » marque un texte abrégé. Le dossier complet "
                              "donne tout le texte et la source de chaque point.",
        "sources_line": "Sources", "call": "Qui appeler",
        "call_numbers": "Numéros contre la traite", "call_ngos": "Associations et organisations spécialisées",
        "who_identifies": "Qui identifie une victime",
        "reflection_and_permits": "Période de réflexion et permis de séjour",
        "renewable_col": "Renouvelable", "rights_short": "Donne droit à",
        "accommodation_line": "Hébergement", "not_covered_title": "Ce que les sources ne couvrent pas",
        "to_check": "À vérifier", "emn_essentials": "Cadre national (étude REM 2025, situation 2021–2023)",
        "more_contacts_1": "+ 1 autre contact dans le dossier complet",
        "more_contacts": "+ {n} autres contacts dans le dossier complet",
        "more_numbers_1": "+ 1 autre numéro dans le dossier complet",
        "more_numbers": "+ {n} autres numéros dans le dossier complet",
        "more_notes_1": "+ 1 autre remarque dans le dossier complet",
        "more_notes": "+ {n} autres remarques dans le dossier complet",
        "more_items_1": "+ 1 autre dans le dossier complet", "more_items": "+ {n} autres dans le dossier complet",
        "more_permits_1": "+ 1 autre permis dans le dossier complet",
        "more_permits": "+ {n} autres permis dans le dossier complet",
        "cut": "(suite dans le dossier complet)",
        "no_ngo_phone": "Le kit ne donne le téléphone d’aucune association ni organisation spécialisée pour ce pays.",
        "fiit_dated": "Identification, permis, hébergement et services : situation 2012–2013 (kit FIIT) ; "
                      "les sources du kit n’ont rien de plus récent sur ces sujets.",
        "missing_topics": "Pas d’information sur : {topics}.",
        "victims_line": "{total} victimes enregistrées en 2022, dont {non_eu} ressortissants de pays tiers "
                        "({share})",
        "victims_empty": "Victimes enregistrées en 2022 : pas de chiffre pour ce pays dans le Tableau 1.",
        "national_contact_point": "Point de contact national du REM",
        "tcn": "pays tiers", "minors": "mineurs", "men": "hommes", "stay": "séjour", "free_short": "gratuit",
        "victims_2022_short": "Victimes en 2022 (Eurostat)",
        "short_code_here": "numéro court : depuis le pays seulement",
        "right_work": "travail", "right_police_protection": "protection policière",
        "right_social_benefits": "aides sociales", "right_education_language_courses": "études, cours de langue",
        "right_health_care": "soins", "right_accommodation": "hébergement", "right_legal_aid": "aide juridique",
        "right_vocational_training": "formation", "right_psychosocial_support": "aide psychosociale",
        "right_family_reunification": "regroupement familial",
        # The directory of numbers (finder, command line, hotline card).
        "kind_emergency": "Numéro d’urgence général", "kind_hotline": "Ligne d’urgence contre la traite",
        "kind_contact": "Contact", "category_ngo": "ONG", "category_institution": "Institution",
        "category_international_organisation": "Organisation internationale", "category_other": "Autre",
        "emergency_what": "Numéro d’urgence général (pas une information du kit)",
        "as_of_year": "publié en {as_of} — à vérifier avant de le donner",
        "as_of_period": "situation {as_of} — à vérifier avant de le donner",
        "as_of_library": "d’après {as_of} — pas une information du kit",
        "as_of_short_year": "publié en {as_of}", "as_of_short_period": "situation {as_of}",
        "as_of_short_library": "hors kit",
        "from_only": "depuis {country} seulement",
        "also_printed": "Le kit imprime aussi pour cette organisation : {numbers}.",
        "also_same_contact": "Autre numéro imprimé pour ce contact : {numbers}.",
        "which_first_unknown": "Le kit ne dit pas lequel appeler en premier.",
        "where_annex": "annexe des numéros d’urgence", "where_contacts": "contacts du chapitre",
        "card_title": "Numéros d’urgence contre la traite des êtres humains",
        "card_title_country": "Numéros d’urgence — {country}",
        "card_title_results": "Numéros trouvés : {what}",
        "card_emergency": "numéro d’urgence général, dans chacun des pays de cette carte",
        "card_emergency_one": "numéro d’urgence général",
        "card_emergency_source": "d’après {source}, pas une information du kit",
        "card_calling_from": "Numéros à composer depuis {country}",
        "card_dates": "Date des informations : {dates}. Vérifiez un numéro avant de le donner.",
        "card_also": "aussi imprimé par le kit : {numbers}",
        "card_no_number_for": "Aucun numéro spécialisé dans les sources du kit pour : {countries}.",
        "card_abroad_mark": "peut ne pas être joignable depuis l’étranger ou depuis tous les réseaux",
        "card_note_mark": "une remarque accompagne ce numéro dans FIIT Desk (F2) et sur la fiche du pays.",
        # -- The content in another language (issue 11, content half: fiitdesk.kit.translations) ---------
        # Beside every translated section, in the subtitle of a translated page, in a printed footer.
        "translated_section": "Traduction non officielle du texte français du kit ; l’original français "
                              "fait foi.",
        "translated_footer": "traduction non officielle, l’original français fait foi",
        "content_original": "Texte original du kit, en français (la version qui fait foi).",
        "show_original": "Voir l’original français", "show_translation": "Revenir à la traduction",
        "translation_pending": "Traduction en attente : une partie de cette section est montrée dans "
                               "l’original français jusqu’à ce que sa traduction soit relue.",
        "search_glossary": "Glossaire",
        "libphonenumber_title": "libphonenumber — métadonnées des numéros courts (numéros d’urgence)",
        "libphonenumber_publisher": "Google, par le paquet Python phonenumbers {version}",
        "libphonenumber_label": "libphonenumber {version} (pas une information du kit)",
        "source_short_libphonenumber": "libphonenumber",
    },
    "en": {
        "summary": "Identification", "permits": "Residence permits", "accommodation": "Accommodation",
        "health": "Psychosocial support and health care", "legal_aid": "Legal assistance",
        "language_courses": "Language courses", "employment": "Training and employment",
        "challenges": "Experiences and challenges", "figures": "Figures", "contacts": "Contacts",
        "hotlines": "Emergency numbers", "testimonies": "Testimonies", "practice": "Good practice",
        "psychosocial": "Psychosocial support", "health_care": "Health system", "training": "Training",
        "employment_only": "Employment",
        "source": "Source", "note": "Note", "content_language": "Content in French, as published in the kit.",
        "stage": "Stage", "duration": "Duration", "conditions": "Conditions", "rights": "Gives the right to",
        "renewable": "renewable", "specialised": "Specialised facilities", "general": "General facilities",
        "accepted": "Who is accepted", "type": "Type of accommodation", "length_of_stay": "Length of stay",
        "free": "Free of charge", "framework": "National framework", "action_plan": "National action plan",
        "referral": "National referral mechanism", "rapporteur": "National rapporteur (or similar mechanism)",
        "yes": "Yes", "no": "No", "uncertain": "Uncertain", "conditional": "Conditional", "unknown": "Unknown",
        "origin": "Main countries of origin", "year": "Period", "value": "Value", "category": "Category",
        "copy_link": "copy", "coverage": "What the kit covers",
        "international": "International format", "printed": "As printed",
        "organisation": "Organisation", "number": "Number", "not_covered": "The kit does not cover this country",
        "not_covered_text": "The FIIT kit (2013) has no chapter on this country: no information on "
                            "identification, residence permits, accommodation or services. Only its "
                            "emergency numbers are listed in the kit's annex.",
        "short_code": "short number", "may_fail_abroad": "may not be reachable from abroad",
        "page": "Page", "printed_on": "Data", "uncertain_year": "year not legible in the source",
        "persons_assisted": "Persons assisted", "exploitation_type": "Types of exploitation",
        "theme": "Theme", "chart_alt": "Chart",
        "glossary": "Glossary (EMN 2025)",
        "emn_overview": "EMN 2025: national framework", "emn_priorities": "EMN 2025: priorities and agreements",
        "emn_practices": "EMN 2025: practices and challenges", "emn_measures": "EMN 2025: measures",
        "emn_status_member": "EMN member country", "emn_status_observer": "EMN observer country",
        "victims_2022": "Victims registered in 2022 (Eurostat, Table 1 of the EMN study)",
        "other_eu": "Other EU nationals", "non_eu": "Third-country nationals",
        "own_nationals": "Own nationals", "total": "Total", "non_eu_share": "Non-EU share",
        "action_plans": "Action plans and strategies", "coordination": "Coordination and rapporteur",
        "priority_regions": "Priority regions", "priority_countries": "Priority countries",
        "activity_regions": "Regions where measures were carried out (Annex III, not a declared priority)",
        "activity_countries": "Countries where measures were carried out (Annex III, not a declared priority)",
        "agreements": "Bilateral agreements", "good_practices": "Good practices", "challenges_emn": "Challenges",
        "measures_I": "Measures in third countries (Annex I)",
        "measures_II": "Measures on national territory (Annex II)", "period": "Period",
        "status": "Status", "partners": "Partners", "beneficiaries": "Beneficiaries", "objective": "Objective",
        "emn_website": "EMN national contact point", "covered_by": "What the kit's sources say",
        "fiit_covers": "FIIT kit, IOM 2013 (situation 2012–2013): identification, residence permits, "
                       "accommodation, psychosocial support and health care, legal aid, language courses, "
                       "employment, contacts, figures.",
        "emn_covers": "EMN study 2025 (situation 2021–2023): action plans, coordination, priorities, agreements, "
                      "good practices, challenges and national measures.",
        "annex_covers": "Annex of the FIIT kit (2013): emergency numbers.",
        "victims_covers": "Table 1 of the EMN study: victims registered in 2022 (Eurostat).",
        "no_permits": "No information on residence permits or the reflection period for this country in the "
                      "kit's sources (the EMN study does not cover these topics).",
        "no_services": "No information on identification, accommodation, psychosocial support, legal aid, "
                       "language courses or employment for this country.",
        "no_emn": "The EMN study 2025 does not cover this country.",
        "group_fiit": "Full chapter in the FIIT kit (2013)",
        "group_emn": "EMN study 2025 only (no chapter in the FIIT kit)",
        "group_annex": "Emergency number only (annex of the FIIT kit, 2013)",
        "no_hotline": "No emergency number for this country in the kit's sources.",
        "emn_nothing": "The EMN study says nothing on this topic for this country.",
        "why": "Why?", "why_title": "Why this note",
        "dated_published": "published in {as_of} — check it before giving it out",
        "dated_situation": "as of {as_of} — check it before giving it out",
        "information_dates": "Information from {dates}", "and": "and", "data_version": "data",
        "source_short_fiit2013": "FIIT kit", "source_short_emn2025": "EMN study",
        "sheets_count": "{n} country sheets",
        "essential_sheet": "Essential sheet", "full_dossier": "Full dossier",
        "essential_subtitle": "The essentials on one page; « … » marks a shortened text. The full dossier gives "
                              "the whole text and the source of each point.",
        "sources_line": "Sources", "call": "Whom to call",
        "call_numbers": "Anti-trafficking numbers", "call_ngos": "Specialised NGOs and organisations",
        "who_identifies": "Who identifies a victim",
        "reflection_and_permits": "Reflection period and residence permits",
        "renewable_col": "Renewable", "rights_short": "Gives the right to",
        "accommodation_line": "Accommodation", "not_covered_title": "What the sources do not cover",
        "to_check": "To check", "emn_essentials": "National framework (EMN study 2025, situation 2021–2023)",
        "more_contacts_1": "+ 1 more contact in the full dossier",
        "more_contacts": "+ {n} more contacts in the full dossier",
        "more_numbers_1": "+ 1 more number in the full dossier",
        "more_numbers": "+ {n} more numbers in the full dossier",
        "more_notes_1": "+ 1 more remark in the full dossier",
        "more_notes": "+ {n} more remarks in the full dossier",
        "more_items_1": "+ 1 more in the full dossier", "more_items": "+ {n} more in the full dossier",
        "more_permits_1": "+ 1 more permit in the full dossier",
        "more_permits": "+ {n} more permits in the full dossier",
        "cut": "(continued in the full dossier)",
        "no_ngo_phone": "The kit gives no phone number of a specialised NGO or organisation for this country.",
        "fiit_dated": "Identification, permits, accommodation and services: situation 2012–2013 (FIIT kit); "
                      "the kit's sources have nothing more recent on these topics.",
        "missing_topics": "No information on: {topics}.",
        "victims_line": "{total} victims registered in 2022, of whom {non_eu} third-country nationals ({share})",
        "victims_empty": "Victims registered in 2022: no figure for this country in Table 1.",
        "national_contact_point": "EMN national contact point",
        "tcn": "third countries", "minors": "minors", "men": "men", "stay": "stay", "free_short": "free",
        "victims_2022_short": "Victims in 2022 (Eurostat)",
        "short_code_here": "short number: from within the country only",
        "right_work": "work", "right_police_protection": "police protection",
        "right_social_benefits": "social benefits", "right_education_language_courses": "education, language courses",
        "right_health_care": "health care", "right_accommodation": "accommodation", "right_legal_aid": "legal aid",
        "right_vocational_training": "vocational training", "right_psychosocial_support": "psychosocial support",
        "right_family_reunification": "family reunification",
        # The directory of numbers (finder, command line, hotline card).
        "kind_emergency": "General emergency number", "kind_hotline": "Anti-trafficking hotline",
        "kind_contact": "Contact", "category_ngo": "NGO", "category_institution": "Institution",
        "category_international_organisation": "International organisation", "category_other": "Other",
        "emergency_what": "General emergency number (not from the kit)",
        "as_of_year": "published in {as_of} — check it before giving it out",
        "as_of_period": "situation {as_of} — check it before giving it out",
        "as_of_library": "according to {as_of} — not from the kit",
        "as_of_short_year": "published {as_of}", "as_of_short_period": "situation {as_of}",
        "as_of_short_library": "not from the kit",
        "from_only": "from {country} only",
        "also_printed": "The kit also prints for this organisation: {numbers}.",
        "also_same_contact": "Other number printed for this contact: {numbers}.",
        "which_first_unknown": "The kit does not say which to try first.",
        "where_annex": "emergency numbers annex", "where_contacts": "chapter contacts",
        "card_title": "Anti-trafficking emergency numbers",
        "card_title_country": "Emergency numbers — {country}",
        "card_title_results": "Numbers found: {what}",
        "card_emergency": "general emergency number, in every country on this card",
        "card_emergency_one": "general emergency number",
        "card_emergency_source": "according to {source}, not from the kit",
        "card_calling_from": "Digits to dial from {country}",
        "card_dates": "Date of the information: {dates}. Check a number before giving it out.",
        "card_also": "also printed in the kit: {numbers}",
        "card_no_number_for": "No specialised number in the kit's sources for: {countries}.",
        "card_abroad_mark": "may not be reachable from abroad or from every network",
        "card_note_mark": "a remark comes with this number in FIIT Desk (F2) and on the country sheet.",
        # -- The content in another language (issue 11, content half: fiitdesk.kit.translations) ---------
        "translated_section": "Unofficial English translation of the French kit text; the French original "
                              "prevails.",
        "translated_footer": "unofficial English translation, the French original prevails",
        "content_original": "The kit's original text, in French (the version that prevails).",
        "show_original": "Show the French original", "show_translation": "Back to the English translation",
        "translation_pending": "Translation pending: part of this section is shown in the French original "
                               "until its translation is reviewed.",
        "search_glossary": "Glossary",
        "libphonenumber_title": "libphonenumber — short-number metadata (emergency numbers)",
        "libphonenumber_publisher": "Google, through the Python package phonenumbers {version}",
        "libphonenumber_label": "libphonenumber {version} (not from the kit)",
        "source_short_libphonenumber": "libphonenumber",
    },
}


def words(lang: str) -> dict[str, str]:
    """The catalog for ``lang`` (French for a language it does not have)."""
    return LABELS.get(lang, LABELS["fr"])


def dated(source: dict[str, object] | None, lang: str = "fr") -> str:
    """What goes beside a phone number: the year its source describes, and that it must be checked.

    A document whose numbers are those of its publication year says "publié en 2013"; a study describing a
    period before its publication (the EMN study of 2025, on 2021–2023) says "situation 2021–2023".
    """
    if not source or not source.get("as_of"):
        return ""
    as_of = str(source["as_of"])
    key = "dated_published" if as_of == str(source.get("year")) else "dated_situation"
    return words(lang)[key].format(as_of=as_of)


def short_source_name(source: dict[str, object], lang: str = "fr") -> str:
    return words(lang).get(f"source_short_{source['id']}", str(source.get("label", source["id"])))


def information_dates(sources: list[dict[str, object]], lang: str = "fr") -> str:
    """When a page's information dates from: "Informations de 2012–2013 (kit FIIT) et 2021–2023 (étude REM)".

    Oldest first, so that the reader sees at once how old the oldest part is.
    """
    ordered = sorted(sources, key=lambda s: str(s.get("period", "")))
    parts = [f"{s['period']} ({short_source_name(s, lang)})" for s in ordered]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {words(lang)['and']} {parts[-1]}"
    return words(lang)["information_dates"].format(dates=joined)


def more(kind: str, count: int, lang: str = "fr") -> str:
    """"+ 3 autres contacts dans le dossier complet": what a one-page sheet left out, and where it is."""
    if count <= 0:
        return ""
    catalog = words(lang)
    return catalog[f"more_{kind}_1"] if count == 1 else catalog[f"more_{kind}"].format(n=count)


# -- The content in another language (issue 11, content half) ------------------------------------------

#: The language the kit is written in: its text prevails, and every other language is a translation of it.
ORIGINAL_LANGUAGE = LANGUAGES[0]


def translated_footer(lang: str) -> str:
    """What a printed page in ``lang`` says of its content in its footer: nothing in the original language;
    in another, that it is an unofficial translation and the French original prevails."""
    return "" if lang == ORIGINAL_LANGUAGE else words(lang)["translated_footer"]
