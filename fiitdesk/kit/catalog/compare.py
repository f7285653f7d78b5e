"""The words of the comparison (``fiitdesk.kit.compare``): its rows' labels and what a cell says when it is not
the kit's own text ("Oui : …", "Non mentionné pour ces permis", no data).

A topic is named by the title of the sheet's section it lines up (``compare.TOPIC_WORDS``), and a row by the
sheet's word where the sheet has one ("Plan d’action national"), so that the two never drift apart; the
rows the sheet does not have are here, as ``row_`` and their stable key.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    "topic_emn": {"fr": "Étude REM 2025", "en": "EMN study 2025"},
    # Rows (their keys are the stable keys of ``fiitdesk compare``).
    "row_reflection_period_days": {"fr": "Période de réflexion (jours)", "en": "Reflection period (days)"},
    "row_reflection_period_renewable": {
        "fr": "Période de réflexion renouvelable",
        "en": "Reflection period renewable",
    },
    "row_reflection_period_conditions": {
        "fr": "Conditions de la période de réflexion",
        "en": "Conditions of the reflection period",
    },
    "row_reflection_period_rights": {
        "fr": "Droits pendant la période de réflexion",
        "en": "Rights during the reflection period",
    },
    "row_permit_path": {"fr": "Étapes des permis de séjour", "en": "Steps of the residence permits"},
    "row_permit_gives": {"fr": "Droit donné par un permis : {right}", "en": "Right given by a permit: {right}"},
    "row_specialised_accommodation": {"fr": "Hébergement spécialisé", "en": "Specialised accommodation"},
    "row_accommodation_third_country_nationals": {
        "fr": "Hébergement spécialisé : ressortissants de pays tiers",
        "en": "Specialised accommodation: third-country nationals",
    },
    "row_accommodation_minors": {"fr": "Hébergement spécialisé : mineurs", "en": "Specialised accommodation: minors"},
    "row_accommodation_men": {"fr": "Hébergement spécialisé : hommes", "en": "Specialised accommodation: men"},
    "row_accommodation_mixed_only": {"fr": "Seulement des structures mixtes", "en": "Mixed facilities only"},
    "row_accommodation_length_of_stay": {
        "fr": "Durée de séjour (hébergement spécialisé)",
        "en": "Length of stay (specialised accommodation)",
    },
    "row_accommodation_free_of_charge": {
        "fr": "Hébergement spécialisé gratuit",
        "en": "Specialised accommodation free of charge",
    },
    "row_psychosocial_free_of_charge": {
        "fr": "Aide psychosociale gratuite",
        "en": "Psychosocial support free of charge",
    },
    "row_health_care": {"fr": "Accès aux soins", "en": "Access to health care"},
    "row_health_care_free_of_charge": {"fr": "Soins gratuits", "en": "Health care free of charge"},
    "row_legal_aid_free_of_charge": {"fr": "Assistance juridique gratuite", "en": "Legal assistance free of charge"},
    "row_language_courses_free_of_charge": {
        "fr": "Cours de langue gratuits",
        "en": "Language courses free of charge",
    },
    "row_vocational_training": {"fr": "Formation professionnelle", "en": "Vocational training"},
    "row_vocational_training_free_of_charge": {"fr": "Formation gratuite", "en": "Training free of charge"},
    "row_employment_access": {"fr": "Accès à l’emploi", "en": "Access to employment"},
    "row_persons_assisted_latest": {
        "fr": "Personnes prises en charge (dernière année)",
        "en": "Persons assisted (latest year)",
    },
    "row_exploitation_types": {
        "fr": "Types d’exploitation (dernière période)",
        "en": "Types of exploitation (latest period)",
    },
    "row_hotline_count": {"fr": "Numéros d’urgence (annexe du kit)", "en": "Emergency numbers (the kit’s annex)"},
    "row_emn_action_plan": {"fr": "Plan d’action ou stratégie (années)", "en": "Action plan or strategy (years)"},
    "row_emn_coordination_body": {"fr": "Organe de coordination", "en": "Coordination body"},
    "row_emn_rapporteur": {"fr": "Rapporteur national", "en": "National rapporteur"},
    "row_victims_2022_total": {
        "fr": "Victimes enregistrées en 2022 (total)",
        "en": "Victims registered in 2022 (total)",
    },
    "row_victims_2022_non_eu": {
        "fr": "Victimes de pays tiers en 2022",
        "en": "Victims from third countries in 2022",
    },
    "row_victims_2022_non_eu_share": {
        "fr": "Part des victimes hors UE en 2022 (%)",
        "en": "Share of non-EU victims in 2022 (%)",
    },
    "row_emn_measures_count": {
        "fr": "Mesures nationales (annexes I et II)",
        "en": "National measures (Annexes I and II)",
    },
    # What a cell says when it sums the kit up or when the kit says nothing.
    "cmp_no_data": {
        "fr": "Les sources du kit ne donnent pas cette information pour ce pays.",
        "en": "The kit’s sources do not give this information for this country.",
    },
    "cmp_yes_permits": {"fr": "Oui : {permits}", "en": "Yes: {permits}"},
    "cmp_not_listed": {"fr": "Non mentionné pour ces permis", "en": "Not mentioned for these permits"},
    "cmp_figures_no_year": {
        "fr": "Chiffres imprimés sans année lisible : {printed}",
        "en": "Figures printed without a legible year: {printed}",
    },
    "cmp_emn_silent": {"fr": "Rien dans l’étude pour ce pays", "en": "Nothing in the study for this country"},
    "cmp_not_available": {"fr": "Données non disponibles", "en": "Data not available"},
    "cmp_no_measures": {"fr": "Aucune mesure dans les annexes I et II", "en": "No measure in Annexes I and II"},
    "cmp_measures": {
        "fr": "{n} (annexe I : {first} ; annexe II : {second})",
        "en": "{n} (Annex I: {first}; Annex II: {second})",
    },
}
