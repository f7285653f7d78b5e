"""The words around the kit's content on a sheet (titles, "Source", "Note"), in each interface language.

Kept apart from the renderer so that the window can name sections without importing Jinja2.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")
MEDIA = ("screen", "print")

#: The sections of a sheet, in order; the side list and the anchors use these keys.
SECTIONS = ("coverage", "summary", "permits", "accommodation", "health", "legal_aid", "language_courses", "employment",
            "challenges", "figures", "contacts", "hotlines", "testimonies", "practice")

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
    },
}
