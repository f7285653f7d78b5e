"""The words around the kit's content on a sheet (titles, "Source", "Note"), in each interface language.

Kept apart from the renderer so that the window can name sections without importing Jinja2.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")
MEDIA = ("screen", "print")

#: The sections of a sheet, in order; the side list and the anchors use these keys.
SECTIONS = ("coverage", "summary", "permits", "accommodation", "health", "legal_aid", "language_courses", "employment",
            "challenges", "figures", "contacts", "hotlines", "testimonies", "practice",
            "emn_overview", "emn_priorities", "emn_practices", "emn_measures")

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
    },
}
