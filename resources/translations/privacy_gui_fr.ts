<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="164"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="165"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="165"/>
        <source>%1 · changed since you did this: look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="167"/>
        <source>%1 and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="168"/>
        <source>%1 (not for your devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="172"/>
        <source>In the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="183"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="73"/>
        <source>‹ All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="74"/>
        <source>Back to all products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="77"/>
        <source>Your checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="90"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="94"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="95"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="96"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="100"/>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="115"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="128"/>
        <source>Double-click or press Enter on a setting to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="131"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="132"/>
        <source>Save the checklist as PDF, web page or spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="135"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="139"/>
        <source>Start again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="140"/>
        <source>Clear every tick in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="152"/>
        <source>%1 · changed since you did this: look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="174"/>
        <source>Overall: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipPath</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="132"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="116"/>
        <source>Your Microsoft privacy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="121"/>
        <source>Pick a product. We explain each privacy setting in plain words, show you where to find it, and keep track of what you have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="134"/>
        <source>Change my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="145"/>
        <source>Open the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="186"/>
        <source>Some content could not be loaded. The rest of the app works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="190"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="192"/>
        <source>…and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="209"/>
        <source>Overall: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="216"/>
        <source>You have not told us about your devices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="220"/>
        <source>Showing steps for: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="235"/>
        <source>Time to check again: companies sometimes switch settings back on in updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="245"/>
        <source>%1: you last went through it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="251"/>
        <source>Check %1 now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="268"/>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="269"/>
        <source>This clears everything on this screen for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="80"/>
        <source>Privacy checklist for Microsoft products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="117"/>
        <source>%1 — privacy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="132"/>
        <source>Whose checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="134"/>
        <source>Whose checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="140"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="141"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="142"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="197"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="197"/>
        <source>Name (only used on this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="204"/>
        <source>Could not make the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="213"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="213"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="221"/>
        <source>Could not rename the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="231"/>
        <source>Delete this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="232"/>
        <source>This deletes the checklist of “%1” from this computer. It can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="248"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="249"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="250"/>
        <source>Save a blank handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="251"/>
        <source>Save my take-away record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="252"/>
        <source>Reset for the next person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="254"/>
        <source>Add a content pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="275"/>
        <source>Save a blank handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="277"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="616"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="283"/>
        <source>Privacy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="288"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="635"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="295"/>
        <source>Reset for the next person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="296"/>
        <source>This clears the checklist and the answers about devices for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="298"/>
        <source>Save a PDF record first, then reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="300"/>
        <source>Reset without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="323"/>
        <source>Choose a content pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="330"/>
        <source>This pack can&apos;t be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="335"/>
        <source>Some of this pack could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="349"/>
        <source>This is a shared computer. Nothing you do here is kept after you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="352"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="353"/>
        <source>Clear everything for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="379"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="380"/>
        <source>Save a copy of the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="383"/>
        <source>Print the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="388"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="389"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="390"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="391"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="392"/>
        <source>Find a setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="395"/>
        <source>Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="400"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="401"/>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="402"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="404"/>
        <source>Like my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="405"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="406"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="407"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="410"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="411"/>
        <source>Change my devices, account and region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="412"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="413"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="661"/>
        <source>Where is my progress kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="414"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="673"/>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="588"/>
        <source>Start the checklist again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="590"/>
        <source>This clears every tick for every product. Your answers about your devices are kept. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="605"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="633"/>
        <source>My privacy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="614"/>
        <source>Save a copy of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="658"/>
        <source>nowhere: it is kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="663"/>
        <source>Your checklist is saved on this computer only, in:
%1

It holds your ticks, when you made them, and your answers about your devices. This app never sends anything over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="675"/>
        <source>Privacy checklist for Microsoft products, version %1.

It explains the privacy settings of Microsoft Office, LinkedIn and Copilot in plain words, and keeps a checklist on this computer. It works offline and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="30"/>
        <source>Trainer notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="232"/>
        <source>Page content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="121"/>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="123"/>
        <source>Enter the staff PIN to leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="126"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="135"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="155"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="161"/>
        <source>Too many wrong tries. Wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="78"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="87"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="88"/>
        <source>Page Up, Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="92"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="95"/>
        <source>Bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="99"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="100"/>
        <source>Page Down, Right arrow, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="147"/>
        <source>%1 · step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="154"/>
        <source>In the settings: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="74"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="79"/>
        <source>%1 progress: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="86"/>
        <source>%n step(s) changed since you did them: look again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="89"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="91"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="93"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="95"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="24"/>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="55"/>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="58"/>
        <source>Open this on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="61"/>
        <source>Point your phone&apos;s camera at the square. Your phone will offer to open the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="70"/>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="74"/>
        <source>Then follow these steps on your phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="29"/>
        <source>Search, for example: AI training, ads, Copilot key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="30"/>
        <source>Search settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="31"/>
        <source>Find a setting by its name or what it does (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="41"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="63"/>
        <source>matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/search_box.py" line="68"/>
        <source>%n setting(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="70"/>
        <source>Nothing found. Try other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingPage</name>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="111"/>
        <source>In the settings it is called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="124"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="125"/>
        <source>What data it touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="134"/>
        <source>How it is set at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="134"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="139"/>
        <source>What you lose if you switch it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="139"/>
        <source>What to keep in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="147"/>
        <source>What we suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="149"/>
        <source>Where to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="158"/>
        <source>Drawing of where the switch is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="163"/>
        <source>How to check it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="164"/>
        <location filename="../../privacy_gui/ui/setting_page.py" line="289"/>
        <source>I checked and it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="167"/>
        <source>Marks that you checked the setting took effect. It also marks the step as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="175"/>
        <source>More detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="176"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="183"/>
        <source>The advice on this page was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="184"/>
        <source>Changed since you did this: look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="185"/>
        <source>I looked again: it is still done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="196"/>
        <source>This page may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="197"/>
        <source>We last checked this on %1. %2 may have changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="199"/>
        <source>The vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="203"/>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="207"/>
        <source>This may not be for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="208"/>
        <source>Going by your answers, this setting does not apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="214"/>
        <source>Work or school account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="215"/>
        <source>Your organisation&apos;s IT admin may control this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="286"/>
        <source>Checked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="301"/>
        <source>Show the steps for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="308"/>
        <source>Steps for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="335"/>
        <source>On %1, go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="342"/>
        <source>We could not confirm these steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="344"/>
        <source>The vendor may show this in a different place on your device. If you can&apos;t find it, look for the setting&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="353"/>
        <source>Open this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="356"/>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="361"/>
        <source>Send to my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="362"/>
        <source>Show a QR code to open this page on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="377"/>
        <source>regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="378"/>
        <source>news report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="379"/>
        <source>stored copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="380"/>
        <source>other source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="386"/>
        <source>[read in: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="391"/>
        <source>We last checked this page against its sources on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="34"/>
        <source>First, three quick questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="39"/>
        <source>Your answers decide which steps we show you. They stay on this computer. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="45"/>
        <source>1. Which devices do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="55"/>
        <source>2. What kind of account do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="65"/>
        <source>A work or school account is one your employer or school gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="69"/>
        <source>3. Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="78"/>
        <source>Some settings start differently in some places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="86"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="116"/>
        <source>Tick at least one device to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="84"/>
        <location filename="../../privacy_gui/ui/kiosk.py" line="88"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="91"/>
        <source>Yes, I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="110"/>
        <source>To keep your answers private, this screen starts over in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="83"/>
        <source>‹ All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="84"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="369"/>
        <source>Back to all products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="94"/>
        <source>Progress through this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="105"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="106"/>
        <source>Previous step (Alt+B or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="120"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="120"/>
        <source>I have done this (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="123"/>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="124"/>
        <source>Come back to this later (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="128"/>
        <source>Doesn&apos;t apply to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="129"/>
        <source>This is not for me (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="143"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="396"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="145"/>
        <source>Next step (Alt+N or Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="288"/>
        <source>%1: what we will look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="299"/>
        <source>%n setting(s) to go through:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="305"/>
        <source>%n more setting(s) are hidden because they don&apos;t apply to your devices or account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="311"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="325"/>
        <source>Your %1 summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="329"/>
        <source>%1 of %2 done, %3 skipped for now, %4 not for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="342"/>
        <source>You can come back to skipped steps at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="347"/>
        <source>Companies sometimes switch features back on in updates. We can remind you to go through this again when you next open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="353"/>
        <source>Remind me to check again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="355"/>
        <source>Remind me to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="366"/>
        <source>Open the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="386"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="388"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="391"/>
        <source>Setting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="396"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="406"/>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
