<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="192"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="161"/>
        <source>Too many wrong tries. Wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="86"/>
        <source>%n step(s) changed since you did them: look again</source>
        <translation>
            <numerusform>%n step changed since you did it: look again</numerusform>
            <numerusform>%n steps changed since you did them: look again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/search_box.py" line="69"/>
        <source>%n setting(s) found.</source>
        <translation>
            <numerusform>%n setting found.</numerusform>
            <numerusform>%n settings found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="110"/>
        <source>To keep your answers private, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>To keep your answers private, this screen starts over in %n second.</numerusform>
            <numerusform>To keep your answers private, this screen starts over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="357"/>
        <source>%n more setting(s) are hidden because they don&apos;t apply to your devices or account.</source>
        <translation>
            <numerusform>%n more setting is hidden because it doesn&apos;t apply to your devices or account.</numerusform>
            <numerusform>%n more settings are hidden because they don&apos;t apply to your devices or account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="386"/>
        <source>You will go through %1 of %n setting(s):</source>
        <translation>
            <numerusform>You will go through %1 of %n setting:</numerusform>
            <numerusform>You will go through %1 of %n settings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="420"/>
        <source>You left out %n setting(s). To add them, go back to the first page of this guide.</source>
        <translation>
            <numerusform>You left out %n setting. To add it, go back to the first page of this guide.</numerusform>
            <numerusform>You left out %n settings. To add them, go back to the first page of this guide.</numerusform>
        </translation>
    </message>
</context>
</TS>
