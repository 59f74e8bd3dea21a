; Identity Connect for Windows: Inno Setup 6 source.
;
; Installs the PyInstaller one-folder bundle (dist\identity-connect, built by `pyinstaller
; packaging\identity-connect.spec` on Windows), a Start-menu entry, optionally the tray app at sign-in,
; and optionally the headless agent as a Windows service.
;
; Build:   iscc /DAppVersion=<version> packaging\windows\identity-connect.iss
;          (the version comes from app/__init__.py, the one place it is written:
;           for /f %v in ('dist\identity-connect\identity-connect-agent.exe --version') ... or
;           python -c "import app; print(app.__version__)")
;
; The service: identity-connect-agent.exe is a console program, not a service executable, so it is run by
; a service wrapper (WinSW, https://github.com/winsw/winsw, MIT licence). Put WinSW-x64.exe in this folder
; as identity-connect-agent-service.exe before compiling; without it the service task is left out and the
; agent can still be run from a scheduled task or by hand. identity-connect-agent-service.xml configures it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z identity-connect.iss
#endif
#define AppName "Identity Connect"
#define AppPublisher "Identity Connect contributors"
#define BundleDir "..\..\dist\identity-connect"
#define ServiceName "IdentityConnectAgent"
#define HaveServiceWrapper FileExists(AddBackslash(SourcePath) + "identity-connect-agent-service.exe")

[Setup]
AppId={{6C1E0D38-5B7A-4B8E-9B3C-2F4A1D7E9C51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\resources\licence\LICENSE.txt
OutputDir=..\..\dist
OutputBaseFilename=identity-connect-{#AppVersion}-setup
UninstallDisplayIcon={app}\identity-connect.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "autostart"; Description: "Start the Identity Connect tray app when a user signs in"; GroupDescription: "Startup:"
#if HaveServiceWrapper
Name: "service"; Description: "Run the headless agent as a Windows service (servers without a signed-in user)"; GroupDescription: "Startup:"; Flags: unchecked
#endif

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#if HaveServiceWrapper
Source: "identity-connect-agent-service.exe"; DestDir: "{app}"; Flags: ignoreversion; Tasks: service
Source: "identity-connect-agent-service.xml"; DestDir: "{app}"; Flags: ignoreversion; Tasks: service
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\identity-connect.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} licence"; Filename: "{app}\_internal\resources\licence\LICENSE.txt"
Name: "{autoprograms}\{#AppName} admin guide"; Filename: "{app}\_internal\docs\admin-guide.md"
Name: "{commonstartup}\{#AppName}"; Filename: "{app}\identity-connect.exe"; WorkingDir: "{app}"; Tasks: autostart

[Run]
#if HaveServiceWrapper
Filename: "{app}\identity-connect-agent-service.exe"; Parameters: "install"; StatusMsg: "Installing the agent service..."; Flags: runhidden waituntilterminated; Tasks: service
Filename: "{sys}\sc.exe"; Parameters: "failure {#ServiceName} reset= 86400 actions= restart/30000/restart/60000/none/0"; Flags: runhidden waituntilterminated; Tasks: service
; Started only once configured: the service account must have run `identity-connect-agent setup` first.
#endif
Filename: "{app}\identity-connect.exe"; Description: "Start Identity Connect now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\taskkill.exe"; Parameters: "/IM identity-connect.exe /F"; Flags: runhidden; RunOnceId: "StopTray"
#if HaveServiceWrapper
Filename: "{app}\identity-connect-agent-service.exe"; Parameters: "stop"; Flags: runhidden waituntilterminated; RunOnceId: "StopService"
Filename: "{app}\identity-connect-agent-service.exe"; Parameters: "uninstall"; Flags: runhidden waituntilterminated; RunOnceId: "RemoveService"
#endif

[UninstallDelete]
; The wrapper's own logs; the agent's configuration, state and logs (in the user's or the service
; account's AppData) and its keyring entries are kept, so a reinstall picks up where it left off.
Type: filesandordirs; Name: "{app}\logs"
