"""The words around the kit's content on a country sheet, a good practice and the glossary: section titles,
"Source", "Note", the tri-state words, the rights, the essential sheet's headings and counts.

One entry per word, each language beside the other (a missing language fails ``tests/kit/test_catalog.py``);
the templates read them as ``L.key``, the code through ``fiitdesk.kit.labels``.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # Typography: French puts a space before a colon or a semicolon, English does not; numbers are grouped
    # and their decimals marked as each language writes them.
    "colon": {"fr": " :", "en": ":"},
    "semicolon": {"fr": " ; ", "en": "; "},
    "thousands": {"fr": "\u202f", "en": ","},
    "decimal": {"fr": ",", "en": "."},
    "percent": {"fr": "{value} %", "en": "{value}%"},
    "quoted": {"fr": "« {text} »", "en": "“{text}”"},
    "summary": {"fr": "Identification", "en": "Identification"},
    "permits": {"fr": "Permis de séjour", "en": "Residence permits"},
    "accommodation": {"fr": "Hébergement", "en": "Accommodation"},
    "health": {"fr": "Aide psychosociale et soins", "en": "Psychosocial support and health care"},
    "legal_aid": {"fr": "Assistance juridique", "en": "Legal assistance"},
    "language_courses": {"fr": "Cours de langue", "en": "Language courses"},
    "employment": {"fr": "Insertion professionnelle", "en": "Labour market integration"},  # the kit's own chapter title
    "challenges": {"fr": "Expériences et défis", "en": "Experiences and challenges"},
    "figures": {"fr": "Chiffres", "en": "Figures"},
    "contacts": {"fr": "Contacts", "en": "Contacts"},
    "hotlines": {"fr": "Numéros d’urgence", "en": "Emergency numbers"},
    "testimonies": {"fr": "Témoignages", "en": "Testimonies"},
    "practice": {"fr": "Bonne pratique", "en": "Good practice"},
    "psychosocial": {"fr": "Aide psychosociale", "en": "Psychosocial support"},
    "health_care": {"fr": "Système de santé", "en": "Health system"},
    "training": {"fr": "Formation", "en": "Training"},
    "employment_only": {"fr": "Emploi", "en": "Employment"},
    "source": {"fr": "Source", "en": "Source"},
    "note": {"fr": "Note", "en": "Note"},
    "content_language": {
        "fr": "Contenu en français, tel que publié dans le kit.",
        "en": "Content in French, as published in the kit.",
    },
    "stage": {"fr": "Étape", "en": "Stage"},
    "duration": {"fr": "Durée", "en": "Duration"},
    "conditions": {"fr": "Conditions", "en": "Conditions"},
    "rights": {"fr": "Donne droit à", "en": "Gives the right to"},
    "renewable": {"fr": "renouvelable", "en": "renewable"},
    "specialised": {"fr": "Structures spécialisées", "en": "Specialised facilities"},
    "general": {"fr": "Structures de droit commun", "en": "General facilities"},
    "accepted": {"fr": "Public accueilli", "en": "Who is accepted"},
    "type": {"fr": "Type d’hébergement", "en": "Type of accommodation"},
    "length_of_stay": {"fr": "Durée de séjour", "en": "Length of stay"},
    "free": {"fr": "Gratuit", "en": "Free of charge"},
    "framework": {"fr": "Cadre national", "en": "National framework"},
    "action_plan": {"fr": "Plan d’action national", "en": "National action plan"},
    "referral": {"fr": "Mécanisme national d’orientation", "en": "National referral mechanism"},
    "rapporteur": {
        "fr": "Rapporteur national (ou mécanisme similaire)",
        "en": "National rapporteur (or similar mechanism)",
    },
    "yes": {"fr": "Oui", "en": "Yes"},
    "no": {"fr": "Non", "en": "No"},
    "uncertain": {"fr": "Incertain", "en": "Uncertain"},
    "conditional": {"fr": "Sous condition", "en": "Conditional"},
    "unknown": {"fr": "Inconnu", "en": "Unknown"},
    "origin": {"fr": "Principaux pays d’origine", "en": "Main countries of origin"},
    "year": {"fr": "Période", "en": "Period"},
    "value": {"fr": "Valeur", "en": "Value"},
    "category": {"fr": "Catégorie", "en": "Category"},
    "copy_link": {"fr": "copier", "en": "copy"},
    "international": {"fr": "Format international", "en": "International format"},
    "printed": {"fr": "Tel qu’imprimé", "en": "As printed"},
    "organisation": {"fr": "Organisation", "en": "Organisation"},
    "number": {"fr": "Numéro", "en": "Number"},
    "short_code": {"fr": "numéro court", "en": "short number"},
    "may_fail_abroad": {"fr": "peut ne pas être joignable depuis l’étranger", "en": "may not be reachable from abroad"},
    "page": {"fr": "Page", "en": "Page"},
    "printed_on": {"fr": "Données", "en": "Data"},
    "uncertain_year": {"fr": "année non lisible dans la source", "en": "year not legible in the source"},
    "persons_assisted": {"fr": "Personnes prises en charge", "en": "Persons assisted"},
    "exploitation_type": {"fr": "Types d’exploitation", "en": "Types of exploitation"},
    "theme": {"fr": "Thème", "en": "Theme"},
    "chart_alt": {"fr": "Graphique", "en": "Chart"},
    "glossary": {"fr": "Glossaire (REM 2025)", "en": "Glossary (EMN 2025)"},
    "glossary_hit": {"fr": "Glossaire — {term}", "en": "Glossary — {term}"},
    "emn_overview": {"fr": "REM 2025 : cadre national", "en": "EMN 2025: national framework"},
    "emn_priorities": {"fr": "REM 2025 : priorités et accords", "en": "EMN 2025: priorities and agreements"},
    "emn_practices": {"fr": "REM 2025 : pratiques et défis", "en": "EMN 2025: practices and challenges"},
    "emn_measures": {"fr": "REM 2025 : mesures", "en": "EMN 2025: measures"},
    "emn_status_member": {"fr": "Pays membre du REM", "en": "EMN member country"},
    "emn_status_observer": {"fr": "Pays observateur du REM", "en": "EMN observer country"},
    "victims_2022": {
        "fr": "Victimes enregistrées en 2022 (Eurostat, Tableau 1 de l’étude REM)",
        "en": "Victims registered in 2022 (Eurostat, Table 1 of the EMN study)",
    },
    "other_eu": {"fr": "Autres ressortissants de l’UE", "en": "Other EU nationals"},
    "non_eu": {"fr": "Ressortissants de pays tiers", "en": "Third-country nationals"},
    "own_nationals": {"fr": "Ressortissants du pays", "en": "Own nationals"},
    "total": {"fr": "Total", "en": "Total"},
    "non_eu_share": {"fr": "Part hors UE", "en": "Non-EU share"},
    "action_plans": {"fr": "Plans d’action et stratégies", "en": "Action plans and strategies"},
    "coordination": {"fr": "Coordination et rapporteur", "en": "Coordination and rapporteur"},
    "priority_regions": {"fr": "Régions prioritaires", "en": "Priority regions"},
    "priority_countries": {"fr": "Pays prioritaires", "en": "Priority countries"},
    "activity_regions": {
        "fr": "Régions où des mesures ont été menées (annexe III, pas une priorité déclarée)",
        "en": "Regions where measures were carried out (Annex III, not a declared priority)",
    },
    "activity_countries": {
        "fr": "Pays où des mesures ont été menées (annexe III, pas une priorité déclarée)",
        "en": "Countries where measures were carried out (Annex III, not a declared priority)",
    },
    "agreements": {"fr": "Accords bilatéraux", "en": "Bilateral agreements"},
    "good_practices": {"fr": "Bonnes pratiques", "en": "Good practices"},
    "challenges_emn": {"fr": "Défis", "en": "Challenges"},
    "measures_I": {"fr": "Mesures dans les pays tiers (annexe I)", "en": "Measures in third countries (Annex I)"},
    "measures_II": {
        "fr": "Mesures sur le territoire national (annexe II)",
        "en": "Measures on national territory (Annex II)",
    },
    "period": {"fr": "Période", "en": "Period"},
    "status": {"fr": "État", "en": "Status"},
    "partners": {"fr": "Partenaires", "en": "Partners"},
    "beneficiaries": {"fr": "Bénéficiaires", "en": "Beneficiaries"},
    "objective": {"fr": "Objectif", "en": "Objective"},
    "emn_website": {"fr": "Point de contact national du REM", "en": "EMN national contact point"},
    "coverage": {"fr": "Ce que disent les sources du kit", "en": "What the kit's sources say"},
    "fiit_covers": {
        "fr": (
            "Kit FIIT, OIM 2013 (situation 2012–2013) : identification, permis de séjour, hébergement, aide "
            "psychosociale et soins, assistance juridique, cours de langue, emploi, contacts, chiffres."
        ),
        "en": (
            "FIIT kit, IOM 2013 (situation 2012–2013): identification, residence permits, accommodation, "
            "psychosocial support and health care, legal aid, language courses, employment, contacts, figures."
        ),
    },
    "emn_covers": {
        "fr": (
            "Étude REM 2025 (situation 2021–2023) : plans d’action, coordination, priorités, accords, bonnes "
            "pratiques, défis et mesures nationales."
        ),
        "en": (
            "EMN study 2025 (situation 2021–2023): action plans, coordination, priorities, agreements, good "
            "practices, challenges and national measures."
        ),
    },
    "annex_covers": {
        "fr": "Annexe du kit FIIT (2013) : numéros d’urgence.",
        "en": "Annex of the FIIT kit (2013): emergency numbers.",
    },
    "victims_covers": {
        "fr": "Tableau 1 de l’étude REM : victimes enregistrées en 2022 (Eurostat).",
        "en": "Table 1 of the EMN study: victims registered in 2022 (Eurostat).",
    },
    "no_permits": {
        "fr": (
            "Pas d’information sur les permis de séjour ni sur la période de réflexion pour ce pays dans les sources "
            "du kit (l’étude REM ne traite pas de ces sujets)."
        ),
        "en": (
            "No information on residence permits or the reflection period for this country in the kit's sources (the "
            "EMN study does not cover these topics)."
        ),
    },
    "no_services": {
        "fr": (
            "Pas d’information sur l’identification, l’hébergement, l’aide psychosociale, l’assistance juridique, "
            "les cours de langue ni l’emploi pour ce pays."
        ),
        "en": (
            "No information on identification, accommodation, psychosocial support, legal aid, language courses or "
            "employment for this country."
        ),
    },
    "no_emn": {
        "fr": "L’étude REM 2025 ne couvre pas ce pays.",
        "en": "The EMN study 2025 does not cover this country.",
    },
    "group_fiit": {"fr": "Chapitre complet dans le kit FIIT (2013)", "en": "Full chapter in the FIIT kit (2013)"},
    "group_emn": {
        "fr": "Étude REM 2025 seulement (pas de chapitre dans le kit FIIT)",
        "en": "EMN study 2025 only (no chapter in the FIIT kit)",
    },
    "group_annex": {
        "fr": "Numéro d’urgence seulement (annexe du kit FIIT, 2013)",
        "en": "Emergency number only (annex of the FIIT kit, 2013)",
    },
    "no_hotline": {
        "fr": "Aucun numéro d’urgence pour ce pays dans les sources du kit.",
        "en": "No emergency number for this country in the kit's sources.",
    },
    "emn_nothing": {
        "fr": "L’étude REM ne dit rien de ce sujet pour ce pays.",
        "en": "The EMN study says nothing on this topic for this country.",
    },
    # Notes and their evidence, on screen (« Pourquoi ? » opens the curator's reasoning).
    "why": {"fr": "Pourquoi ?", "en": "Why?"},
    "why_title": {"fr": "Pourquoi cette note", "en": "Why this note"},
    # A date beside every number: the year its source describes.
    "dated_published": {
        "fr": "publié en {as_of} — à vérifier avant de le donner",
        "en": "published in {as_of} — check it before giving it out",
    },
    "dated_situation": {
        "fr": "situation {as_of} — à vérifier avant de le donner",
        "en": "as of {as_of} — check it before giving it out",
    },
    "information_dates": {"fr": "Informations de {dates}", "en": "Information from {dates}"},
    "and": {"fr": "et", "en": "and"},
    "data_version": {"fr": "données", "en": "data"},
    "source_short_fiit2013": {"fr": "kit FIIT", "en": "FIIT kit"},
    "source_short_emn2025": {"fr": "étude REM", "en": "EMN study"},
    "source_short_libphonenumber": {"fr": "hors kit", "en": "not from the kit"},
    "sheets_count": {"fr": "{n} fiches pays", "en": "{n} country sheets"},
    # The essential sheet (one A4 page) and the full dossier.
    "essential_sheet": {"fr": "Fiche essentielle", "en": "Essential sheet"},
    "full_dossier": {"fr": "Dossier complet", "en": "Full dossier"},
    "essential_subtitle": {
        "fr": (
            "L’essentiel sur une page ; « … » marque un texte abrégé. Le dossier complet donne tout le texte et la "
            "source de chaque point."
        ),
        "en": (
            "The essentials on one page; “…” marks a shortened text. The full dossier gives the whole text and the "
            "source of each point."
        ),
    },
    "sources_line": {"fr": "Sources", "en": "Sources"},
    "call": {"fr": "Qui appeler", "en": "Whom to call"},
    "call_numbers": {"fr": "Numéros contre la traite", "en": "Anti-trafficking numbers"},
    "call_ngos": {"fr": "Associations et organisations spécialisées", "en": "Specialised NGOs and organisations"},
    "who_identifies": {"fr": "Qui identifie une victime", "en": "Who identifies a victim"},
    "reflection_and_permits": {
        "fr": "Période de réflexion et permis de séjour",
        "en": "Reflection period and residence permits",
    },
    "renewable_col": {"fr": "Renouvelable", "en": "Renewable"},
    "rights_short": {"fr": "Donne droit à", "en": "Gives the right to"},
    "accommodation_line": {"fr": "Hébergement", "en": "Accommodation"},
    "not_covered_title": {"fr": "Ce que les sources ne couvrent pas", "en": "What the sources do not cover"},
    "to_check": {"fr": "À vérifier", "en": "To check"},
    "emn_essentials": {
        "fr": "Cadre national (étude REM 2025, situation 2021–2023)",
        "en": "National framework (EMN study 2025, situation 2021–2023)",
    },
    "more_contacts_1": {
        "fr": "+ 1 autre contact dans le dossier complet",
        "en": "+ 1 more contact in the full dossier",
    },
    "more_contacts": {
        "fr": "+ {n} autres contacts dans le dossier complet",
        "en": "+ {n} more contacts in the full dossier",
    },
    "more_numbers_1": {"fr": "+ 1 autre numéro dans le dossier complet", "en": "+ 1 more number in the full dossier"},
    "more_numbers": {
        "fr": "+ {n} autres numéros dans le dossier complet",
        "en": "+ {n} more numbers in the full dossier",
    },
    "more_notes_1": {"fr": "+ 1 autre remarque dans le dossier complet", "en": "+ 1 more remark in the full dossier"},
    "more_notes": {
        "fr": "+ {n} autres remarques dans le dossier complet",
        "en": "+ {n} more remarks in the full dossier",
    },
    "more_items_1": {"fr": "+ 1 autre dans le dossier complet", "en": "+ 1 more in the full dossier"},
    "more_items": {"fr": "+ {n} autres dans le dossier complet", "en": "+ {n} more in the full dossier"},
    "more_permits_1": {"fr": "+ 1 autre permis dans le dossier complet", "en": "+ 1 more permit in the full dossier"},
    "more_permits": {
        "fr": "+ {n} autres permis dans le dossier complet",
        "en": "+ {n} more permits in the full dossier",
    },
    "cut": {"fr": "(suite dans le dossier complet)", "en": "(continued in the full dossier)"},
    "no_ngo_phone": {
        "fr": "Le kit ne donne le téléphone d’aucune association ni organisation spécialisée pour ce pays.",
        "en": "The kit gives no phone number of a specialised NGO or organisation for this country.",
    },
    "fiit_dated": {
        "fr": (
            "Identification, permis, hébergement et services : situation 2012–2013 (kit FIIT) ; les sources du kit "
            "n’ont rien de plus récent sur ces sujets."
        ),
        "en": (
            "Identification, permits, accommodation and services: situation 2012–2013 (FIIT kit); the kit's sources "
            "have nothing more recent on these topics."
        ),
    },
    "missing_topics": {"fr": "Pas d’information sur : {topics}.", "en": "No information on: {topics}."},
    "victims_line": {
        "fr": "{total} victimes enregistrées en 2022, dont {non_eu} ressortissants de pays tiers ({share})",
        "en": "{total} victims registered in 2022, of whom {non_eu} third-country nationals ({share})",
    },
    "victims_empty": {
        "fr": "Victimes enregistrées en 2022 : pas de chiffre pour ce pays dans le Tableau 1.",
        "en": "Victims registered in 2022: no figure for this country in Table 1.",
    },
    "national_contact_point": {"fr": "Point de contact national du REM", "en": "EMN national contact point"},
    "tcn": {"fr": "pays tiers", "en": "third countries"},
    "minors": {"fr": "mineurs", "en": "minors"},
    "men": {"fr": "hommes", "en": "men"},
    "stay": {"fr": "séjour", "en": "stay"},
    "free_short": {"fr": "gratuit", "en": "free"},
    "victims_2022_short": {"fr": "Victimes en 2022 (Eurostat)", "en": "Victims in 2022 (Eurostat)"},
    "short_code_here": {
        "fr": "numéro court : depuis le pays seulement",
        "en": "short number: from within the country only",
    },
    # The rights a permit gives (the closed vocabulary of permits[].rights).
    "right_work": {"fr": "travail", "en": "work"},
    "right_police_protection": {"fr": "protection policière", "en": "police protection"},
    "right_social_benefits": {"fr": "prestations sociales", "en": "social benefits"},
    "right_education_language_courses": {"fr": "éducation, cours de langue", "en": "education, language courses"},
    "right_health_care": {"fr": "soins de santé", "en": "health care"},
    "right_accommodation": {"fr": "hébergement", "en": "accommodation"},
    "right_legal_aid": {"fr": "aide juridique", "en": "legal aid"},
    "right_vocational_training": {"fr": "formation", "en": "vocational training"},
    "right_psychosocial_support": {"fr": "aide psychosociale", "en": "psychosocial support"},
    "right_family_reunification": {"fr": "regroupement familial", "en": "family reunification"},
    # Words of a printed line beside the kit's own: a contact's fax and site, a page number.
    "fax": {"fr": "Fax", "en": "Fax"},
    "web": {"fr": "Web", "en": "Web"},
    "page_short": {"fr": "p. {page}", "en": "p. {page}"},
    "comparison": {"fr": "Comparaison", "en": "Comparison"},
    # A translated text is marked as such, and the French original is a click away.
    "unofficial_translation": {
        "fr": "Traduction anglaise non officielle du texte français du kit ; l’original français fait foi.",
        "en": "Unofficial English translation of the French kit text; the French original prevails.",
    },
    "original_shown": {
        "fr": "Texte original français du kit, qui fait foi.",
        "en": "The French original of the kit text, which prevails.",
    },
    "translation_footer": {
        "fr": "traduction non officielle, l’original français fait foi",
        "en": "unofficial English translation, the French original prevails",
    },
    # Beside each translated section on screen: the way to its original, and back.
    "show_original": {"fr": "Voir l’original français", "en": "Show the French original"},
    "show_translation": {"fr": "Revenir à la traduction", "en": "Back to the English translation"},
    "translation_pending": {
        "fr": "Traduction en attente : une partie de cette section est montrée dans l’original français "
              "jusqu’à ce que sa traduction soit relue.",
        "en": "Translation pending: part of this section is shown in the French original until its translation "
              "is reviewed.",
    },
    # The emergency numbers' own source (not the kit): libphonenumber's short-number metadata.
    "libphonenumber_title": {"fr": "libphonenumber — métadonnées des numéros courts (numéros d’urgence)",
                             "en": "libphonenumber — short-number metadata (emergency numbers)"},
    "libphonenumber_publisher": {"fr": "Google, par le paquet Python phonenumbers {version}",
                                 "en": "Google, through the Python package phonenumbers {version}"},
    "libphonenumber_label": {"fr": "libphonenumber {version} (pas une information du kit)",
                             "en": "libphonenumber {version} (not from the kit)"},
}
