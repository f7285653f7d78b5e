<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="30"/>
        <source>an imported data pack</source>
        <translation>un paquet de données importé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="31"/>
        <source>a file chosen with --db</source>
        <translation>un fichier choisi avec --db</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="32"/>
        <source>the data FIIT Desk was installed with</source>
        <translation>les données installées avec FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="33"/>
        <source>%1 — %2, %3: information as of %4 (%5)</source>
        <translation>%1 — %2, %3 : informations à la date de %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="38"/>
        <source>Data version %1, built %2.</source>
        <translation>Données version %1, construites le %2.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="40"/>
        <source>In use: %1 (%2).</source>
        <translation>En service : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="41"/>
        <source>&lt;b&gt;FIIT Desk never connects to a network.&lt;/b&gt; Everything it shows is stored on this computer; it keeps no record of what you search for. Web addresses of organisations open in your browser only when you click them and agree.</source>
        <translation>&lt;b&gt;FIIT Desk ne se connecte jamais à un réseau.&lt;/b&gt; Tout ce qu’il affiche est enregistré sur cet ordinateur ; il ne garde aucune trace de vos recherches. Les adresses web des organisations ne s’ouvrent dans votre navigateur que si vous cliquez dessus et l’acceptez.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="44"/>
        <source>The information dates from:</source>
        <translation>Date des informations :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/about.py" line="52"/>
        <source>About FIIT Desk</source>
        <translation>À propos de FIIT Desk</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="218"/>
        <source>Tick at least one country and one topic.</source>
        <translation>Cochez au moins un pays et un thème.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="222"/>
        <source>= same everywhere (green) · ≠ differs · ∅ no data in the sources (grey) · ⚠ a note: select the cell to read it below.</source>
        <translation>= identique partout (vert) · ≠ diffère · ∅ rien dans les sources (gris) · ⚠ une note : sélectionnez la case pour la lire en dessous.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="232"/>
        <source>Attribute</source>
        <translation>Point comparé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="260"/>
        <source>∅ no data</source>
        <translation>∅ pas de données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="269"/>
        <source>⚠ A note: select the cell to read it below.</source>
        <translation>⚠ Une note : sélectionnez la case pour la lire en dessous.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="301"/>
        <source>Select a cell to read its whole value, its note and its source.</source>
        <translation>Sélectionnez une case pour lire sa valeur entière, sa note et sa source.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="343"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="344"/>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="345"/>
        <location filename="../../fiitdesk/ui/compare_view.py" line="347"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="345"/>
        <source>Tick every country</source>
        <translation>Cocher tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="346"/>
        <location filename="../../fiitdesk/ui/compare_view.py" line="348"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="346"/>
        <source>Untick every country</source>
        <translation>Décocher tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="347"/>
        <source>Tick every topic</source>
        <translation>Cocher tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="348"/>
        <source>Untick every topic</source>
        <translation>Décocher tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="351"/>
        <source>Countries to compare</source>
        <translation>Pays à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="352"/>
        <source>Topics to compare</source>
        <translation>Thèmes à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="353"/>
        <source>Comparison table: one row per attribute, one column per country</source>
        <translation>Tableau de comparaison : une ligne par critère, une colonne par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="354"/>
        <source>The selected cell in full, with its note and source</source>
        <translation>La case sélectionnée en entier, avec sa note et sa source</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="355"/>
        <source>&amp;Why?</source>
        <translation>&amp;Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="356"/>
        <source>Show the curator’s reasoning for the selected cell</source>
        <translation>Afficher le raisonnement de la personne qui a saisi les données pour la case sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="357"/>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="389"/>
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
        <location filename="../../fiitdesk/ui/country_view.py" line="293"/>
        <source>Sections of the sheet</source>
        <extracomment>The section (or anchor) the reader moved to, for the window&apos;s back and forward.</extracomment>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="294"/>
        <source>Choose a section to scroll the sheet to it</source>
        <translation>Choisissez une section pour y faire défiler la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="295"/>
        <source>Country sheet: %1</source>
        <translation>Fiche pays : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="302"/>
        <source>Back to the &amp;translation</source>
        <translation>Revenir à la &amp;traduction</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="303"/>
        <source>Show this sheet in the interface language again (Ctrl+Shift+O)</source>
        <translation>Revoir cette fiche dans la langue de l’interface (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="306"/>
        <source>Show the French &amp;original</source>
        <translation>Voir l’&amp;original français</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="307"/>
        <source>Show the kit&apos;s French text, which prevails over the translation, at the section you are reading (Ctrl+Shift+O)</source>
        <translation>Voir le texte français du kit, qui fait foi, à la section que vous lisez (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="318"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="27"/>
        <source>The file does not exist.</source>
        <extracomment>What each refused check means, for a person (``packs.PackError.code``); the kit&apos;s own words otherwise.</extracomment>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="28"/>
        <source>This is not a data pack file (it is a device, a pipe or a folder).</source>
        <translation>Ce n’est pas un fichier de paquet de données (c’est un périphérique, un tube ou un dossier).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="30"/>
        <source>This file is too large to be a FIIT Desk data pack.</source>
        <translation>Ce fichier est trop gros pour être un paquet de données FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="31"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="32"/>
        <source>This file is not a FIIT Desk data pack, or it is damaged or incomplete.</source>
        <translation>Ce fichier n’est pas un paquet de données FIIT Desk, ou il est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="34"/>
        <source>This file is not a FIIT Desk data pack.</source>
        <translation>Ce fichier n’est pas un paquet de données FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="35"/>
        <source>The pack is signed with a key this FIIT Desk does not trust (unknown publisher).</source>
        <translation>Le paquet est signé avec une clé que ce FIIT Desk ne reconnaît pas (éditeur inconnu).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="37"/>
        <source>The pack&apos;s signature does not match: the file was altered or forged.</source>
        <translation>La signature du paquet ne correspond pas : le fichier a été modifié ou falsifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="39"/>
        <source>The database inside the pack does not match its signed description: the file was altered or damaged.</source>
        <translation>La base de données du paquet ne correspond pas à sa description signée : le fichier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="41"/>
        <source>The pack was made for another version of FIIT Desk.</source>
        <translation>Le paquet a été fait pour une autre version de FIIT Desk.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="42"/>
        <source>The pack uses a format this FIIT Desk does not know.</source>
        <translation>Le paquet utilise un format que ce FIIT Desk ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="51"/>
        <source>some of its files are missing</source>
        <translation>certains de ses fichiers manquent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="52"/>
        <source>its files cannot be read</source>
        <translation>ses fichiers ne peuvent pas être lus</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="53"/>
        <source>its data no longer matches its signature: damaged or altered</source>
        <translation>ses données ne correspondent plus à sa signature : endommagées ou modifiées</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="54"/>
        <source>its signature does not match: altered or forged</source>
        <translation>sa signature ne correspond pas : modifié ou falsifié</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="55"/>
        <source>it is signed with a key this FIIT Desk does not trust</source>
        <translation>il est signé avec une clé que ce FIIT Desk ne reconnaît pas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="56"/>
        <source>its description is not one FIIT Desk wrote</source>
        <translation>sa description n’est pas celle que FIIT Desk a écrite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="57"/>
        <source>its data cannot be read by this FIIT Desk</source>
        <translation>ses données ne peuvent pas être lues par ce FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="88"/>
        <source>FIIT Desk now uses the newer data it came with (%1) instead of the older imported data %2.</source>
        <translation>FIIT Desk utilise maintenant les données plus récentes livrées avec lui (%1) au lieu des données importées plus anciennes %2.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="92"/>
        <source>The record of which imported data is in use cannot be read; FIIT Desk uses the data it was installed with.</source>
        <translation>L’indication des données importées en service est illisible ; FIIT Desk utilise les données installées avec lui.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="94"/>
        <source>The imported data pack %1 could not be used (%2); FIIT Desk uses the data it was installed with. Import the pack again, or remove it with File → Return to the installed data.</source>
        <translation>Le paquet de données importé %1 n’a pas pu être utilisé (%2) ; FIIT Desk utilise les données installées avec lui. Importez à nouveau le paquet, ou supprimez-le avec Fichier → Revenir aux données installées.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="135"/>
        <source>Checking the data pack…</source>
        <translation>Vérification du paquet de données…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="136"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="138"/>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="193"/>
        <source>Import a data pack</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="159"/>
        <source>This pack holds older data (%1) than the data in use (%2).

Install it anyway?</source>
        <translation>Ce paquet contient des données plus anciennes (%1) que celles en service (%2).

L’installer quand même ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="163"/>
        <source>The older data was not installed; nothing was changed.</source>
        <translation>Les données plus anciennes n’ont pas été installées ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="179"/>
        <source>The import was stopped; nothing was changed.</source>
        <translation>L’importation a été arrêtée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="185"/>
        <source>The data pack could not be installed: %1 cannot be written (%2). The data in use has not changed.</source>
        <translation>Le paquet de données n’a pas pu être installé : impossible d’écrire %1 (%2). Les données en service n’ont pas changé.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="188"/>
        <source>The data pack could not be installed (%1). The data in use has not changed.</source>
        <translation>Le paquet de données n’a pas pu être installé (%1). Les données en service n’ont pas changé.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="194"/>
        <source>FIIT Desk data pack (*.fiitpack)</source>
        <translation>Paquet de données FIIT Desk (*.fiitpack)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="219"/>
        <source>The imported data could not be removed: %1 cannot be written (%2). Nothing was changed.</source>
        <translation>Les données importées n’ont pas pu être supprimées : impossible d’écrire %1 (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="224"/>
        <source>FIIT Desk uses the data it was installed with again, but %1 file(s) of imported packs could not be removed (%2):
%3</source>
        <translation>FIIT Desk utilise à nouveau les données installées avec lui, mais %1 fichier(s) de paquets importés n’ont pas pu être supprimés (%2) :
%3</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="230"/>
        <source>FIIT Desk already uses the data it was installed with.</source>
        <translation>FIIT Desk utilise déjà les données installées avec lui.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="161"/>
        <source>Older data</source>
        <translation>Données plus anciennes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="183"/>
        <source>The data pack was refused and nothing was changed:
%1</source>
        <translation>Le paquet de données a été refusé et rien n’a été modifié :
%1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="167"/>
        <source>Data %1 of %2 installed. FIIT Desk now uses it.</source>
        <translation>Données %1 du %2 installées. FIIT Desk les utilise désormais.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="204"/>
        <source>Remove the imported data packs and use the data FIIT Desk was installed with?</source>
        <translation>Supprimer les paquets de données importés et revenir aux données installées avec FIIT Desk ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="237"/>
        <source>The data in use is sound (%1).</source>
        <translation>Les données utilisées sont intactes (%1).</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="239"/>
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
        <source>The PDF could not be written to %1 (%2). No PDF was written: choose a folder where you may save files, or free some space.</source>
        <translation>Le PDF n’a pas pu être enregistré dans %1 (%2). Aucun PDF n’a été écrit : choisissez un dossier où vous pouvez enregistrer des fichiers, ou libérez de la place.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="84"/>
        <source>not a file that can be written</source>
        <translation>ce n’est pas un fichier où l’on peut écrire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="86"/>
        <source>PDF written: %1 (%2 pages)</source>
        <translation>PDF enregistré : %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="95"/>
        <source>Nothing to export here: open a country, the hotlines or a comparison.</source>
        <translation>Rien à exporter ici : ouvrez un pays, les numéros d’urgence ou une comparaison.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="99"/>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="107"/>
        <source>Export country sheets to PDF</source>
        <translation>Exporter des fiches pays en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="123"/>
        <source>Which country sheets?</source>
        <translation>Quelles fiches pays ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="127"/>
        <source>Countries to export</source>
        <translation>Pays à exporter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="156"/>
        <source>Nothing to export: tick countries and topics first.</source>
        <translation>Rien à exporter : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="158"/>
        <source>Export comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="164"/>
        <source>The file could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le fichier n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/exporting.py" line="167"/>
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
        <location filename="../../fiitdesk/ui/app.py" line="145"/>
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
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="320"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="322"/>
        <source>only the first ones are shown: type more letters</source>
        <translation>seuls les premiers sont affichés : tapez plus de lettres</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="345"/>
        <source>No number matches. Try fewer letters, a country name or digits.</source>
        <translation>Aucun numéro ne correspond. Essayez moins de lettres, un nom de pays ou des chiffres.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="355"/>
        <source>International: %1</source>
        <translation>International : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="357"/>
        <source>From %1 dial: %2</source>
        <translation>Depuis %1, composer : %2</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="364"/>
        <source>Free-phone, shared-cost or short number: it may not be reachable from abroad or from every network.</source>
        <translation>Numéro gratuit, à coût partagé ou court : il peut ne pas être joignable depuis l’étranger ni depuis tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="382"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="352"/>
        <source>As printed: %1</source>
        <translation>Tel qu’imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="360"/>
        <source>Dial: %1</source>
        <translation>Composer : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="372"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="373"/>
        <source>Enter: open the sheet of %1 at this entry.</source>
        <translation>Entrée : ouvrir la fiche %1 à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="405"/>
        <source>Country, town, organisation, “NGO”, “shelter”, “police” or digits…</source>
        <translation>Pays, ville, organisation, « ONG », « hébergement », « police » ou chiffres…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="406"/>
        <source>Search the directory of numbers</source>
        <translation>Chercher dans l’annuaire des numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="407"/>
        <source>Results update as you type; accents and spaces do not matter</source>
        <translation>Les résultats s’affichent pendant la frappe ; accents et espaces ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="408"/>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="409"/>
        <source>Calling &amp;from:</source>
        <translation>J’appelle &amp;depuis :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="410"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="411"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="412"/>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="413"/>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="414"/>
        <source>Emergency (112)</source>
        <translation>Urgence (112)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="414"/>
        <source>Anti-trafficking hotlines</source>
        <translation>Lignes d’urgence contre la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="415"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="418"/>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="419"/>
        <source>Everyone</source>
        <translation>Tous publics</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="420"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="420"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="420"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="421"/>
        <source>Reporting a case</source>
        <translation>Signaler un cas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="421"/>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="422"/>
        <source>General information</source>
        <translation>Information générale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="425"/>
        <source>Audience filter</source>
        <translation>Filtre par public</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="426"/>
        <source>Numbers for everyone (emergency numbers, contacts) are always kept</source>
        <translation>Les numéros pour tous (urgence, contacts) restent toujours affichés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="428"/>
        <source>(not set)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="429"/>
        <source>Country you are calling from</source>
        <translation>Pays depuis lequel vous appelez</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="430"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="430"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="430"/>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="431"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="432"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="432"/>
        <source>Hotline</source>
        <translation>Ligne d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="433"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="436"/>
        <source>Numbers found</source>
        <translation>Numéros trouvés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="438"/>
        <source>Copy the number to dial and its date (Ctrl+C)</source>
        <translation>Copier le numéro à composer et sa date (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="439"/>
        <source>&amp;Open the sheet</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="440"/>
        <source>Open the country sheet at this entry (Enter, double-click)</source>
        <translation>Ouvrir la fiche du pays à cet endroit (Entrée, double-clic)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="441"/>
        <source>Print the &amp;card…</source>
        <translation>Imprimer la &amp;carte…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="442"/>
        <source>The whole hotline card: every country, one A4 page</source>
        <translation>La carte entière des numéros : tous les pays, une page A4</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="443"/>
        <source>Print these &amp;results…</source>
        <translation>Imprimer ces &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="444"/>
        <source>Only the numbers listed now, under a title that says so</source>
        <translation>Seulement les numéros affichés, sous un titre qui le dit</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="455"/>
        <source>every number</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="431"/>
        <source>Number as printed</source>
        <translation>Numéro tel qu’imprimé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="431"/>
        <source>To dial</source>
        <translation>À composer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="437"/>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="475"/>
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../fiitdesk/ui/inert.py" line="90"/>
        <source>This link is not a web address; FIIT Desk does not open it:

%1</source>
        <extracomment>Schemes a link from content may open in the system&apos;s browser (never file:, never a program&apos;s own).</extracomment>
        <translation>Ce lien n’est pas une adresse web ; FIIT Desk ne l’ouvre pas :

%1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/inert.py" line="94"/>
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/inert.py" line="95"/>
        <source>FIIT Desk never connects to the Internet itself. Open this address in your web browser?

%1</source>
        <translation>FIIT Desk ne se connecte jamais lui-même à Internet. Ouvrir cette adresse dans votre navigateur ?

%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="352"/>
        <source>FIIT Desk — assistance to victims of trafficking</source>
        <extracomment>The fixed views, in tab order: object name and the function that builds it, importing its module then (plain imports inside functions, which the frozen build&apos;s analysis finds, unlike importlib).</extracomment>
        <translation>FIIT Desk — assistance aux victimes de la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="353"/>
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="353"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="353"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="354"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="354"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="362"/>
        <source>Views and open countries</source>
        <translation>Vues et pays ouverts</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="375"/>
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
        <location filename="../../fiitdesk/ui/actions.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="111"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="112"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="113"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="114"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="116"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="116"/>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="117"/>
        <source>Export &amp;country sheets to PDF…</source>
        <translation>Exporter des &amp;fiches pays en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="118"/>
        <source>Print &amp;hotline card…</source>
        <translation>Imprimer la &amp;carte des numéros…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="118"/>
        <source>Export comparison as C&amp;SV…</source>
        <translation>Exporter la comparaison en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="119"/>
        <source>&amp;Close this country’s tab</source>
        <translation>&amp;Fermer l’onglet de ce pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="120"/>
        <source>&amp;Import data pack…</source>
        <translation>&amp;Importer un paquet de données…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="121"/>
        <source>&amp;Return to the installed data</source>
        <translation>&amp;Revenir aux données installées</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="122"/>
        <source>Check the data&apos;s &amp;integrity</source>
        <translation>Vérifier l’&amp;intégrité des données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="122"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="123"/>
        <source>Show the French ori&amp;ginal (and back)</source>
        <translation>&amp;Original français de cette fiche (et retour)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="124"/>
        <source>Zoom &amp;in</source>
        <translation>Agrand&amp;ir</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="124"/>
        <source>Zoom &amp;out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="125"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="125"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="127"/>
        <source>&amp;Hotline finder</source>
        <translation>&amp;Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="127"/>
        <source>Find a &amp;country…</source>
        <translation>Trouver un &amp;pays…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="128"/>
        <source>&amp;Compare countries</source>
        <translation>&amp;Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="128"/>
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="129"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="129"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="130"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="130"/>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="131"/>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="131"/>
        <source>FIIT Desk &amp;help</source>
        <translation>&amp;Aide de FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/actions.py" line="132"/>
        <source>&amp;About FIIT Desk</source>
        <translation>À &amp;propos de FIIT Desk</translation>
    </message>
</context>
</TS>
