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
        <location filename="../../fiitdesk/ui/compare_view.py" line="165"/>
        <source>Tick at least one country and one topic.</source>
        <translation>Cochez au moins un pays et un thème.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="194"/>
        <source>= same value everywhere (green) · ≠ values differ (amber) · grey: no data in the kit · ⚠ note on an ambiguous or corrected fact. Hover a cell for its source.</source>
        <translation>= même valeur partout (vert) · ≠ valeurs différentes (ambre) · gris : pas de donnée dans le kit · ⚠ note sur un fait ambigu ou corrigé. Survolez une cellule pour voir sa source.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="199"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="200"/>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="201"/>
        <source>Countries to compare</source>
        <translation>Pays à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="202"/>
        <source>Topics to compare</source>
        <translation>Thèmes à comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="203"/>
        <source>Comparison table: one row per attribute, one column per country</source>
        <translation>Tableau de comparaison : une ligne par critère, une colonne par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="204"/>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/compare_view.py" line="242"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>CountryView</name>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="140"/>
        <source>Sections of the sheet</source>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="141"/>
        <source>Choose a section to scroll the sheet to it</source>
        <translation>Choisissez une section pour y faire défiler la fiche</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="142"/>
        <source>Country sheet: %1</source>
        <translation>Fiche pays : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/country_view.py" line="151"/>
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
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="161"/>
        <source>Older data</source>
        <translation>Données plus anciennes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="163"/>
        <source>The older data was not installed; nothing was changed.</source>
        <translation>Les données plus anciennes n’ont pas été installées ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="167"/>
        <source>Data %1 of %2 installed. FIIT Desk now uses it.</source>
        <translation>Données %1 du %2 installées. FIIT Desk les utilise désormais.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="179"/>
        <source>The import was stopped; nothing was changed.</source>
        <translation>L’importation a été arrêtée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="183"/>
        <source>The data pack was refused and nothing was changed:
%1</source>
        <translation>Le paquet de données a été refusé et rien n’a été modifié :
%1</translation>
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
        <location filename="../../fiitdesk/ui/data_dialogs.py" line="204"/>
        <source>Remove the imported data packs and use the data FIIT Desk was installed with?</source>
        <translation>Supprimer les paquets de données importés et revenir aux données installées avec FIIT Desk ?</translation>
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
        <location filename="../../fiitdesk/ui/glossary_view.py" line="81"/>
        <source>Find a term (accents do not matter)…</source>
        <translation>Chercher un terme (les accents ne comptent pas)…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="82"/>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="83"/>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="84"/>
        <source>Definition of the chosen term</source>
        <translation>Définition du terme choisi</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/glossary_view.py" line="98"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>HotlineFinder</name>
    <message numerus="yes">
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="229"/>
        <source>%n number(s)</source>
        <extracomment>More numbers than anyone reads in a list; typing narrows it (the real kit has about 35).</extracomment>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="231"/>
        <source>only the first ones are shown: type more letters</source>
        <translation>seuls les premiers sont affichés : tapez plus de lettres</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="251"/>
        <source>No number matches. Try fewer letters, a country name or digits.</source>
        <translation>Aucun numéro ne correspond. Essayez moins de lettres, un nom de pays ou des chiffres.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="254"/>
        <source>As printed in the kit: %1</source>
        <translation>Tel qu’imprimé dans le kit : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="256"/>
        <source>International: %1</source>
        <translation>International : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="259"/>
        <source>From %1 dial: %2</source>
        <translation>Depuis %1, composer : %2</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="261"/>
        <source>Free-phone, shared-cost or short number: it may not be reachable from abroad or from every network.</source>
        <translation>Numéro gratuit, à coût partagé ou court : il peut ne pas être joignable depuis l’étranger ni depuis tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="278"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="283"/>
        <source>Country, organisation, town or digits…</source>
        <translation>Pays, organisation, ville ou chiffres…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="284"/>
        <source>Search emergency numbers</source>
        <translation>Chercher un numéro d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="285"/>
        <source>Results update as you type; accents and spaces do not matter</source>
        <translation>Les résultats s’affichent pendant la frappe ; accents et espaces ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="286"/>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="287"/>
        <source>Calling &amp;from:</source>
        <translation>J’appelle &amp;depuis :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="288"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="289"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="290"/>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="291"/>
        <source>Everyone</source>
        <translation>Tous publics</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="292"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="292"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="292"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="293"/>
        <source>Reporting a case</source>
        <translation>Signaler un cas</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="293"/>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="294"/>
        <source>General information</source>
        <translation>Information générale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="297"/>
        <source>Audience filter</source>
        <translation>Filtre par public</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="298"/>
        <source>(not set)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="299"/>
        <source>Country you are calling from</source>
        <translation>Pays depuis lequel vous appelez</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="300"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="300"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="300"/>
        <source>Number as printed</source>
        <translation>Numéro tel qu’imprimé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="301"/>
        <source>International form</source>
        <translation>Forme internationale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="301"/>
        <source>To dial</source>
        <translation>À composer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="302"/>
        <source>short number, from the country only</source>
        <translation>numéro court, depuis le pays seulement</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="305"/>
        <source>Emergency numbers found</source>
        <translation>Numéros d’urgence trouvés</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="306"/>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="307"/>
        <source>Copy the selected number (Ctrl+C)</source>
        <translation>Copier le numéro choisi (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="308"/>
        <source>Print &amp;hotline card…</source>
        <translation>Imprimer la &amp;carte des numéros…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="314"/>
        <source>Emergency numbers — %1</source>
        <translation>Numéros d’urgence — %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="315"/>
        <source>Anti-trafficking emergency numbers</source>
        <translation>Numéros d’urgence contre la traite des êtres humains</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/hotline_finder.py" line="323"/>
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
        <location filename="../../fiitdesk/ui/main_window.py" line="168"/>
        <source>FIIT Desk — assistance to victims of trafficking</source>
        <translation>FIIT Desk — assistance aux victimes de la traite</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="169"/>
        <source>Hotlines</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="170"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="171"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="172"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="173"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="174"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="175"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="177"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="178"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="180"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="180"/>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="181"/>
        <source>Export &amp;country sheets to PDF…</source>
        <translation>Exporter des &amp;fiches pays en PDF…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="182"/>
        <source>Print &amp;hotline card…</source>
        <translation>Imprimer la &amp;carte des numéros…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="182"/>
        <source>Export comparison as C&amp;SV…</source>
        <translation>Exporter la comparaison en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="183"/>
        <source>&amp;Import data pack…</source>
        <translation>&amp;Importer un paquet de données…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="184"/>
        <source>&amp;Return to the installed data</source>
        <translation>&amp;Revenir aux données installées</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="185"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="185"/>
        <source>Check the data&apos;s &amp;integrity</source>
        <translation>Vérifier l’&amp;intégrité des données</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="186"/>
        <source>Zoom &amp;in</source>
        <translation>Agrand&amp;ir</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="186"/>
        <source>Zoom &amp;out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="187"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="187"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="189"/>
        <source>&amp;Hotline finder</source>
        <translation>&amp;Numéros d’urgence</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="189"/>
        <source>&amp;Compare countries</source>
        <translation>&amp;Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="190"/>
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="190"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="191"/>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="192"/>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="192"/>
        <source>&amp;About FIIT Desk</source>
        <translation>À &amp;propos de FIIT Desk</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="198"/>
        <source>Views and countries</source>
        <translation>Vues et pays</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="255"/>
        <source>Zoom: %1</source>
        <translation>Zoom : %1</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="297"/>
        <source>Nothing to print here: tick countries and topics first.</source>
        <translation>Rien à imprimer ici : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="309"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="315"/>
        <location filename="../../fiitdesk/ui/main_window.py" line="331"/>
        <source>The printer refused the document. Check the printer and try again.</source>
        <translation>L’imprimante a refusé le document. Vérifiez l’imprimante et réessayez.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="343"/>
        <source>The PDF could not be written to %1 (%2). No PDF was written: choose a folder where you may save files, or free some space.</source>
        <translation>Le PDF n’a pas pu être enregistré dans %1 (%2). Aucun PDF n’a été écrit : choisissez un dossier où vous pouvez enregistrer des fichiers, ou libérez de la place.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="345"/>
        <source>not a file that can be written</source>
        <translation>ce n’est pas un fichier où l’on peut écrire</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="347"/>
        <source>PDF written: %1 (%2 pages)</source>
        <translation>PDF enregistré : %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="354"/>
        <source>Nothing to export here: tick countries and topics first.</source>
        <translation>Rien à exporter ici : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="357"/>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="365"/>
        <source>Export country sheets to PDF</source>
        <translation>Exporter des fiches pays en PDF</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="374"/>
        <source>Which country sheets?</source>
        <translation>Quelles fiches pays ?</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="376"/>
        <source>Countries to export</source>
        <translation>Pays à exporter</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="402"/>
        <source>Nothing to export: tick countries and topics first.</source>
        <translation>Rien à exporter : cochez d’abord des pays et des thèmes.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="404"/>
        <source>Export comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="410"/>
        <source>The file could not be written to %1. Choose a folder where you may save files.</source>
        <translation>Le fichier n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/main_window.py" line="413"/>
        <source>CSV written: %1</source>
        <translation>CSV enregistré : %1</translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="62"/>
        <location filename="../../fiitdesk/ui/practices_view.py" line="74"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location filename="../../fiitdesk/ui/practices_view.py" line="63"/>
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
</TS>
