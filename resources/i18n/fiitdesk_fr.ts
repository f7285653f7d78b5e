<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="162" />
        <source>Tick at least one country and one topic.</source>
        <translation>Cochez au moins un pays et un thème.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="191" />
        <source>= same value everywhere (green) · ≠ values differ (amber) · grey: no data in the kit · ⚠ note on an ambiguous or corrected fact. Hover a cell for its source.</source>
        <translation>= même valeur partout (vert) · ≠ valeurs différentes (ambre) · gris : pas de donnée dans le kit · ⚠ note sur un fait ambigu ou corrigé. Survolez une cellule pour voir sa source.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="196" />
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="197" />
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="198" />
        <source>Countries to compare</source>
        <translation>Pays à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="199" />
        <source>Topics to compare</source>
        <translation>Thèmes à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="200" />
        <source>Comparison table: one row per attribute, one column per country</source>
        <translation>Tableau de comparaison : une ligne par critère, une colonne par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="201" />
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="238" />
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>CountryView</name>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="149" />
        <source>Sections of the sheet</source>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="150" />
        <source>Choose a section to scroll the sheet to it</source>
        <translation>Choisissez une section pour y faire défiler la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="151" />
        <source>Country sheet: %1</source>
        <translation>Fiche pays : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="160" />
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="168" />
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="169" />
        <source>FIIT Desk never connects to the Internet itself. Open this address in your web browser?

%1</source>
        <translation>FIIT Desk ne se connecte jamais lui-même à Internet. Ouvrir cette adresse dans votre navigateur ?

%1</translation>
    </message>
</context>
<context>
    <name>FiitApplication</name>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="23" />
        <source>The FIIT Desk database was not found:
%1

Rebuild it with 'make run' in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk est introuvable :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="25" />
        <source>The FIIT Desk database cannot be read (damaged or not a FIIT Desk file):
%1

Rebuild it with 'make run' in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk est illisible (endommagée ou d’un autre programme) :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="28" />
        <source>The FIIT Desk database was made for another version of FIIT Desk:
%1

Rebuild it with 'make run' in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk a été faite pour une autre version de FIIT Desk :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="118" />
        <source>Something went wrong: %1
FIIT Desk goes on; please report this.</source>
        <translation>Une erreur inattendue s’est produite : %1
FIIT Desk continue ; merci de la signaler.</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="81" />
        <source>Find a term (accents do not matter)…</source>
        <translation>Chercher un terme (les accents ne comptent pas)…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="82" />
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="83" />
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="84" />
        <source>Definition of the chosen term</source>
        <translation>Définition du terme choisi</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="98" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>HotlineFinder</name>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="307" />
        <source>%n number(s)</source>
        <translation><numerusform>%n numéro</numerusform><numerusform>%n numéros</numerusform></translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="309" />
        <source>only the first ones are shown: type more letters</source>
        <translation>seuls les premiers sont affichés : tapez plus de lettres</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="332" />
        <source>No number matches. Try fewer letters, a country name or digits.</source>
        <translation>Aucun numéro ne correspond. Essayez moins de lettres, un nom de pays ou des chiffres.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="342" />
        <source>International: %1</source>
        <translation>International : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="344" />
        <source>From %1 dial: %2</source>
        <translation>Depuis %1, composer : %2</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="351" />
        <source>Free-phone, shared-cost or short number: it may not be reachable from abroad or from every network.</source>
        <translation>Numéro gratuit, à coût partagé ou court : il peut ne pas être joignable depuis l’étranger ni depuis tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="369" />
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="339" />
        <source>As printed: %1</source>
        <translation>Tel qu’imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="347" />
        <source>Dial: %1</source>
        <translation>Composer : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="358" />
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="360" />
        <source>Enter: open the sheet of %1 at this entry.</source>
        <translation>Entrée : ouvrir la fiche %1 à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="389" />
        <source>Country, town, organisation, “NGO”, “shelter”, “police” or digits…</source>
        <translation>Pays, ville, organisation, « ONG », « hébergement », « police » ou chiffres…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="390" />
        <source>Search the directory of numbers</source>
        <translation>Chercher dans l’annuaire des numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="391" />
        <source>Results update as you type; accents and spaces do not matter</source>
        <translation>Les résultats s’affichent pendant la frappe ; accents et espaces ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="392" />
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="393" />
        <source>Calling &amp;from:</source>
        <translation>J’appelle &amp;depuis :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="394" />
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="395" />
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="396" />
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="397" />
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="398" />
        <source>Emergency (112)</source>
        <translation>Urgence (112)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="398" />
        <source>Anti-trafficking hotlines</source>
        <translation>Lignes d’urgence contre la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="399" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="402" />
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="403" />
        <source>Everyone</source>
        <translation>Tous publics</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="404" />
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="404" />
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="404" />
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="405" />
        <source>Reporting a case</source>
        <translation>Signaler un cas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="405" />
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="406" />
        <source>General information</source>
        <translation>Information générale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="409" />
        <source>Audience filter</source>
        <translation>Filtre par public</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="410" />
        <source>Numbers for everyone (emergency numbers, contacts) are always kept</source>
        <translation>Les numéros pour tous (urgence, contacts) restent toujours affichés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="411" />
        <source>(not set)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="412" />
        <source>Country you are calling from</source>
        <translation>Pays depuis lequel vous appelez</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="413" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="413" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="413" />
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="414" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="415" />
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="415" />
        <source>Hotline</source>
        <translation>Ligne d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="416" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="419" />
        <source>Numbers found</source>
        <translation>Numéros trouvés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="421" />
        <source>Copy the number to dial and its date (Ctrl+C)</source>
        <translation>Copier le numéro à composer et sa date (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="422" />
        <source>&amp;Open the sheet</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="423" />
        <source>Open the country sheet at this entry (Enter, double-click)</source>
        <translation>Ouvrir la fiche du pays à cet endroit (Entrée, double-clic)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="424" />
        <source>Print the &amp;card…</source>
        <translation>Imprimer la &amp;carte…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="425" />
        <source>The whole hotline card: every country, one A4 page</source>
        <translation>La carte entière des numéros : tous les pays, une page A4</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="426" />
        <source>Print these &amp;results…</source>
        <translation>Imprimer ces &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="427" />
        <source>Only the numbers listed now, under a title that says so</source>
        <translation>Seulement les numéros affichés, sous un titre qui le dit</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="437" />
        <source>every number</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="414" />
        <source>Number as printed</source>
        <translation>Numéro imprimé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="414" />
        <source>To dial</source>
        <translation>À composer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="420" />
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="457" />
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="168" />
        <source>FIIT Desk — assistance to victims of trafficking</source>
        <translation>FIIT Desk — assistance aux victimes de la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="169" />
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="170" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="171" />
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="172" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="173" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="174" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="175" />
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="176" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="177" />
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="178" />
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="180" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="180" />
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="181" />
        <source>Export &amp;country sheets to PDF…</source>
        <translation>Exporter des &amp;fiches pays en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="182" />
        <source>Print &amp;hotline card…</source>
        <translation>Imprimer la &amp;carte des numéros…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="182" />
        <source>Export comparison as C&amp;SV…</source>
        <translation>Exporter la comparaison en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="183" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="183" />
        <source>&amp;Import data pack…</source>
        <translation>&amp;Importer un paquet de données…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="184" />
        <source>&amp;Return to the installed data</source>
        <translation>&amp;Revenir aux données installées</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="185" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="185" />
        <source>Check the data's &amp;integrity</source>
        <translation>Vérifier l’&amp;intégrité des données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="186" />
        <source>Zoom &amp;in</source>
        <translation>Agrand&amp;ir</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="186" />
        <source>Zoom &amp;out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="187" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="187" />
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="189" />
        <source>&amp;Hotline finder</source>
        <translation>&amp;Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="189" />
        <source>&amp;Compare countries</source>
        <translation>&amp;Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="190" />
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="190" />
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="191" />
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="192" />
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="192" />
        <source>&amp;About FIIT Desk</source>
        <translation>À &amp;propos de FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="198" />
        <source>Views and countries</source>
        <translation>Vues et pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="255" />
        <source>Zoom: %1</source>
        <translation>Zoom : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="297" />
        <source>Nothing to print here: tick countries and topics first.</source>
        <translation>Rien à imprimer ici : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="309" />
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="315" />
        <location filename="../../fiitdesk/ui/main_window.py" line="331" />
        <source>The printer refused the document. Check the printer and try again.</source>
        <translation>L’imprimante a refusé le document. Vérifiez l’imprimante et réessayez.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="343" />
        <source>The PDF could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le PDF n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="346" />
        <source>PDF written: %1 (%2 pages)</source>
        <translation>PDF enregistré : %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="353" />
        <source>Nothing to export here: tick countries and topics first.</source>
        <translation>Rien à exporter ici : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="356" />
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="364" />
        <source>Export country sheets to PDF</source>
        <translation>Exporter des fiches pays en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="373" />
        <source>Which country sheets?</source>
        <translation>Quelles fiches pays ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="375" />
        <source>Countries to export</source>
        <translation>Pays à exporter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="401" />
        <source>Nothing to export: tick countries and topics first.</source>
        <translation>Rien à exporter : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="403" />
        <source>Export comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="409" />
        <source>The file could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le fichier n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="412" />
        <source>CSV written: %1</source>
        <translation>CSV enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="420" />
        <source>Import a data pack</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="421" />
        <source>FIIT Desk data pack (*.fiitpack)</source>
        <translation>Paquet de données FIIT Desk (*.fiitpack)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="438" />
        <source>Older data</source>
        <translation>Données plus anciennes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="439" />
        <source>This pack holds older data than the data in use:
%1

Install it anyway?</source>
        <translation>Ce paquet contient des données plus anciennes que celles en service :
%1

L’installer quand même ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="445" />
        <source>The data pack was refused and nothing was changed:
%1</source>
        <translation>Le paquet de données a été refusé et rien n’a été modifié :
%1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="448" />
        <source>The data pack could not be installed (%1); nothing was changed.</source>
        <translation>Le paquet de données n’a pas pu être installé (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="451" />
        <source>Data %1 of %2 installed. FIIT Desk now uses it.</source>
        <translation>Données %1 du %2 installées. FIIT Desk les utilise désormais.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="462" />
        <source>Remove the imported data packs and use the data FIIT Desk was installed with?</source>
        <translation>Supprimer les paquets de données importés et revenir aux données installées avec FIIT Desk ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="468" />
        <source>The imported data could not be removed (%1).</source>
        <translation>Les données importées n’ont pas pu être supprimées (%1).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="476" />
        <source>The data in use is sound (%1).</source>
        <translation>Les données utilisées sont intactes (%1).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="479" />
        <source>The data in use is damaged: %1
Reinstall FIIT Desk or import a data pack.</source>
        <translation>Les données utilisées sont endommagées : %1
Réinstallez FIIT Desk ou importez un paquet de données.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="488" />
        <source>an imported data pack</source>
        <translation>un paquet de données importé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="488" />
        <source>a file chosen with --db</source>
        <translation>un fichier choisi avec --db</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="489" />
        <source>the data FIIT Desk was installed with</source>
        <translation>les données installées avec FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="491" />
        <source>&lt;p&gt;Data version %1, built %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Données version %1, construites le %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="493" />
        <source>&lt;p&gt;In use: %1 (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;En service : %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="494" />
        <source>&lt;p&gt;Sources:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sources :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="495" />
        <source>&lt;p&gt;&lt;b&gt;FIIT Desk never connects to a network.&lt;/b&gt; Everything it shows is stored on this computer; it keeps no record of what you search for. Web addresses of organisations open in your browser only when you click them and agree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FIIT Desk ne se connecte jamais à un réseau.&lt;/b&gt; Tout ce qu’il affiche est enregistré sur cet ordinateur ; il ne garde aucune trace de vos recherches. Les adresses web des organisations ne s’ouvrent dans votre navigateur que si vous cliquez dessus et l’acceptez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="500" />
        <source>About FIIT Desk</source>
        <translation>À propos de FIIT Desk</translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="62" />
        <location filename="../../fiitdesk/ui/practices_view.py" line="74" />
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="63" />
        <source>Text of the chosen good practice</source>
        <translation>Texte de la bonne pratique choisie</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="46" />
        <location filename="../../fiitdesk/ui/search.py" line="48" />
        <source>Search the whole kit</source>
        <translation>Rechercher dans tout le kit</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="47" />
        <source>Words to find (accents do not matter)…</source>
        <translation>Mots à chercher (les accents ne comptent pas)…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="49" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/search.py" line="70" />
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
</context>
</TS>