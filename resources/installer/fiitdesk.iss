; Inno Setup script for FIIT Desk on Windows. Compiled by build_installer.py when `iscc` is on the PATH:
;   iscc /DAppVersion=0.1.0 /DDataVersion=2026.11.23.1 /DSourceDir=build\installer\dist\app\fiitdesk /Odist fiitdesk.iss
; UNTESTED: written carefully on Linux, where Inno Setup cannot run. Installs per user (no admin rights
; needed on a field office laptop) into %LOCALAPPDATA%\Programs\FIIT Desk.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DataVersion
  #define DataVersion "unknown"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\installer\dist\app\fiitdesk"
#endif

[Setup]
AppId={{6F1B0C9E-3D2A-4C55-9E1A-F11D5E5C0A01}
AppName=FIIT Desk
AppVersion={#AppVersion}
AppVerName=FIIT Desk {#AppVersion} (data {#DataVersion})
AppPublisher=FIIT Desk
DefaultDirName={localappdata}\Programs\FIIT Desk
DefaultGroupName=FIIT Desk
PrivilegesRequired=lowest
OutputBaseFilename=fiitdesk-{#AppVersion}-data{#DataVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\icons\fiitdesk.ico
UninstallDisplayIcon={app}\fiitdesk.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\FIIT Desk"; Filename: "{app}\fiitdesk.exe"; Parameters: "gui"
Name: "{userdesktop}\FIIT Desk"; Filename: "{app}\fiitdesk.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\fiitdesk.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,FIIT Desk}"; Flags: nowait postinstall skipifsilent
