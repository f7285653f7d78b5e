<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="22"/>
        <source>an imported data pack</source>
        <translation>un paquet de données importé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="23"/>
        <source>a file chosen with --db</source>
        <translation>un fichier choisi avec --db</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="26"/>
        <source>the data FIIT Desk was installed with</source>
        <translation>les données installées avec FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="30"/>
        <source>&lt;p&gt;Data version %1, built %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Données version %1, construites le %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="33"/>
        <source>&lt;p&gt;In use: %1 (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;En service : %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="36"/>
        <source>&lt;p&gt;Sources:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sources :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="38"/>
        <source>&lt;p&gt;&lt;b&gt;FIIT Desk never connects to a network.&lt;/b&gt; Everything it shows is stored on this computer; it keeps no record of what you search for. Web addresses of organisations open in your browser only when you click them and agree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FIIT Desk ne se connecte jamais à un réseau.&lt;/b&gt; Tout ce qu’il affiche est enregistré sur cet ordinateur ; il ne garde aucune trace de vos recherches. Les adresses web des organisations ne s’ouvrent dans votre navigateur que si vous cliquez dessus et l’acceptez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="48"/>
        <source>About FIIT Desk</source>
        <translation>À propos de FIIT Desk</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="215"/>
        <source>Tick at least one country and one topic.</source>
        <translation>Cochez au moins un pays et un thème.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="219"/>
        <source>= same everywhere (green) · ≠ differs · ∅ no data in the sources (grey) · ⚠ a note: select the cell to read it below.</source>
        <translation>= identique partout (vert) · ≠ diffère · ∅ rien dans les sources (gris) · ⚠ une note : sélectionnez la case pour la lire en dessous.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="229"/>
        <source>Attribute</source>
        <translation>Point comparé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="257"/>
        <source>∅ no data</source>
        <translation>∅ pas de données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="266"/>
        <source>⚠ A note: select the cell to read it below.</source>
        <translation>⚠ Une note : sélectionnez la case pour la lire en dessous.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="298"/>
        <source>Select a cell to read its whole value, its note and its source.</source>
        <translation>Sélectionnez une case pour lire sa valeur entière, sa note et sa source.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="340"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="341"/>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="342"/>
        <location filename="../../fiitdesk/ui/compare_view.py" line="344"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="342"/>
        <source>Tick every country</source>
        <translation>Cocher tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="343"/>
        <location filename="../../fiitdesk/ui/compare_view.py" line="345"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="343"/>
        <source>Untick every country</source>
        <translation>Décocher tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="344"/>
        <source>Tick every topic</source>
        <translation>Cocher tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="345"/>
        <source>Untick every topic</source>
        <translation>Décocher tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="348"/>
        <source>Countries to compare</source>
        <translation>Pays à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="349"/>
        <source>Topics to compare</source>
        <translation>Thèmes à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="350"/>
        <source>Comparison table: one row per attribute, one column per country</source>
        <translation>Tableau de comparaison : une ligne par critère, une colonne par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="351"/>
        <source>The selected cell in full, with its note and source</source>
        <translation>La case sélectionnée en entier, avec sa note et sa source</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="352"/>
        <source>&amp;Why?</source>
        <translation>&amp;Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="353"/>
        <source>Show the curator’s reasoning for the selected cell</source>
        <translation>Afficher le raisonnement de la personne qui a saisi les données pour la case sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="354"/>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="387"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/countries_view.py" line="102"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/countries_view.py" line="103"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="136"/>
        <source>&amp;Find a country (a few letters of its name in any language, or its code):</source>
        <translation>&amp;Trouver un pays (quelques lettres de son nom, dans n’importe quelle langue, ou son code) :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="137"/>
        <source>e.g. lit, Lietuva, Deutschland, EL</source>
        <translation>p. ex. lit, Lietuva, Deutschland, EL</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="138"/>
        <source>Filter the countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="139"/>
        <source>Countries, grouped by what the sources say of them</source>
        <translation>Les pays, groupés selon ce que les sources en disent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="140"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="140"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="140"/>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/countries_view.py" line="144"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CountryView</name>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="299"/>
        <source>Sections of the sheet</source>
        <extracomment>The section (or anchor) the reader moved to, for the window&apos;s back and forward.</extracomment>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="300"/>
        <source>Choose a section to scroll the sheet to it</source>
        <translation>Choisissez une section pour y faire défiler la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="301"/>
        <source>Country sheet: %1</source>
        <translation>Fiche pays : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="308"/>
        <source>Back to the &amp;translation</source>
        <translation>Revenir à la &amp;traduction</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="309"/>
        <source>Show this sheet in the interface language again (Ctrl+Shift+O)</source>
        <translation>Revoir cette fiche dans la langue de l’interface (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="312"/>
        <source>Show the French &amp;original</source>
        <translation>Voir l’&amp;original français</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="313"/>
        <source>Show the kit&apos;s French text, which prevails over the translation, at the section you are reading (Ctrl+Shift+O)</source>
        <translation>Voir le texte français du kit, qui fait foi, à la section que vous lisez (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="324"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="332"/>
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="333"/>
        <source>FIIT Desk never connects to the Internet itself. Open this address in your web browser?

%1</source>
        <translation>FIIT Desk ne se connecte jamais lui-même à Internet. Ouvrir cette adresse dans votre navigateur ?

%1</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="18"/>
        <source>Import a data pack</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="20"/>
        <source>FIIT Desk data pack (*.fiitpack)</source>
        <translation>Paquet de données FIIT Desk (*.fiitpack)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="42"/>
        <source>Older data</source>
        <translation>Données plus anciennes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="43"/>
        <source>This pack holds older data than the data in use:
%1

Install it anyway?</source>
        <translation>Ce paquet contient des données plus anciennes que celles en service :
%1

L’installer quand même ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="53"/>
        <source>The data pack was refused and nothing was changed:
%1</source>
        <translation>Le paquet de données a été refusé et rien n’a été modifié :
%1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="60"/>
        <source>The data pack could not be installed (%1); nothing was changed.</source>
        <translation>Le paquet de données n’a pas pu être installé (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="68"/>
        <source>Data %1 of %2 installed. FIIT Desk now uses it.</source>
        <translation>Données %1 du %2 installées. FIIT Desk les utilise désormais.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="84"/>
        <source>Remove the imported data packs and use the data FIIT Desk was installed with?</source>
        <translation>Supprimer les paquets de données importés et revenir aux données installées avec FIIT Desk ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="94"/>
        <source>The imported data could not be removed (%1).</source>
        <translation>Les données importées n’ont pas pu être supprimées (%1).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="109"/>
        <source>The data in use is sound (%1).</source>
        <translation>Les données utilisées sont intactes (%1).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="115"/>
        <source>The data in use is damaged: %1
Reinstall FIIT Desk or import a data pack.</source>
        <translation>Les données utilisées sont endommagées : %1
Réinstallez FIIT Desk ou importez un paquet de données.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="49"/>
        <source>Nothing to print here: open a country, the hotlines or a comparison.</source>
        <translation>Rien à imprimer ici : ouvrez un pays, les numéros d’urgence ou une comparaison.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="61"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="67"/>
        <source>The printer refused the document. Check the printer and try again.</source>
        <translation>L’imprimante a refusé le document. Vérifiez l’imprimante et réessayez.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="82"/>
        <source>The PDF could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le PDF n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="85"/>
        <source>PDF written: %1 (%2 pages)</source>
        <translation>PDF enregistré : %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="94"/>
        <source>Nothing to export here: open a country, the hotlines or a comparison.</source>
        <translation>Rien à exporter ici : ouvrez un pays, les numéros d’urgence ou une comparaison.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="98"/>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="106"/>
        <source>Export country sheets to PDF</source>
        <translation>Exporter des fiches pays en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="120"/>
        <source>Which country sheets?</source>
        <translation>Quelles fiches pays ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="124"/>
        <source>Countries to export</source>
        <translation>Pays à exporter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="153"/>
        <source>Nothing to export: tick countries and topics first.</source>
        <translation>Rien à exporter : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="155"/>
        <source>Export comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="161"/>
        <source>The file could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le fichier n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="164"/>
        <source>CSV written: %1</source>
        <translation>CSV enregistré : %1</translation>
    </message>
</context>
<context>
    <name>FiitApplication</name>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="23"/>
        <source>The FIIT Desk database was not found:
%1

Rebuild it with &apos;make run&apos; in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk est introuvable :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="25"/>
        <source>The FIIT Desk database cannot be read (damaged or not a FIIT Desk file):
%1

Rebuild it with &apos;make run&apos; in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk est illisible (endommagée ou d’un autre programme) :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="28"/>
        <source>The FIIT Desk database was made for another version of FIIT Desk:
%1

Rebuild it with &apos;make run&apos; in the FIIT Desk folder, or reinstall FIIT Desk.</source>
        <translation>La base de données de FIIT Desk a été faite pour une autre version de FIIT Desk :
%1

Reconstruisez-la avec « make run » dans le dossier de FIIT Desk, ou réinstallez FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/app.py" line="128"/>
        <source>Something went wrong: %1
FIIT Desk goes on; please report this.</source>
        <translation>Une erreur inattendue s’est produite : %1
FIIT Desk continue ; merci de la signaler.</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="82"/>
        <source>Find a term (accents do not matter)…</source>
        <translation>Chercher un terme (les accents ne comptent pas)…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="83"/>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="84"/>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="85"/>
        <source>Definition of the chosen term</source>
        <translation>Définition du terme choisi</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="96"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../fiitdesk/ui/help_view.py" line="36"/>
        <source>FIIT Desk help</source>
        <translation>Aide de FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/help_view.py" line="39"/>
        <source>Help page</source>
        <translation>Page d’aide</translation>
    </message>
</context>
<context>
    <name>HotlineFinder</name>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="317"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="319"/>
        <source>only the first ones are shown: type more letters</source>
        <translation>seuls les premiers sont affichés : tapez plus de lettres</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="342"/>
        <source>No number matches. Try fewer letters, a country name or digits.</source>
        <translation>Aucun numéro ne correspond. Essayez moins de lettres, un nom de pays ou des chiffres.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="352"/>
        <source>International: %1</source>
        <translation>International : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="354"/>
        <source>From %1 dial: %2</source>
        <translation>Depuis %1, composer : %2</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="361"/>
        <source>Free-phone, shared-cost or short number: it may not be reachable from abroad or from every network.</source>
        <translation>Numéro gratuit, à coût partagé ou court : il peut ne pas être joignable depuis l’étranger ni depuis tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="379"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="349"/>
        <source>As printed: %1</source>
        <translation>Tel qu’imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="357"/>
        <source>Dial: %1</source>
        <translation>Composer : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="368"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="370"/>
        <source>Enter: open the sheet of %1 at this entry.</source>
        <translation>Entrée : ouvrir la fiche %1 à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="402"/>
        <source>Country, town, organisation, “NGO”, “shelter”, “police” or digits…</source>
        <translation>Pays, ville, organisation, « ONG », « hébergement », « police » ou chiffres…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="403"/>
        <source>Search the directory of numbers</source>
        <translation>Chercher dans l’annuaire des numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="404"/>
        <source>Results update as you type; accents and spaces do not matter</source>
        <translation>Les résultats s’affichent pendant la frappe ; accents et espaces ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="405"/>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="406"/>
        <source>Calling &amp;from:</source>
        <translation>J’appelle &amp;depuis :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="407"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="408"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="409"/>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="410"/>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="411"/>
        <source>Emergency (112)</source>
        <translation>Urgence (112)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="411"/>
        <source>Anti-trafficking hotlines</source>
        <translation>Lignes d’urgence contre la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="412"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="415"/>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="416"/>
        <source>Everyone</source>
        <translation>Tous publics</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="417"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="417"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="417"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="418"/>
        <source>Reporting a case</source>
        <translation>Signaler un cas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="418"/>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="419"/>
        <source>General information</source>
        <translation>Information générale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="422"/>
        <source>Audience filter</source>
        <translation>Filtre par public</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="423"/>
        <source>Numbers for everyone (emergency numbers, contacts) are always kept</source>
        <translation>Les numéros pour tous (urgence, contacts) restent toujours affichés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="425"/>
        <source>(not set)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="426"/>
        <source>Country you are calling from</source>
        <translation>Pays depuis lequel vous appelez</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="427"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="427"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="427"/>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="428"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="429"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="429"/>
        <source>Hotline</source>
        <translation>Ligne d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="430"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="433"/>
        <source>Numbers found</source>
        <translation>Numéros trouvés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="435"/>
        <source>Copy the number to dial and its date (Ctrl+C)</source>
        <translation>Copier le numéro à composer et sa date (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="436"/>
        <source>&amp;Open the sheet</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="437"/>
        <source>Open the country sheet at this entry (Enter, double-click)</source>
        <translation>Ouvrir la fiche du pays à cet endroit (Entrée, double-clic)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="438"/>
        <source>Print the &amp;card…</source>
        <translation>Imprimer la &amp;carte…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="439"/>
        <source>The whole hotline card: every country, one A4 page</source>
        <translation>La carte entière des numéros : tous les pays, une page A4</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="440"/>
        <source>Print these &amp;results…</source>
        <translation>Imprimer ces &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="441"/>
        <source>Only the numbers listed now, under a title that says so</source>
        <translation>Seulement les numéros affichés, sous un titre qui le dit</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="451"/>
        <source>every number</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="428"/>
        <source>Number as printed</source>
        <translation>Numéro tel qu’imprimé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="428"/>
        <source>To dial</source>
        <translation>À composer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="434"/>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="471"/>
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="256"/>
        <source>FIIT Desk — assistance to victims of trafficking</source>
        <translation>FIIT Desk — assistance aux victimes de la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="257"/>
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="257"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="258"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="258"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="259"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="264"/>
        <source>Views and open countries</source>
        <translation>Vues et pays ouverts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="276"/>
        <source>Zoom: %1</source>
        <translation>Zoom : %1</translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="68"/>
        <location filename="../../fiitdesk/ui/practices_view.py" line="87"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="69"/>
        <source>Text of the chosen good practice</source>
        <translation>Texte de la bonne pratique choisie</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="46"/>
        <location filename="../../fiitdesk/ui/search.py" line="48"/>
        <source>Search the whole kit</source>
        <translation>Rechercher dans tout le kit</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="47"/>
        <source>Words to find (accents do not matter)…</source>
        <translation>Mots à chercher (les accents ne comptent pas)…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/search.py" line="49"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/search.py" line="70"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetFormChoice</name>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="38"/>
        <source>Which form?</source>
        <translation>Quelle forme ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="39"/>
        <source>&amp;Essential sheet: one page per country (whom to call, who identifies, permits, what the sources do not cover)</source>
        <translation>Fiche &amp;essentielle : une page par pays (qui appeler, qui identifie, permis, ce que les sources ne couvrent pas)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="41"/>
        <source>&amp;Full dossier: every section, several pages per country</source>
        <translation>&amp;Dossier complet : toutes les rubriques, plusieurs pages par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="42"/>
        <source>Printed form of the country sheet</source>
        <translation>Forme imprimée de la fiche pays</translation>
    </message>
</context>
<context>
    <name>SheetFormDialog</name>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="54"/>
        <source>Print the sheet of %1</source>
        <translation>Imprimer la fiche : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/sheet_form.py" line="60"/>
        <source>The essential sheet is made to be handed over or pinned on a wall.</source>
        <translation>La fiche essentielle tient sur une page, à remettre à la personne ou à afficher au mur.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="110"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="111"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="112"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="113"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="115"/>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="116"/>
        <source>Export &amp;country sheets to PDF…</source>
        <translation>Exporter des &amp;fiches pays en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="117"/>
        <source>Print &amp;hotline card…</source>
        <translation>Imprimer la &amp;carte des numéros…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="117"/>
        <source>Export comparison as C&amp;SV…</source>
        <translation>Exporter la comparaison en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="118"/>
        <source>&amp;Close this country’s tab</source>
        <translation>&amp;Fermer l’onglet de ce pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="119"/>
        <source>&amp;Import data pack…</source>
        <translation>&amp;Importer un paquet de données…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="120"/>
        <source>&amp;Return to the installed data</source>
        <translation>&amp;Revenir aux données installées</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="121"/>
        <source>Check the data&apos;s &amp;integrity</source>
        <translation>Vérifier l’&amp;intégrité des données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="121"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="122"/>
        <source>Show the French ori&amp;ginal (and back)</source>
        <translation>&amp;Original français de cette fiche (et retour)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="123"/>
        <source>Zoom &amp;in</source>
        <translation>Agrand&amp;ir</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="123"/>
        <source>Zoom &amp;out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="124"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="124"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="126"/>
        <source>&amp;Hotline finder</source>
        <translation>&amp;Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="126"/>
        <source>Find a &amp;country…</source>
        <translation>Trouver un &amp;pays…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="127"/>
        <source>&amp;Compare countries</source>
        <translation>&amp;Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="127"/>
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="128"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="128"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="129"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="129"/>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="130"/>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="130"/>
        <source>FIIT Desk &amp;help</source>
        <translation>&amp;Aide de FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="131"/>
        <source>&amp;About FIIT Desk</source>
        <translation>À &amp;propos de FIIT Desk</translation>
    </message>
</context>
</TS>
