; Inno Setup script: wraps the PyInstaller one-folder bundle (dist\privacy-gui) into
; dist\privacy-gui-<version>-windows-x64-setup.exe. Build on Windows (docs/packaging.md):
;
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean packaging\privacy-gui.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\privacy-gui.iss
;
; The installer needs no administrator rights: it installs for the current user into
; %LOCALAPPDATA%\Programs\Privacy checklist (an administrator may choose "all users").
; It adds a Start menu entry, an uninstaller (Settings > Apps), and, if ticked, a desktop
; icon and a kiosk shortcut (privacy-gui.exe --kiosk; see docs/kiosk.md).

#ifndef AppVersion
  #error Pass the version from privacy_gui/__init__.py: iscc /DAppVersion=x.y.z privacy-gui.iss
#endif
#define AppName "Privacy checklist"
#define AppExe "privacy-gui.exe"
#define BundleDir "..\..\dist\privacy-gui"

[Setup]
; Never change AppId: Windows uses it to find the installed copy for upgrades and removal.
AppId={{C8F286CD-39AF-4B66-9252-276394A16379}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=privacy_gui contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without administrator rights; "all users" only if an admin asks for it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=privacy-gui-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\privacy-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk"; Description: "Add a ""{#AppName} (kiosk)"" shortcut for a public computer (needs C:\ProgramData\privacy-gui\kiosk.yaml, see docs/kiosk.md)"; GroupDescription: "Kiosk mode:"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no libraries left over from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Walk through the privacy settings of Microsoft Office, LinkedIn and Copilot"
Name: "{group}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Tasks: kiosk
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. Checklists and preferences (in %LOCALAPPDATA%\privacy-gui)
; stay, so a reinstall finds them; docs/packaging.md says how to remove them too.
