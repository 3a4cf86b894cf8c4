<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="276"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="277"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="129"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="165"/>
        <source>%1 · changed since you did this: look again</source>
        <translation>%1 · modifié depuis que vous l’avez fait&#xa0;: à revoir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="167"/>
        <source>%1 and checked</source>
        <translation>%1 et vérifié</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="168"/>
        <source>%1 (not for your devices)</source>
        <translation>%1 (pas pour vos appareils)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="172"/>
        <source>In the settings: %1</source>
        <translation>Dans les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_model.py" line="183"/>
        <source>%1 of %2 done</source>
        <translation>Fait&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="101"/>
        <source>‹ All products</source>
        <translation>‹ Tous les produits</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="102"/>
        <source>Back to all products</source>
        <translation>Retour à tous les produits</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="105"/>
        <source>Your checklist</source>
        <translation>Votre liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="118"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="122"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="123"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="124"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="128"/>
        <source>Show: %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="143"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="156"/>
        <source>Double-click or press Enter on a setting to open it.</source>
        <translation>Double-cliquez sur un réglage ou appuyez sur Entrée pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="161"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="162"/>
        <source>Save the checklist as PDF, web page or spreadsheet</source>
        <translation>Enregistrer la liste de contrôle en PDF, en page web ou en feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="165"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="168"/>
        <source>Start again…</source>
        <translation>Recommencer…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="169"/>
        <source>Clear every tick in the checklist</source>
        <translation>Effacer toutes les coches de la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="181"/>
        <source>%1 · changed since you did this: look again</source>
        <translation>%1 · modifié depuis que vous l’avez fait&#xa0;: à revoir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/checklist_view.py" line="203"/>
        <source>Overall: %1 of %2 done</source>
        <translation>Progression totale&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ChipPath</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="244"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="119"/>
        <source>Your Microsoft privacy checklist</source>
        <translation>Votre liste de contrôle de confidentialité Microsoft</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="124"/>
        <source>Pick a product. We explain each privacy setting in plain words, show you where to find it, and keep track of what you have done.</source>
        <translation>Choisissez un produit. Nous expliquons chaque réglage de confidentialité avec des mots simples, nous vous montrons où le trouver et nous notons ce que vous avez déjà fait.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="141"/>
        <source>Change my answers</source>
        <translation>Modifier mes réponses</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="153"/>
        <source>Open the checklist</source>
        <translation>Ouvrir la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="193"/>
        <source>Some content could not be loaded. The rest of the app works.</source>
        <translation>Une partie du contenu n’a pas pu être chargée. Le reste de l’application fonctionne.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="197"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="199"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="249"/>
        <source>Overall: %1 of %2 done</source>
        <translation>Progression totale&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="256"/>
        <source>You have not told us about your devices yet.</source>
        <translation>Vous n’avez pas encore répondu aux questions sur vos appareils.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="260"/>
        <source>Showing steps for: %1 · %2 · %3</source>
        <translation>Étapes affichées pour&#xa0;: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="275"/>
        <source>Time to check again: companies sometimes switch settings back on in updates.</source>
        <translation>C’est le moment de revérifier&#xa0;: les entreprises réactivent parfois des réglages lors des mises à jour.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="285"/>
        <source>%1: you last went through it on %2.</source>
        <translation>%1&#xa0;: dernier passage en revue le %2.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="291"/>
        <source>Check %1 now</source>
        <translation>Vérifier %1 maintenant</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="269"/>
        <source>Start over?</source>
        <translation>Tout recommencer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="270"/>
        <source>This clears everything on this screen for the next person.</source>
        <translation>Tout ce qui est à l’écran sera effacé pour la personne suivante.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="13"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="14"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="15"/>
        <source>Skipped for now</source>
        <translation>Remis à plus tard</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="16"/>
        <source>Doesn&apos;t apply to me</source>
        <translation>Ne me concerne pas</translation>
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
        <translation>Navigateur web</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="31"/>
        <source>iPhone or iPad</source>
        <translation>iPhone ou iPad</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="32"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="39"/>
        <source>Personal account</source>
        <translation>Compte personnel</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="40"/>
        <source>Work or school account</source>
        <translation>Compte professionnel ou scolaire</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="47"/>
        <source>European Union or EEA</source>
        <translation>Union européenne ou EEE</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="48"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="49"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="50"/>
        <source>Somewhere else</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="57"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="58"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="59"/>
        <source>It depends</source>
        <translation>Cela dépend</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="60"/>
        <source>Not a switch</source>
        <translation>Pas un interrupteur</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="67"/>
        <source>Switch it off</source>
        <translation>Désactivez-le</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="68"/>
        <source>Switch it on</source>
        <translation>Activez-le</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="69"/>
        <source>Keep it as it is</source>
        <translation>Laissez-le tel quel</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="70"/>
        <source>Your choice</source>
        <translation>À vous de choisir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/labels.py" line="71"/>
        <source>Have a look at it</source>
        <translation>Jetez-y un coup d’œil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="80"/>
        <source>Privacy checklist for Microsoft products</source>
        <translation>Liste de contrôle de confidentialité pour les produits Microsoft</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="87"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="155"/>
        <source>%1 — privacy checklist</source>
        <translation>%1 — liste de contrôle de confidentialité</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="178"/>
        <source>Whose checklist:</source>
        <translation>Liste de contrôle de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="180"/>
        <source>Whose checklist</source>
        <translation>À qui est cette liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="188"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="189"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="190"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="246"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="246"/>
        <source>Name (only used on this computer):</source>
        <translation>Nom (utilisé seulement sur cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="253"/>
        <source>Could not make the profile</source>
        <translation>Impossible de créer le profil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="262"/>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="262"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="270"/>
        <source>Could not rename the profile</source>
        <translation>Impossible de renommer le profil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="280"/>
        <source>Delete this profile?</source>
        <translation>Supprimer ce profil&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="281"/>
        <source>This deletes the checklist of “%1” from this computer. It can&apos;t be undone.</source>
        <translation>La liste de contrôle de «&#xa0;%1&#xa0;» sera supprimée de cet ordinateur. Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="297"/>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="298"/>
        <source>Presenter view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="299"/>
        <source>Save a blank handout…</source>
        <translation>Enregistrer un document vierge à distribuer…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="300"/>
        <source>Save my take-away record…</source>
        <translation>Enregistrer mon bilan à emporter…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="301"/>
        <source>Reset for the next person…</source>
        <translation>Réinitialiser pour la personne suivante…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="303"/>
        <source>Add a content pack…</source>
        <translation>Ajouter un pack de contenu…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="324"/>
        <source>Save a blank handout</source>
        <translation>Enregistrer un document vierge à distribuer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="326"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="678"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Document PDF (*.pdf);;Page web (*.html);;Feuille de calcul (*.csv)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="332"/>
        <source>Privacy checklist</source>
        <translation>Liste de contrôle de confidentialité</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="337"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="697"/>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="344"/>
        <source>Reset for the next person?</source>
        <translation>Réinitialiser pour la personne suivante&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="345"/>
        <source>This clears the checklist and the answers about devices for the next person.</source>
        <translation>La liste de contrôle et les réponses sur les appareils seront effacées pour la personne suivante.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="347"/>
        <source>Save a PDF record first, then reset</source>
        <translation>Enregistrer d’abord un bilan PDF, puis réinitialiser</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="349"/>
        <source>Reset without saving</source>
        <translation>Réinitialiser sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="373"/>
        <source>Choose a content pack folder</source>
        <translation>Choisir un dossier de pack de contenu</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="380"/>
        <source>This pack can&apos;t be used</source>
        <translation>Ce pack ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="385"/>
        <source>Some of this pack could not be loaded</source>
        <translation>Une partie de ce pack n’a pas pu être chargée</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="403"/>
        <source>This is a shared computer. Nothing you do here is kept after you leave.</source>
        <translation>Cet ordinateur est partagé. Rien de ce que vous faites ici n’est gardé après votre départ.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="406"/>
        <source>Start over</source>
        <translation>Tout recommencer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="407"/>
        <source>Clear everything for the next person</source>
        <translation>Tout effacer pour la personne suivante</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="433"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="434"/>
        <source>Save a copy of the checklist…</source>
        <translation>Enregistrer une copie de la liste de contrôle…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="437"/>
        <source>Print the checklist…</source>
        <translation>Imprimer la liste de contrôle…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="442"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="443"/>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="444"/>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="445"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="446"/>
        <source>Find a setting…</source>
        <translation>Rechercher un réglage…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="449"/>
        <source>Bigger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="454"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="455"/>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="456"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="458"/>
        <source>Like my computer</source>
        <translation>Comme mon ordinateur</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="459"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="460"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="461"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="464"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="469"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="470"/>
        <source>Change my devices, account and region…</source>
        <translation>Modifier mes appareils, mon compte et ma région…</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="471"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="472"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="725"/>
        <source>Where is my progress kept?</source>
        <translation>Où ma progression est-elle enregistrée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="473"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="737"/>
        <source>About this app</source>
        <translation>À propos de cette application</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="650"/>
        <source>Start the checklist again?</source>
        <translation>Recommencer la liste de contrôle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="652"/>
        <source>This clears every tick for every product. Your answers about your devices are kept. This can&apos;t be undone.</source>
        <translation>Toutes les coches de tous les produits seront effacées. Vos réponses sur vos appareils seront conservées. Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="667"/>
        <location filename="../../privacy_gui/ui/main_window.py" line="695"/>
        <source>My privacy checklist</source>
        <translation>Ma liste de contrôle de confidentialité</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="676"/>
        <source>Save a copy of the checklist</source>
        <translation>Enregistrer une copie de la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="722"/>
        <source>nowhere: it is kept in memory only</source>
        <translation>nulle part&#xa0;: elle est gardée en mémoire seulement</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="727"/>
        <source>Your checklist is saved on this computer only, in:
%1

It holds your ticks, when you made them, and your answers about your devices. This app never sends anything over the internet.</source>
        <translation>Votre liste de contrôle est enregistrée uniquement sur cet ordinateur, dans&#xa0;:
%1

Elle contient vos coches, leur date et vos réponses sur vos appareils. Cette application n’envoie jamais rien sur Internet.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/main_window.py" line="739"/>
        <source>Privacy checklist for Microsoft products, version %1.

It explains the privacy settings of Microsoft Office, LinkedIn and Copilot in plain words, and keeps a checklist on this computer. It works offline and sends nothing.</source>
        <translation>Liste de contrôle de confidentialité pour les produits Microsoft, version %1.

Cette application explique avec des mots simples les réglages de confidentialité de Microsoft Office, LinkedIn et Copilot, et tient une liste de contrôle sur cet ordinateur. Elle fonctionne hors connexion et n’envoie rien.</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="30"/>
        <source>Trainer notes</source>
        <translation>Notes du formateur</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="44"/>
        <source>Block:</source>
        <translation>Bloc&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="45"/>
        <source>Plan notes:</source>
        <translation>Notes du plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="46"/>
        <source>Please note:</source>
        <translation>À noter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="47"/>
        <source>Work or school accounts:</source>
        <translation>Comptes professionnels ou scolaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="48"/>
        <source>We suggest:</source>
        <translation>Nous conseillons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="49"/>
        <source>Next:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../privacy_gui/ui/widgets.py" line="345"/>
        <source>Page content</source>
        <translation>Contenu de la page</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="122"/>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="124"/>
        <source>Enter the staff PIN to leave kiosk mode</source>
        <translation>Saisissez le code PIN du personnel pour quitter le mode kiosque</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="127"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="133"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="136"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="156"/>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas correct.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="162"/>
        <source>Too many wrong tries. Wait %n second(s).</source>
        <translation>
            <numerusform>Trop d’essais incorrects. Attendez %n seconde.</numerusform>
            <numerusform>Trop d’essais incorrects. Attendez %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="82"/>
        <source>Presenter view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="91"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="92"/>
        <source>Page Up, Left arrow</source>
        <translation>Page précédente, flèche gauche</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="96"/>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="99"/>
        <source>Bigger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="103"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="104"/>
        <source>Page Down, Right arrow, Space</source>
        <translation>Page suivante, flèche droite, Espace</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="151"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/presenter.py" line="158"/>
        <source>In the settings: “%1”</source>
        <translation>Dans les paramètres&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="76"/>
        <source>%1 of %2 done</source>
        <translation>Fait&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="81"/>
        <source>%1 progress: %2 of %3 done</source>
        <translation>Progression pour %1&#xa0;: %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/home.py" line="88"/>
        <source>%n step(s) changed since you did them: look again</source>
        <translation>
            <numerusform>%n étape a changé depuis que vous l’avez faite&#xa0;: à revoir</numerusform>
            <numerusform>%n étapes ont changé depuis que vous les avez faites&#xa0;: à revoir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="91"/>
        <source>Look again</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="93"/>
        <source>Review</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="95"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/home.py" line="97"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="24"/>
        <source>QR code for %1</source>
        <translation>Code QR pour %1</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="55"/>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="58"/>
        <source>Open this on your phone</source>
        <translation>Ouvrir sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="61"/>
        <source>Point your phone&apos;s camera at the square. Your phone will offer to open the page.</source>
        <translation>Dirigez l’appareil photo de votre téléphone vers le carré. Votre téléphone proposera d’ouvrir la page.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="70"/>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="74"/>
        <source>Then follow these steps on your phone:</source>
        <translation>Ensuite, suivez ces étapes sur votre téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/qr_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="30"/>
        <source>Search, for example: AI training, ads, Copilot key</source>
        <translation>Recherchez, par exemple&#xa0;: entraînement de l’IA, publicités, touche Copilot</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="31"/>
        <source>Search settings</source>
        <translation>Rechercher des réglages</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="32"/>
        <source>Find a setting by its name or what it does (Ctrl+F)</source>
        <translation>Cherchez un réglage par son nom ou par ce qu’il fait (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="42"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="64"/>
        <source>matches: %1</source>
        <translation>mots trouvés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/search_box.py" line="69"/>
        <source>%n setting(s) found.</source>
        <translation>
            <numerusform>%n réglage trouvé.</numerusform>
            <numerusform>%n réglages trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/search_box.py" line="71"/>
        <source>Nothing found. Try other words.</source>
        <translation>Aucun résultat. Essayez d’autres mots.</translation>
    </message>
</context>
<context>
    <name>SettingPage</name>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="119"/>
        <source>In the settings it is called:</source>
        <translation>Dans les paramètres, il s’appelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="131"/>
        <source>What it does</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="132"/>
        <source>What data it touches</source>
        <translation>Quelles données sont concernées</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="141"/>
        <source>How it is set at first</source>
        <translation>Réglage de départ</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="141"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="146"/>
        <source>What you lose if you switch it off</source>
        <translation>Ce que vous perdez en le désactivant</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="146"/>
        <source>What to keep in mind</source>
        <translation>À garder en tête</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="154"/>
        <source>What we suggest</source>
        <translation>Notre conseil</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="156"/>
        <source>Where to find it</source>
        <translation>Où le trouver</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="165"/>
        <source>Drawing of where the switch is: %1</source>
        <translation>Dessin montrant où se trouve l’interrupteur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="170"/>
        <source>How to check it worked</source>
        <translation>Comment vérifier que cela a fonctionné</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="171"/>
        <location filename="../../privacy_gui/ui/setting_page.py" line="309"/>
        <source>I checked and it worked</source>
        <translation>J’ai vérifié, c’est bon</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="174"/>
        <source>Marks that you checked the setting took effect. It also marks the step as done.</source>
        <translation>Indique que vous avez vérifié que le réglage s’applique bien. L’étape est aussi marquée comme faite.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="182"/>
        <source>More detail</source>
        <translation>Plus de détails</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="183"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="192"/>
        <source>This page has not been translated into your language yet, so it is shown in English.</source>
        <translation>Cette page n’est pas encore traduite en français. Elle s’affiche donc en anglais.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="196"/>
        <source>The translation of this page is older than the English page, so it is shown in English.</source>
        <translation>La traduction de cette page est plus ancienne que la page anglaise. Elle s’affiche donc en anglais.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="199"/>
        <source>Shown in English</source>
        <translation>Page affichée en anglais</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="201"/>
        <source>The advice on this page was updated.</source>
        <translation>Les conseils de cette page ont été mis à jour.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="202"/>
        <source>Changed since you did this: look again</source>
        <translation>Modifié depuis que vous l’avez fait&#xa0;: à revoir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="203"/>
        <source>I looked again: it is still done</source>
        <translation>J’ai revérifié&#xa0;: c’est toujours fait</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="214"/>
        <source>This page may be out of date</source>
        <translation>Cette page n’est peut-être plus à jour</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="215"/>
        <source>We last checked this on %1. %2 may have changed it since.</source>
        <translation>Notre dernière vérification date du %1. %2 a peut-être changé des choses depuis.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="217"/>
        <source>The vendor</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="221"/>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="225"/>
        <source>This may not be for you</source>
        <translation>Ceci ne vous concerne peut-être pas</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="226"/>
        <source>Going by your answers, this setting does not apply to you.</source>
        <translation>D’après vos réponses, ce réglage ne vous concerne pas.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="232"/>
        <source>Work or school account?</source>
        <translation>Compte professionnel ou scolaire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="233"/>
        <source>Your organisation&apos;s IT admin may control this setting.</source>
        <translation>Le service informatique de votre organisation gère peut-être ce réglage.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="306"/>
        <source>Checked on %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="322"/>
        <source>Show the steps for:</source>
        <translation>Afficher les étapes pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="329"/>
        <source>Steps for %1</source>
        <translation>Étapes pour %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="356"/>
        <source>On %1, go to:</source>
        <translation>Sur %1, allez dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="363"/>
        <source>Where we could not check the names of menus and buttons in your language, the steps show the English names. If your device uses another language, look for the same words in that language.</source>
        <translation>Quand nous n’avons pas pu vérifier le nom des menus et des boutons en français, les étapes donnent les noms anglais. Si votre appareil n’est pas en anglais, cherchez les mots qui veulent dire la même chose dans sa langue.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="372"/>
        <source>We could not confirm these steps</source>
        <translation>Nous n’avons pas pu confirmer ces étapes</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="374"/>
        <source>The vendor may show this in a different place on your device. If you can&apos;t find it, look for the setting&apos;s name.</source>
        <translation>L’entreprise l’affiche peut-être ailleurs sur votre appareil. Si vous ne le trouvez pas, cherchez le nom du réglage.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="384"/>
        <source>Open this setting</source>
        <translation>Ouvrir ce réglage</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="387"/>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="392"/>
        <source>Send to my phone</source>
        <translation>Envoyer sur mon téléphone</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="393"/>
        <source>Show a QR code to open this page on your phone</source>
        <translation>Afficher un code QR pour ouvrir cette page sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="405"/>
        <source>regulator</source>
        <translation>autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="406"/>
        <source>news report</source>
        <translation>article de presse</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="407"/>
        <source>stored copy</source>
        <translation>copie archivée</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="408"/>
        <source>other source</source>
        <translation>autre source</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="414"/>
        <source>[read in: %1]</source>
        <translation>[langue&#xa0;: %1]</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="419"/>
        <source>We last checked this page against its sources on %1.</source>
        <translation>Nous avons comparé cette page à ses sources pour la dernière fois le %1.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="496"/>
        <source>Web address. Ctrl+C copies it.</source>
        <translation>Adresse web. Ctrl+C la copie.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setting_page.py" line="500"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="34"/>
        <source>First, three quick questions</source>
        <translation>D’abord, trois questions rapides</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="39"/>
        <source>Your answers decide which steps we show you. They stay on this computer. You can change them later.</source>
        <translation>Vos réponses déterminent les étapes que nous vous montrons. Elles restent sur cet ordinateur. Vous pourrez les modifier plus tard.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="45"/>
        <source>1. Which devices do you use?</source>
        <translation>1. Quels appareils utilisez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="55"/>
        <source>2. What kind of account do you use?</source>
        <translation>2. Quel type de compte utilisez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="65"/>
        <source>A work or school account is one your employer or school gave you.</source>
        <translation>Un compte professionnel ou scolaire, c’est un compte fourni par votre employeur ou votre école.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="69"/>
        <source>3. Where do you live?</source>
        <translation>3. Où habitez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="78"/>
        <source>Some settings start differently in some places.</source>
        <translation>Selon l’endroit où vous vivez, certains réglages ne sont pas les mêmes au départ.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="86"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/setup_view.py" line="116"/>
        <source>Tick at least one device to continue.</source>
        <translation>Cochez au moins un appareil pour continuer.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="85"/>
        <location filename="../../privacy_gui/ui/kiosk.py" line="89"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/kiosk.py" line="92"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Oui, je suis toujours là</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/kiosk.py" line="111"/>
        <source>To keep your answers private, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>Pour que vos réponses restent privées, cet écran sera remis à zéro dans %n seconde.</numerusform>
            <numerusform>Pour que vos réponses restent privées, cet écran sera remis à zéro dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="83"/>
        <source>‹ All products</source>
        <translation>‹ Tous les produits</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="84"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="461"/>
        <source>Back to all products</source>
        <translation>Retour à tous les produits</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="93"/>
        <source>Progress through this product</source>
        <translation>Progression dans ce guide</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="109"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="110"/>
        <source>Previous step (Alt+B or Alt+Left)</source>
        <translation>Étape précédente (Alt+B ou Alt+flèche gauche)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="117"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="117"/>
        <source>I have done this (Alt+D)</source>
        <translation>Je l’ai fait (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="120"/>
        <source>Skip for now</source>
        <translation>Remettre à plus tard</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="121"/>
        <source>Come back to this later (Alt+S)</source>
        <translation>Y revenir plus tard (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="125"/>
        <source>Doesn&apos;t apply to me</source>
        <translation>Ne me concerne pas</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="126"/>
        <source>This is not for me (Alt+A)</source>
        <translation>Ce n’est pas pour moi (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="137"/>
        <location filename="../../privacy_gui/ui/wizard.py" line="497"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="139"/>
        <source>Next step (Alt+N or Alt+Right)</source>
        <translation>Étape suivante (Alt+N ou Alt+flèche droite)</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="281"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="325"/>
        <source>%1: what we will look at</source>
        <translation>%1&#xa0;: ce que nous allons voir</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="338"/>
        <source>Untick a setting to leave it out. You can come back here and add it again at any time.</source>
        <translation>Décochez un réglage pour le laisser de côté. Vous pouvez revenir ici et l’ajouter de nouveau à tout moment.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="347"/>
        <source>Go through this setting</source>
        <translation>Passer en revue ce réglage</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="352"/>
        <source>Choose all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="355"/>
        <source>Choose none</source>
        <translation>Tout décocher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="364"/>
        <source>%n more setting(s) are hidden because they don&apos;t apply to your devices or account.</source>
        <translation>
            <numerusform>%n autre réglage est masqué, car il ne concerne pas vos appareils ou votre compte.</numerusform>
            <numerusform>%n autres réglages sont masqués, car ils ne concernent pas vos appareils ou votre compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="370"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="393"/>
        <source>You will go through %1 of %n setting(s):</source>
        <translation>
            <numerusform>Vous allez passer en revue %1 réglage sur %n&#xa0;:</numerusform>
            <numerusform>Vous allez passer en revue %1 des %n réglages&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="407"/>
        <source>Your %1 summary</source>
        <translation>Votre bilan pour %1</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="411"/>
        <source>%1 of %2 done, %3 skipped for now, %4 not for you.</source>
        <translation>Fait&#xa0;: %1 sur %2 · Remis à plus tard&#xa0;: %3 · Ne vous concerne pas&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacy_gui/ui/wizard.py" line="427"/>
        <source>You left out %n setting(s). To add them, go back to the first page of this guide.</source>
        <translation>
            <numerusform>Vous avez laissé de côté %n réglage. Pour l’ajouter, revenez à la première page de ce guide.</numerusform>
            <numerusform>Vous avez laissé de côté %n réglages. Pour les ajouter, revenez à la première page de ce guide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="434"/>
        <source>You can come back to skipped steps at any time.</source>
        <translation>Vous pouvez revenir à tout moment aux étapes remises à plus tard.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="439"/>
        <source>Companies sometimes switch features back on in updates. We can remind you to go through this again when you next open the app.</source>
        <translation>Les entreprises réactivent parfois des fonctions lors des mises à jour. Nous pouvons vous rappeler de repasser ce guide en revue la prochaine fois que vous ouvrirez l’application.</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="445"/>
        <source>Remind me to check again:</source>
        <translation>Me rappeler de revérifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="447"/>
        <source>Remind me to check again</source>
        <translation>Me rappeler de revérifier</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="458"/>
        <source>Open the checklist</source>
        <translation>Ouvrir la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="472"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="473"/>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="474"/>
        <source>In 3 months</source>
        <translation>Dans 3 mois</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="475"/>
        <source>In 6 months</source>
        <translation>Dans 6 mois</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="476"/>
        <source>In a year</source>
        <translation>Dans un an</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="487"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="489"/>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="492"/>
        <source>Setting %1 of %2</source>
        <translation>Réglage %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="497"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../privacy_gui/ui/wizard.py" line="509"/>
        <source>Your answer: %1</source>
        <translation>Votre réponse&#xa0;: %1</translation>
    </message>
</context>
</TS>
