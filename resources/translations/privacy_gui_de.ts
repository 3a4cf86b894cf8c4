<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="276"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="277"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="165"/>
        <source>%1 · changed since you did this: look again</source>
        <translation>%1 · seitdem geändert: bitte noch einmal ansehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="167"/>
        <source>%1 and checked</source>
        <translation>%1 und geprüft</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="168"/>
        <source>%1 (not for your devices)</source>
        <translation>%1 (nicht für Ihre Geräte)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="172"/>
        <source>In the settings: %1</source>
        <translation>In den Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="183"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="101"/>
        <source>‹ All products</source>
        <translation>‹ Alle Produkte</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="102"/>
        <source>Back to all products</source>
        <translation>Zurück zu allen Produkten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="105"/>
        <source>Your checklist</source>
        <translation>Ihre Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="118"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="122"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="123"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="124"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="128"/>
        <source>Show: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="143"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="156"/>
        <source>Double-click or press Enter on a setting to open it.</source>
        <translation>Doppelklicken Sie auf eine Einstellung oder drücken Sie die Eingabetaste, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="161"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="162"/>
        <source>Save the checklist as PDF, web page or spreadsheet</source>
        <translation>Checkliste als PDF, Webseite oder Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="165"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="168"/>
        <source>Start again…</source>
        <translation>Neu anfangen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="169"/>
        <source>Clear every tick in the checklist</source>
        <translation>Alle Häkchen in der Checkliste entfernen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="181"/>
        <source>%1 · changed since you did this: look again</source>
        <translation>%1 · seitdem geändert: bitte noch einmal ansehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="203"/>
        <source>Overall: %1 of %2 done</source>
        <translation>Insgesamt: %1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>ChipPath</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="244"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="119"/>
        <source>Your Microsoft privacy checklist</source>
        <translation>Ihre Datenschutz-Checkliste für Microsoft</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="124"/>
        <source>Pick a product. We explain each privacy setting in plain words, show you where to find it, and keep track of what you have done.</source>
        <translation>Wählen Sie ein Produkt. Wir erklären jede Datenschutz-Einstellung in einfachen Worten, zeigen Ihnen, wo Sie sie finden, und merken uns, was Sie schon erledigt haben.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="141"/>
        <source>Change my answers</source>
        <translation>Meine Antworten ändern</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="153"/>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="193"/>
        <source>Some content could not be loaded. The rest of the app works.</source>
        <translation>Einige Inhalte konnten nicht geladen werden. Alles andere in der App funktioniert.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="197"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="199"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…und %n weiteres Problem.</numerusform>
            <numerusform>…und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="249"/>
        <source>Overall: %1 of %2 done</source>
        <translation>Insgesamt: %1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="256"/>
        <source>You have not told us about your devices yet.</source>
        <translation>Sie haben uns noch nichts über Ihre Geräte gesagt.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="260"/>
        <source>Showing steps for: %1 · %2 · %3</source>
        <translation>Wir zeigen Schritte für: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="275"/>
        <source>Time to check again: companies sometimes switch settings back on in updates.</source>
        <translation>Zeit, noch einmal zu prüfen: Firmen schalten Einstellungen bei Updates manchmal wieder ein.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="285"/>
        <source>%1: you last went through it on %2.</source>
        <translation>%1: zuletzt am %2 durchgegangen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="291"/>
        <source>Check %1 now</source>
        <translation>%1 jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="269"/>
        <source>Start over?</source>
        <translation>Neu anfangen?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="270"/>
        <source>This clears everything on this screen for the next person.</source>
        <translation>Damit wird alles auf diesem Bildschirm für die nächste Person gelöscht.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="13"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="14"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="15"/>
        <source>Skipped for now</source>
        <translation>Auf später verschoben</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="16"/>
        <source>Doesn&apos;t apply to me</source>
        <translation>Betrifft mich nicht</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="28"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="29"/>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="30"/>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="31"/>
        <source>iPhone or iPad</source>
        <translation>iPhone oder iPad</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="32"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="39"/>
        <source>Personal account</source>
        <translation>Privates Konto</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="40"/>
        <source>Work or school account</source>
        <translation>Arbeits- oder Schulkonto</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="47"/>
        <source>European Union or EEA</source>
        <translation>Europäische Union oder EWR</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="48"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="49"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="50"/>
        <source>Somewhere else</source>
        <translation>Woanders</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="57"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="58"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="59"/>
        <source>It depends</source>
        <translation>Das kommt darauf an</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="60"/>
        <source>Not a switch</source>
        <translation>Kein Schalter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="67"/>
        <source>Switch it off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="68"/>
        <source>Switch it on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="69"/>
        <source>Keep it as it is</source>
        <translation>So lassen, wie es ist</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="70"/>
        <source>Your choice</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="71"/>
        <source>Have a look at it</source>
        <translation>Genau ansehen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="80"/>
        <source>Privacy checklist for Microsoft products</source>
        <translation>Datenschutz-Checkliste für Microsoft-Produkte</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="87"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="155"/>
        <source>%1 — privacy checklist</source>
        <translation>%1 — Datenschutz-Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="178"/>
        <source>Whose checklist:</source>
        <translation>Wessen Checkliste:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="180"/>
        <source>Whose checklist</source>
        <translation>Wessen Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="188"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="189"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="190"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="246"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="246"/>
        <source>Name (only used on this computer):</source>
        <translation>Name (nur auf diesem Computer verwendet):</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="253"/>
        <source>Could not make the profile</source>
        <translation>Das Profil konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="262"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="262"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="270"/>
        <source>Could not rename the profile</source>
        <translation>Das Profil konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="280"/>
        <source>Delete this profile?</source>
        <translation>Dieses Profil löschen?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="281"/>
        <source>This deletes the checklist of “%1” from this computer. It can&apos;t be undone.</source>
        <translation>Damit wird die Checkliste von „%1“ von diesem Computer gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="297"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="298"/>
        <source>Presenter view</source>
        <translation>Ansicht für Vortragende</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="299"/>
        <source>Save a blank handout…</source>
        <translation>Leeres Handout speichern…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="300"/>
        <source>Save my take-away record…</source>
        <translation>Meine Zusammenfassung zum Mitnehmen speichern…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="301"/>
        <source>Reset for the next person…</source>
        <translation>Für die nächste Person zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="303"/>
        <source>Add a content pack…</source>
        <translation>Inhaltspaket hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="324"/>
        <source>Save a blank handout</source>
        <translation>Leeres Handout speichern</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="326"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="678"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite (*.html);;Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="332"/>
        <source>Privacy checklist</source>
        <translation>Datenschutz-Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="337"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="697"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="344"/>
        <source>Reset for the next person?</source>
        <translation>Für die nächste Person zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="345"/>
        <source>This clears the checklist and the answers about devices for the next person.</source>
        <translation>Damit werden die Checkliste und die Antworten zu den Geräten für die nächste Person gelöscht.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="347"/>
        <source>Save a PDF record first, then reset</source>
        <translation>Erst als PDF speichern, dann zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="349"/>
        <source>Reset without saving</source>
        <translation>Ohne Speichern zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="373"/>
        <source>Choose a content pack folder</source>
        <translation>Ordner mit Inhaltspaket auswählen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="380"/>
        <source>This pack can&apos;t be used</source>
        <translation>Dieses Paket kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="385"/>
        <source>Some of this pack could not be loaded</source>
        <translation>Ein Teil dieses Pakets konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="403"/>
        <source>This is a shared computer. Nothing you do here is kept after you leave.</source>
        <translation>Dies ist ein gemeinsam genutzter Computer. Nichts, was Sie hier tun, bleibt gespeichert, wenn Sie gehen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="406"/>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="407"/>
        <source>Clear everything for the next person</source>
        <translation>Alles für die nächste Person löschen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="433"/>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="434"/>
        <source>Save a copy of the checklist…</source>
        <translation>Kopie der Checkliste speichern…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="437"/>
        <source>Print the checklist…</source>
        <translation>Checkliste drucken…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="442"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="443"/>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="444"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="445"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="446"/>
        <source>Find a setting…</source>
        <translation>Einstellung suchen…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="449"/>
        <source>Bigger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="454"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="455"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="456"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="458"/>
        <source>Like my computer</source>
        <translation>Wie auf meinem Computer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="459"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="460"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="461"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="464"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="469"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="470"/>
        <source>Change my devices, account and region…</source>
        <translation>Meine Geräte, mein Konto und meine Region ändern…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="471"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="472"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="725"/>
        <source>Where is my progress kept?</source>
        <translation>Wo wird mein Fortschritt gespeichert?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="473"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="737"/>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="650"/>
        <source>Start the checklist again?</source>
        <translation>Checkliste neu anfangen?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="652"/>
        <source>This clears every tick for every product. Your answers about your devices are kept. This can&apos;t be undone.</source>
        <translation>Damit werden alle Häkchen bei allen Produkten entfernt. Ihre Antworten zu Ihren Geräten bleiben erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="667"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="695"/>
        <source>My privacy checklist</source>
        <translation>Meine Datenschutz-Checkliste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="676"/>
        <source>Save a copy of the checklist</source>
        <translation>Kopie der Checkliste speichern</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="722"/>
        <source>nowhere: it is kept in memory only</source>
        <translation>nirgends: sie liegt nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="727"/>
        <source>Your checklist is saved on this computer only, in:
%1

It holds your ticks, when you made them, and your answers about your devices. This app never sends anything over the internet.</source>
        <translation>Ihre Checkliste wird nur auf diesem Computer gespeichert, und zwar hier:
%1

Darin stehen Ihre Häkchen, wann Sie sie gesetzt haben, und Ihre Antworten zu Ihren Geräten. Diese App sendet nie etwas über das Internet.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="739"/>
        <source>Privacy checklist for Microsoft products, version %1.

It explains the privacy settings of Microsoft Office, LinkedIn and Copilot in plain words, and keeps a checklist on this computer. It works offline and sends nothing.</source>
        <translation>Datenschutz-Checkliste für Microsoft-Produkte, Version %1.

Die App erklärt die Datenschutz-Einstellungen von Microsoft Office, LinkedIn und Copilot in einfachen Worten und führt eine Checkliste auf diesem Computer. Sie funktioniert ohne Internet und sendet nichts.</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="30"/>
        <source>Trainer notes</source>
        <translation>Notizen für Kursleitende</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="44"/>
        <source>Block:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="45"/>
        <source>Plan notes:</source>
        <translation>Notizen zum Plan:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="46"/>
        <source>Please note:</source>
        <translation>Bitte beachten:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="47"/>
        <source>Work or school accounts:</source>
        <translation>Arbeits- oder Schulkonten:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="48"/>
        <source>We suggest:</source>
        <translation>Unser Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="49"/>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="345"/>
        <source>Page content</source>
        <translation>Seiteninhalt</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="122"/>
        <source>Staff only</source>
        <translation>Nur für Personal</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="124"/>
        <source>Enter the staff PIN to leave kiosk mode</source>
        <translation>Geben Sie die PIN für das Personal ein, um den Kioskmodus zu beenden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="127"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="133"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="136"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="156"/>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="162"/>
        <source>Too many wrong tries. Wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Versuche. Bitte warten Sie %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche Versuche. Bitte warten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="82"/>
        <source>Presenter view</source>
        <translation>Ansicht für Vortragende</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="91"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="92"/>
        <source>Page Up, Left arrow</source>
        <translation>Bild auf, Pfeil nach links</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="96"/>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="99"/>
        <source>Bigger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="103"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="104"/>
        <source>Page Down, Right arrow, Space</source>
        <translation>Bild ab, Pfeil nach rechts, Leertaste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="151"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="158"/>
        <source>In the settings: “%1”</source>
        <translation>In den Einstellungen: „%1“</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="76"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="81"/>
        <source>%1 progress: %2 of %3 done</source>
        <translation>Fortschritt bei %1: %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="88"/>
        <source>%n step(s) changed since you did them: look again</source>
        <translation>
            <numerusform>%n Schritt hat sich geändert, seit Sie ihn erledigt haben: bitte noch einmal ansehen</numerusform>
            <numerusform>%n Schritte haben sich geändert, seit Sie sie erledigt haben: bitte noch einmal ansehen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="91"/>
        <source>Look again</source>
        <translation>Noch einmal ansehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="93"/>
        <source>Review</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="95"/>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="97"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="24"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="55"/>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="58"/>
        <source>Open this on your phone</source>
        <translation>Auf dem Handy öffnen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="61"/>
        <source>Point your phone&apos;s camera at the square. Your phone will offer to open the page.</source>
        <translation>Richten Sie die Kamera Ihres Handys auf das Quadrat. Ihr Handy bietet dann an, die Seite zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="70"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="74"/>
        <source>Then follow these steps on your phone:</source>
        <translation>Folgen Sie dann auf Ihrem Handy diesen Schritten:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="30"/>
        <source>Search, for example: AI training, ads, Copilot key</source>
        <translation>Suchen, zum Beispiel: KI-Training, Werbung, Copilot-Taste</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="31"/>
        <source>Search settings</source>
        <translation>Einstellungen suchen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="32"/>
        <source>Find a setting by its name or what it does (Ctrl+F)</source>
        <translation>Einstellung nach Name oder Funktion suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="42"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="64"/>
        <source>matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/search_box.py" line="69"/>
        <source>%n setting(s) found.</source>
        <translation>
            <numerusform>%n Einstellung gefunden.</numerusform>
            <numerusform>%n Einstellungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="71"/>
        <source>Nothing found. Try other words.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit anderen Wörtern.</translation>
    </message>
</context>
<context>
    <name>SettingPage</name>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="119"/>
        <source>In the settings it is called:</source>
        <translation>In den Einstellungen heißt es:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="131"/>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="132"/>
        <source>What data it touches</source>
        <translation>Welche Daten betroffen sind</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="141"/>
        <source>How it is set at first</source>
        <translation>Wie es am Anfang eingestellt ist</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="141"/>
        <source>Before you start</source>
        <translation>Bevor Sie anfangen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="146"/>
        <source>What you lose if you switch it off</source>
        <translation>Was Sie verlieren, wenn Sie es ausschalten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="146"/>
        <source>What to keep in mind</source>
        <translation>Was Sie beachten sollten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="154"/>
        <source>What we suggest</source>
        <translation>Unser Vorschlag</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="156"/>
        <source>Where to find it</source>
        <translation>Wo Sie es finden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="165"/>
        <source>Drawing of where the switch is: %1</source>
        <translation>Zeichnung, die zeigt, wo der Schalter ist: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="170"/>
        <source>How to check it worked</source>
        <translation>So prüfen Sie, ob es geklappt hat</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="171"/>
        <location filename="../../privacy_gui/ui/setting_page.py" line="309"/>
        <source>I checked and it worked</source>
        <translation>Ich habe geprüft: Es hat geklappt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="174"/>
        <source>Marks that you checked the setting took effect. It also marks the step as done.</source>
        <translation>Hält fest, dass Sie geprüft haben, ob die Einstellung wirkt. Der Schritt gilt dann auch als erledigt.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="182"/>
        <source>More detail</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="183"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="192"/>
        <source>This page has not been translated into your language yet, so it is shown in English.</source>
        <translation>Diese Seite ist noch nicht übersetzt. Deshalb sehen Sie sie auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="196"/>
        <source>The translation of this page is older than the English page, so it is shown in English.</source>
        <translation>Die Übersetzung dieser Seite ist älter als die englische Seite. Deshalb sehen Sie sie auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="199"/>
        <source>Shown in English</source>
        <translation>Auf Englisch angezeigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="201"/>
        <source>The advice on this page was updated.</source>
        <translation>Die Hinweise auf dieser Seite wurden aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="202"/>
        <source>Changed since you did this: look again</source>
        <translation>Geändert, seit Sie das erledigt haben: bitte noch einmal ansehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="203"/>
        <source>I looked again: it is still done</source>
        <translation>Ich habe noch einmal nachgesehen: Es ist weiterhin erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="214"/>
        <source>This page may be out of date</source>
        <translation>Diese Seite ist vielleicht nicht mehr aktuell</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="215"/>
        <source>We last checked this on %1. %2 may have changed it since.</source>
        <translation>Wir haben das zuletzt am %1 geprüft. %2 hat es seitdem vielleicht geändert.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="217"/>
        <source>The vendor</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="221"/>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="225"/>
        <source>This may not be for you</source>
        <translation>Das betrifft Sie vielleicht nicht</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="226"/>
        <source>Going by your answers, this setting does not apply to you.</source>
        <translation>Nach Ihren Antworten betrifft diese Einstellung Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="232"/>
        <source>Work or school account?</source>
        <translation>Arbeits- oder Schulkonto?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="233"/>
        <source>Your organisation&apos;s IT admin may control this setting.</source>
        <translation>Vielleicht legt das IT-Team Ihrer Organisation diese Einstellung fest.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="306"/>
        <source>Checked on %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="322"/>
        <source>Show the steps for:</source>
        <translation>Schritte anzeigen für:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="329"/>
        <source>Steps for %1</source>
        <translation>Schritte für %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="356"/>
        <source>On %1, go to:</source>
        <translation>So finden Sie es (%1):</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="363"/>
        <source>Where we could not check the names of menus and buttons in your language, the steps show the English names. If your device uses another language, look for the same words in that language.</source>
        <translation>Wo wir die Namen von Menüs und Schaltflächen nicht auf Deutsch prüfen konnten, zeigen die Schritte die englischen Namen. Wenn Ihr Gerät nicht auf Englisch eingestellt ist, suchen Sie dort nach den Wörtern mit derselben Bedeutung.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="372"/>
        <source>We could not confirm these steps</source>
        <translation>Wir konnten diese Schritte nicht selbst prüfen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="374"/>
        <source>The vendor may show this in a different place on your device. If you can&apos;t find it, look for the setting&apos;s name.</source>
        <translation>Der Anbieter zeigt das auf Ihrem Gerät vielleicht an einer anderen Stelle. Wenn Sie es nicht finden, suchen Sie nach dem Namen der Einstellung.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="384"/>
        <source>Open this setting</source>
        <translation>Diese Einstellung öffnen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="387"/>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="392"/>
        <source>Send to my phone</source>
        <translation>An mein Handy senden</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="393"/>
        <source>Show a QR code to open this page on your phone</source>
        <translation>QR-Code zeigen, um diese Seite auf dem Handy zu öffnen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="405"/>
        <source>regulator</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="406"/>
        <source>news report</source>
        <translation>Pressebericht</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="407"/>
        <source>stored copy</source>
        <translation>archivierte Kopie</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="408"/>
        <source>other source</source>
        <translation>andere Quelle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="414"/>
        <source>[read in: %1]</source>
        <translation>[Sprache: %1]</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="419"/>
        <source>We last checked this page against its sources on %1.</source>
        <translation>Wir haben diese Seite zuletzt am %1 mit ihren Quellen verglichen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="496"/>
        <source>Web address. Ctrl+C copies it.</source>
        <translation>Webadresse. Strg+C kopiert sie.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="500"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="34"/>
        <source>First, three quick questions</source>
        <translation>Zuerst drei kurze Fragen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="39"/>
        <source>Your answers decide which steps we show you. They stay on this computer. You can change them later.</source>
        <translation>Ihre Antworten bestimmen, welche Schritte wir Ihnen zeigen. Die Antworten bleiben auf diesem Computer, und Sie können sie später ändern.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="45"/>
        <source>1. Which devices do you use?</source>
        <translation>1. Welche Geräte nutzen Sie?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="55"/>
        <source>2. What kind of account do you use?</source>
        <translation>2. Was für ein Konto nutzen Sie?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="65"/>
        <source>A work or school account is one your employer or school gave you.</source>
        <translation>Ein Arbeits- oder Schulkonto haben Sie von Ihrem Arbeitgeber oder Ihrer Schule bekommen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="69"/>
        <source>3. Where do you live?</source>
        <translation>3. Wo wohnen Sie?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="78"/>
        <source>Some settings start differently in some places.</source>
        <translation>Je nach Land sind manche Einstellungen am Anfang anders eingestellt.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="86"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="116"/>
        <source>Tick at least one device to continue.</source>
        <translation>Wählen Sie mindestens ein Gerät aus, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="85"/>
        <location filename="../../privacy_gui/ui/kiosk.py" line="89"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="92"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="111"/>
        <source>To keep your answers private, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>Damit Ihre Antworten privat bleiben, startet dieser Bildschirm in %n Sekunde neu.</numerusform>
            <numerusform>Damit Ihre Antworten privat bleiben, startet dieser Bildschirm in %n Sekunden neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="83"/>
        <source>‹ All products</source>
        <translation>‹ Alle Produkte</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="84"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="461"/>
        <source>Back to all products</source>
        <translation>Zurück zu allen Produkten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="93"/>
        <source>Progress through this product</source>
        <translation>Fortschritt bei diesem Produkt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="109"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="110"/>
        <source>Previous step (Alt+B or Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+B oder Alt+Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="117"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="117"/>
        <source>I have done this (Alt+D)</source>
        <translation>Das habe ich erledigt (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="120"/>
        <source>Skip for now</source>
        <translation>Später machen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="121"/>
        <source>Come back to this later (Alt+S)</source>
        <translation>Später darauf zurückkommen (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="125"/>
        <source>Doesn&apos;t apply to me</source>
        <translation>Betrifft mich nicht</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="126"/>
        <source>This is not for me (Alt+A)</source>
        <translation>Das gilt nicht für mich (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="137"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="497"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="139"/>
        <source>Next step (Alt+N or Alt+Right)</source>
        <translation>Nächster Schritt (Alt+N oder Alt+Pfeil rechts)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="281"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="325"/>
        <source>%1: what we will look at</source>
        <translation>%1: Das sehen wir uns an</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="338"/>
        <source>Untick a setting to leave it out. You can come back here and add it again at any time.</source>
        <translation>Nehmen Sie das Häkchen weg, um eine Einstellung auszulassen. Sie können jederzeit hierher zurückkommen und sie wieder dazunehmen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="347"/>
        <source>Go through this setting</source>
        <translation>Diese Einstellung durchgehen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="352"/>
        <source>Choose all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="355"/>
        <source>Choose none</source>
        <translation>Keine wählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="364"/>
        <source>%n more setting(s) are hidden because they don&apos;t apply to your devices or account.</source>
        <translation>
            <numerusform>%n weitere Einstellung ist ausgeblendet, weil sie nicht zu Ihren Geräten oder Ihrem Konto passt.</numerusform>
            <numerusform>%n weitere Einstellungen sind ausgeblendet, weil sie nicht zu Ihren Geräten oder Ihrem Konto passen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="370"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="393"/>
        <source>You will go through %1 of %n setting(s):</source>
        <translation>
            <numerusform>Sie gehen %1 von %n Einstellung durch:</numerusform>
            <numerusform>Sie gehen %1 von %n Einstellungen durch:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="407"/>
        <source>Your %1 summary</source>
        <translation>Ihre Zusammenfassung für %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="411"/>
        <source>%1 of %2 done, %3 skipped for now, %4 not for you.</source>
        <translation>%1 von %2 erledigt, %3 auf später verschoben, %4 nicht für Sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="427"/>
        <source>You left out %n setting(s). To add them, go back to the first page of this guide.</source>
        <translation>
            <numerusform>Sie haben %n Einstellung ausgelassen. Um sie dazuzunehmen, gehen Sie zur ersten Seite dieser Anleitung zurück.</numerusform>
            <numerusform>Sie haben %n Einstellungen ausgelassen. Um sie dazuzunehmen, gehen Sie zur ersten Seite dieser Anleitung zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="434"/>
        <source>You can come back to skipped steps at any time.</source>
        <translation>Zu Schritten, die Sie auf später verschoben haben, können Sie jederzeit zurückkehren.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="439"/>
        <source>Companies sometimes switch features back on in updates. We can remind you to go through this again when you next open the app.</source>
        <translation>Firmen schalten Funktionen bei Updates manchmal wieder ein. Wir können Sie daran erinnern, das beim nächsten Öffnen der App noch einmal durchzugehen.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="445"/>
        <source>Remind me to check again:</source>
        <translation>Mich erinnern, noch einmal zu prüfen:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="447"/>
        <source>Remind me to check again</source>
        <translation>Mich erinnern, noch einmal zu prüfen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="458"/>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="472"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="473"/>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="474"/>
        <source>In 3 months</source>
        <translation>In 3 Monaten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="475"/>
        <source>In 6 months</source>
        <translation>In 6 Monaten</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="476"/>
        <source>In a year</source>
        <translation>In einem Jahr</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="487"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="489"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="492"/>
        <source>Setting %1 of %2</source>
        <translation>Einstellung %1 von %2</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="497"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="509"/>
        <source>Your answer: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
</context>
</TS>
