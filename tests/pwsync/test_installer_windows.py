"""The Windows DC installer (SMB + WinRM), as far as it can run without a Windows machine.

- **SMB**: every file operation of the install and uninstall runs against the real smbd of the Samba AD DC, on an
  ``[ADMIN$]`` share that only Domain Admins may open (as on Windows), over a signed and encrypted SMB3 session;
  a DLL that LSASS has loaded is stood in for by a file another client holds open with read sharing only
  (neither replaceable nor deletable, as a loaded DLL), and for its one difference (a loaded DLL may still be
  renamed) by the replace answering as Windows does.
- **PowerShell**: the scripts are checked as text: every value is one single-quoted literal, read back with the
  PowerShell language's own rules for such strings (hostile values included), and no secret is in them.
- **WinRM**: only its failure paths (nothing listening, a refused login, a server that never answers): each ends
  the install as "install failed" with its cause, with nothing copied.
- **Notification Packages**: the edit is a pure function, checked for appending, idempotence and removing only
  this package.

What cannot run here: PowerShell itself, the Service Control Manager, LSA loading the DLL.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr
from smbprotocol.connection import Connection
from smbprotocol.exceptions import SMBOSError
from smbprotocol.open import (
    CreateDisposition,
    CreateOptions,
    FileAttributes,
    FilePipePrinterAccessMask,
    ImpersonationLevel,
    Open,
    ShareAccess,
)
from smbprotocol.session import Session
from smbprotocol.tree import TreeConnect

from app.config import AgentConfig, ConfigStore, TenantSettings
from app.paths import AgentPaths
from app.pwsync import admin
from app.pwsync.identity import PasswordSyncIdentity
from app.pwsync.installer import InstallError
from app.pwsync.settings import DcAgentState
from app.pwsync.windows_installer import (
    CONFIG_KEY,
    DLL_NAME,
    LSA_KEY,
    PACKAGE,
    SmbFiles,
    WindowsDcInstaller,
    WindowsKit,
    WindowsLayout,
    WindowsLogin,
    cleanup_script,
    install_script,
    notification_packages,
    parse_result,
    prepare_script,
    ps_array,
    ps_quote,
    staging_leaf,
    uninstall_script,
)
from tests.pwsync.test_windows_prereq import (
    SMB_SERVICES,
    SilentListener,
    WinRmStandIn,
    _free_port,
    _wait_for_smb,
)
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC, running_copy
from tests.service.agent_setup import offline_ldap_settings

ADMIN = f"{data.NETBIOS}\\Administrator"
POINT = b"\x04" + bytes(range(64))
HOSTILE = [
    "it's",
    "'; Remove-Item -Recurse -Force C:\\ ; '",
    "\u2018smart\u2019 \u201aquotes\u201b",
    "$(Stop-Computer) ${env:SECRET} `n `$x",
    'double "quotes" and @(array)',
    "line\nbreak\r\nand\ttab",
    "''",
    "'",
    "",
]


# ---------------------------------------------------------------------------------------------- PowerShell text

_QUOTES = "'\u2018\u2019\u201a\u201b"


def read_ps_literal(text: str, start: int = 0) -> tuple[str, int]:
    """One single-quoted PowerShell string at ``text[start]``, by the language's rules (about_Quoting_Rules, the
    grammar's verbatim-string-literal): it opens and closes at any single-quote character, two in a row stand for
    one, nothing inside is expanded. Returns the value and where the literal ends."""
    assert text[start] in _QUOTES, text[start:]
    value, i = [], start + 1
    while i < len(text):
        c = text[i]
        if c in _QUOTES:
            if i + 1 < len(text) and text[i + 1] in _QUOTES:
                value.append(c)
                i += 2
                continue
            return "".join(value), i + 1
        value.append(c)
        i += 1
    raise AssertionError("unterminated literal")


def assignments(script: str) -> dict[str, Any]:
    """The ``$name = '…'`` and ``$name = [string[]]@('…', …)`` lines a script starts with, read as PowerShell."""
    found: dict[str, Any] = {}
    position = 0
    pattern = re.compile(r"\$([A-Za-z]+) = ")
    while True:
        match = pattern.match(script, position)
        if match is None:
            return found
        at = match.end()
        if script.startswith("[string[]]@(", at):
            at += len("[string[]]@(")
            items: list[str] = []
            while script[at] != ")":
                item, at = read_ps_literal(script, at)
                items.append(item)
                if script.startswith(", ", at):
                    at += 2
            found[match.group(1)] = items
            at += 1
        else:
            found[match.group(1)], at = read_ps_literal(script, at)
        assert script[at] == "\n", script[at : at + 40]
        position = at + 1


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_is_one_literal_that_reads_back_unchanged(value: str) -> None:
    quoted = ps_quote(value)
    assert read_ps_literal(quoted + " ; Write-Output 'after'") == (value, len(quoted))


@given(st.text(alphabet=st.characters(blacklist_characters="\0"), max_size=60))
def test_any_text_is_one_literal(value: str) -> None:
    quoted = ps_quote(value)
    assert read_ps_literal(quoted) == (value, len(quoted))
    assert read_ps_literal(ps_array([value, "x"]), len("[string[]]@(")) == (value, len("[string[]]@(") + len(quoted))


def test_a_nul_is_refused() -> None:
    with pytest.raises(ValueError):
        ps_quote("a\0b")


def test_the_prepare_script_reads_packages_and_makes_a_protected_staging_folder() -> None:
    leaf = staging_leaf()
    script = prepare_script(WindowsLayout(), leaf)
    assert assignments(script) == {
        "ErrorActionPreference": "Stop",
        "ProgressPreference": "SilentlyContinue",
        "lsaKey": LSA_KEY,
        "packagesValue": "Notification Packages",
        "serviceName": "IdentityConnectDcAgent",
        "stagingLeaf": leaf,
    }
    assert script.startswith("$ErrorActionPreference = 'Stop'\n")
    assert "CreateDirectory($staging, (New-ProtectedAcl))" in script
    assert "SetAccessRuleProtection($true, $false)" in script and "'S-1-5-18', 'S-1-5-32-544'" in script
    body = script.split("function Set-Packages", 1)[1].split("\n}\n", 1)[1]
    assert "Set-ItemProperty" not in body and "Set-Packages" not in body  # it only reads
    with pytest.raises(ValueError):
        prepare_script(WindowsLayout(), "..\\..\\System32")


def test_the_install_script_holds_each_value_as_a_literal_and_no_secret() -> None:
    layout = WindowsLayout(install_dir="C:\\Program Files\\It's $(Here)\\DC Agent", filter_spool="D:\\spool ‘x’")
    current = ["scecli", "it's'; Stop-Computer; '", "rassfm"]
    wanted = notification_packages(current, PACKAGE, present=True)
    script = install_script(
        layout,
        staging="C:\\Windows\\Temp\\identity-connect-0123456789abcdef",
        envelope_key=POINT,
        expected_packages=current,
        wanted_packages=wanted,
    )
    values = assignments(script.split("\n", 2)[2])
    assert values["target"] == layout.install_dir
    assert values["spool"] == layout.filter_spool
    assert values["configKey"] == CONFIG_KEY
    assert values["expected"] == current
    assert values["wanted"] == [*current, PACKAGE]
    assert values["envelopeKey"] == "BAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzA" + (
        "xMjM0NTY3ODk6Ozw9Pj8="
    )
    # The values appear nowhere but in their assignment.
    body = script.split("function New-ProtectedAcl", 1)[1]
    assert "Stop-Computer" not in body and "$(Here)" not in body
    # The package is edited by compare-and-set, the key by its own values, the service by name.
    assert "$packagesChanged = Set-Packages $expected $wanted" in script
    assert "-Type MultiString" in script and "Set-ItemProperty -LiteralPath $lsaKey" in script
    assert "New-Item -Path $configKey -Force" in script.split("if (-not (Test-Path -LiteralPath $configKey))", 1)[1]
    assert "BEGIN" not in script and "PRIVATE" not in script  # no key material: it goes over SMB
    # The install folder keeps its protected ACL: only what moved into it is reset to inherit from it.
    assert "& icacls.exe $destination /reset" in script and "icacls.exe $target" not in script
    assert "Set-Acl -LiteralPath $target -AclObject (New-ProtectedAcl)" in script


@pytest.mark.parametrize(
    "bad",
    [
        {"install_dir": "relative\\folder"},
        {"install_dir": 'C:\\a"b'},
        {"filter_spool": "\\\\server\\share\\x\ny"},
        {"service_name": "x'; Stop-Computer; '"},
    ],
)
def test_paths_and_names_that_are_not_what_they_claim_are_refused(bad: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        install_script(
            WindowsLayout(**bad),
            staging="C:\\Windows\\Temp\\identity-connect-0123456789abcdef",
            envelope_key=POINT,
            expected_packages=[],
            wanted_packages=[PACKAGE],
        )


def test_the_uninstall_script_takes_only_this_package_out() -> None:
    current = ["scecli", PACKAGE.upper(), "other", PACKAGE]
    script = uninstall_script(
        WindowsLayout(),
        expected_packages=current,
        wanted_packages=notification_packages(current, PACKAGE, present=False),
    )
    values = assignments(script.split("\n", 2)[2])
    assert values["expected"] == current and values["wanted"] == ["scecli", "other"]
    assert "Invoke-CimMethod -InputObject $existing -MethodName Delete" in script


def test_a_scripts_result_is_its_last_marked_line() -> None:
    out = 'noise\nICRESULT {"packages":"scecli"}\nICRESULT {"packages":["a","b"],"is64":true}\n'
    assert parse_result(out) == {"packages": ["a", "b"], "is64": True}
    with pytest.raises(InstallError):
        parse_result("nothing here")


# ---------------------------------------------------------------------------------------------- Notification Packages


def test_the_package_is_appended_after_what_is_there() -> None:
    assert notification_packages(["scecli"], PACKAGE, present=True) == ["scecli", PACKAGE]
    assert notification_packages(["rassfm", "scecli"], PACKAGE, present=True) == ["rassfm", "scecli", PACKAGE]
    assert notification_packages([], PACKAGE, present=True) == [PACKAGE]


def test_a_second_install_changes_nothing_and_a_listed_package_in_other_case_counts() -> None:
    once = notification_packages(["scecli"], PACKAGE, present=True)
    assert notification_packages(once, PACKAGE, present=True) == once
    upper = ["scecli", PACKAGE.upper()]
    assert notification_packages(upper, PACKAGE, present=True) == upper


def test_uninstall_removes_only_this_package() -> None:
    assert notification_packages(["scecli", PACKAGE, "vendorpw"], PACKAGE, present=False) == ["scecli", "vendorpw"]
    assert notification_packages(["scecli"], PACKAGE, present=False) == ["scecli"]
    assert notification_packages([f"{PACKAGE}2", PACKAGE], PACKAGE, present=False) == [f"{PACKAGE}2"]


@given(st.lists(st.sampled_from(["scecli", "rassfm", "vendorpw", "", f"{PACKAGE}x", PACKAGE, PACKAGE.upper()])))
def test_install_then_uninstall_leaves_every_other_entry_in_place(current: list[str]) -> None:
    installed = notification_packages(current, PACKAGE, present=True)
    others = [e for e in current if e.casefold() != PACKAGE]
    assert [e for e in installed if e.casefold() != PACKAGE] == others
    assert installed[: len(current)] == current  # nothing before is moved or dropped
    assert sum(e.casefold() == PACKAGE for e in installed) >= 1
    assert notification_packages(installed, PACKAGE, present=True) == installed
    assert notification_packages(installed, PACKAGE, present=False) == others


# ---------------------------------------------------------------------------------------------- SMB (Samba's smbd)


@pytest.fixture(scope="module")
def smb_dc() -> Iterator[SambaDC]:
    """A Samba DC whose smbd runs, with an admin-only ADMIN$ share laid out as %SystemRoot% is."""
    with running_copy(services=SMB_SERVICES) as dc:
        folder = dc.dir / "admin-share"
        for inside in ("System32", "Temp"):
            (folder / inside).mkdir(parents=True)
        dc.stop_process()
        share = f'\n[ADMIN$]\n\tpath = {folder}\n\tread only = no\n\tvalid users = "@{data.NETBIOS}\\Domain Admins"\n'
        dc.conf.write_text(dc.conf.read_text() + share)
        dc.start()
        _wait_for_smb(dc)
        yield dc


def _login(dc: SambaDC, account: str = ADMIN, password: str | None = None, **extra: Any) -> WindowsLogin:
    return WindowsLogin(dc.host, account, SecretStr(password or dc.admin_password), timeout=10, **extra)


@pytest.fixture
def files(smb_dc: SambaDC) -> Iterator[SmbFiles]:
    smb = SmbFiles(_login(smb_dc))
    smb.open()
    yield smb
    smb.close()
    for leftover in (smb_dc.dir / "admin-share" / "System32").iterdir():
        leftover.unlink()


@pytest.mark.samba
def test_the_dll_is_copied_to_system32_over_an_encrypted_session(files: SmbFiles, smb_dc: SambaDC) -> None:
    sessions = [s for c in files._cache.values() for s in c.session_table.values()]
    assert sessions and all(s.encrypt_data for s in sessions), "the key material must travel encrypted"
    dll = b"MZ" + b"\x90" * 5000
    first = files.put_dll(dll)
    assert (first.dll_changed, first.dll_was_loaded, first.files) == (True, False, 1)
    placed = smb_dc.dir / "admin-share" / "System32" / DLL_NAME
    assert placed.read_bytes() == dll
    again = files.put_dll(dll)
    assert (again.dll_changed, again.files) == (False, 0)
    newer = files.put_dll(b"MZ" + b"\x91" * 6000)
    assert newer.dll_changed and placed.read_bytes() == b"MZ" + b"\x91" * 6000
    assert [p.name for p in placed.parent.iterdir()] == [DLL_NAME]  # no temporary file left
    assert files.remove_dll() is True and not placed.exists()
    assert files.remove_dll() is True  # removing what is not there is no failure


@contextlib.contextmanager
def _held_open(dc: SambaDC, share_path: str) -> Iterator[None]:
    """Another client holds the file open with read sharing only, as LSASS holds a DLL it loaded: it can be
    neither overwritten, replaced nor deleted (unlike a loaded DLL, it cannot be renamed either)."""
    connection = Connection(uuid.uuid4(), dc.host, 445)
    connection.connect(timeout=10)
    try:
        session = Session(connection, ADMIN, dc.admin_password, auth_protocol="ntlm")
        session.connect()
        tree = TreeConnect(session, rf"\\{dc.host}\ADMIN$")
        tree.connect()
        handle = Open(tree, share_path)
        handle.create(
            ImpersonationLevel.Impersonation,
            FilePipePrinterAccessMask.FILE_READ_DATA | FilePipePrinterAccessMask.SYNCHRONIZE,
            FileAttributes.FILE_ATTRIBUTE_NORMAL,
            ShareAccess.FILE_SHARE_READ,
            CreateDisposition.FILE_OPEN,
            CreateOptions.FILE_NON_DIRECTORY_FILE,
        )
        try:
            yield
        finally:
            handle.close()
    finally:
        connection.disconnect()


def _refuse_replacing_the_dll(monkeypatch: pytest.MonkeyPatch, system32: Path) -> list[str]:
    """Samba renames over a file that is open (POSIX rename); Windows refuses to replace a loaded DLL with
    STATUS_SHARING_VIOLATION. Only that answer is made here; every other operation is Samba's own."""
    import smbclient

    real_replace = smbclient.replace
    refused: list[str] = []

    def replace(src: str, dst: str, **kwargs: Any) -> None:
        if dst.endswith(f"\\{DLL_NAME}") and (system32 / DLL_NAME).exists():
            refused.append(dst)
            raise SMBOSError(0xC0000043, dst)
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(smbclient, "replace", replace)
    return refused


@pytest.mark.samba
def test_a_dll_in_use_is_never_half_replaced(files: SmbFiles, smb_dc: SambaDC, monkeypatch: pytest.MonkeyPatch) -> None:
    system32 = smb_dc.dir / "admin-share" / "System32"
    files.put_dll(b"MZ old")
    refused = _refuse_replacing_the_dll(monkeypatch, system32)
    with _held_open(smb_dc, f"System32\\{DLL_NAME}"):
        # held without delete sharing, it cannot even be renamed: the install stops with the cause
        with pytest.raises(InstallError) as caught:
            files.put_dll(b"MZ new")
        assert refused and caught.value.code == "install_step_failed" and "aside" in str(caught.value)
        assert [p.name for p in system32.iterdir()] == [DLL_NAME]  # the old one intact, nothing left over
        assert (system32 / DLL_NAME).read_bytes() == b"MZ old"
        # Uninstalling leaves a DLL in use for after the restart rather than failing (Samba's own refusal).
        assert files.remove_dll() is False and (system32 / DLL_NAME).exists()
    assert files.remove_dll() is True and not (system32 / DLL_NAME).exists()


@pytest.mark.samba
def test_a_loaded_dll_is_renamed_aside_and_the_new_one_written(
    files: SmbFiles, smb_dc: SambaDC, monkeypatch: pytest.MonkeyPatch
) -> None:
    system32 = smb_dc.dir / "admin-share" / "System32"
    files.put_dll(b"MZ old")
    refused = _refuse_replacing_the_dll(monkeypatch, system32)
    result = files.put_dll(b"MZ new")
    assert refused and (result.dll_changed, result.dll_was_loaded) == (True, True)
    assert (system32 / DLL_NAME).read_bytes() == b"MZ new"
    (aside,) = [p for p in system32.iterdir() if p.name != DLL_NAME]
    assert aside.name.startswith(f"{DLL_NAME}.old-") and aside.read_bytes() == b"MZ old"
    # While it is still loaded it stays; once it is not (after the DC's restart) the next install removes it.
    with _held_open(smb_dc, f"System32\\{aside.name}"):
        files.put_dll(b"MZ new")
        assert aside.exists()
    files.put_dll(b"MZ new")
    assert [p.name for p in system32.iterdir()] == [DLL_NAME]


@pytest.mark.samba
def test_the_agents_files_and_runtime_go_to_the_staging_folder(
    files: SmbFiles, smb_dc: SambaDC, tmp_path: Path
) -> None:
    runtime = tmp_path / "runtime"
    (runtime / "Lib" / "site-packages" / "cryptography").mkdir(parents=True)
    (runtime / "python.exe").write_bytes(b"MZ python")
    (runtime / "Lib" / "site-packages" / "cryptography" / "__init__.py").write_text("# package\n")
    leaf = staging_leaf()
    files.makedirs("Temp", leaf)
    count = files.put_tree(
        {"dcagent.key": b"-----BEGIN PRIVATE KEY-----\n", "dcagent.json": b"{}"}, runtime, "Temp", leaf
    )
    assert count == 4
    staged = smb_dc.dir / "admin-share" / "Temp" / leaf
    assert (staged / "dcagent.key").read_bytes() == b"-----BEGIN PRIVATE KEY-----\n"
    assert (staged / "runtime" / "python.exe").read_bytes() == b"MZ python"
    assert (staged / "runtime" / "Lib" / "site-packages" / "cryptography" / "__init__.py").is_file()


@pytest.mark.samba
def test_a_failed_installs_staging_folder_is_removed(smb_dc: SambaDC, kit: WindowsKit) -> None:
    """When the install stops after the copy, its staging folder (with the DC agent's key) goes: over WinRM, and
    when WinRM is what failed, over SMB."""
    leaf = staging_leaf()
    staged = smb_dc.dir / "admin-share" / "Temp" / leaf

    async def scenario() -> None:
        login = _login(smb_dc, winrm_http=True, winrm_port=_free_port())
        async with WindowsDcInstaller(login, kit) as installer:
            smb = await installer._files()
            smb.makedirs("Temp", leaf)
            smb.put_tree({"dcagent.key": b"-----BEGIN PRIVATE KEY-----\n"}, kit.runtime, "Temp", leaf)
            assert (staged / "dcagent.key").exists() and (staged / "runtime" / "python.exe").exists()
            await installer._remove_staging(leaf)

    asyncio.run(scenario())
    assert not staged.exists()


def test_the_cleanup_script_removes_only_its_staging_folder() -> None:
    leaf = staging_leaf()
    script = cleanup_script(leaf)
    assert assignments(script)["stagingLeaf"] == leaf
    assert "Remove-Item -LiteralPath $staging -Recurse -Force" in script
    with pytest.raises(ValueError):
        cleanup_script("identity-connect-*")
    prepare = prepare_script(WindowsLayout(), leaf)
    # Left-overs of interrupted installs go when an hour old, and only folders named as the installer names them.
    assert "-Filter 'identity-connect-*'" in prepare and "AddHours(-1)" in prepare


@pytest.mark.samba
@pytest.mark.parametrize(
    ("who", "code"),
    [("wrong_password", "smb_login_refused"), ("not_admin", "smb_admin_share_denied")],
)
def test_an_smb_login_that_cannot_copy_says_why(smb_dc: SambaDC, who: str, code: str) -> None:
    login = (
        _login(smb_dc, password="not-the-password")
        if who == "wrong_password"
        else _login(smb_dc, smb_dc.service_bind, smb_dc.service_password)
    )
    smb = SmbFiles(login)
    try:
        with pytest.raises(InstallError) as caught:
            smb.open()
    finally:
        smb.close()
    assert caught.value.code == code


@pytest.mark.samba
def test_a_dc_without_admin_share_cannot_take_the_copy() -> None:
    with running_copy(services=SMB_SERVICES) as dc:
        _wait_for_smb(dc)
        smb = SmbFiles(_login(dc))
        try:
            with pytest.raises(InstallError) as caught:
                smb.open()
        finally:
            smb.close()
    assert caught.value.code == "smb_admin_share_missing"


@pytest.mark.samba
def test_a_dc_that_cannot_encrypt_smb_gets_no_key_material() -> None:
    """SMB 2.1 has no encryption: the prerequisite check's login works, the install's session is refused."""
    from app.pwsync.windows_installer import check_smb_copy
    from app.pwsync.windows_prereq import check_smb

    with running_copy(services=SMB_SERVICES) as dc:
        folder = dc.dir / "admin-share"
        folder.mkdir()
        dc.stop_process()
        extra = f"\n[ADMIN$]\n\tpath = {folder}\n\tread only = no\n"
        text = dc.conf.read_text().replace("[global]\n", "[global]\n\tserver max protocol = SMB2_10\n", 1)
        dc.conf.write_text(text + extra)
        dc.start()
        _wait_for_smb(dc)
        login = _login(dc)
        assert asyncio.run(check_smb(dc.host, ADMIN, login.password)).detail == "ok"
        assert asyncio.run(check_smb_copy(login)) == "smb_encryption_unavailable"
        assert list(folder.iterdir()) == []


# ---------------------------------------------------------------------------------------------- WinRM failures


@pytest.fixture
def kit(tmp_path: Path) -> WindowsKit:
    folder = tmp_path / "kit"
    (folder / "runtime" / "Lib" / "site-packages" / "cryptography").mkdir(parents=True)
    (folder / DLL_NAME).write_bytes(b"MZ" + b"\0" * 100)
    (folder / "runtime" / "python.exe").write_bytes(b"MZ")
    (folder / "runtime" / "Lib" / "site-packages" / "cryptography" / "__init__.py").write_text("")
    return WindowsKit.find(folder)


def _install(login: WindowsLogin, kit: WindowsKit, steps: list[str]) -> InstallError:
    async def run() -> None:
        async with WindowsDcInstaller(login, kit, progress=lambda step: steps.append(step.value)) as installer:
            await installer.install(
                PasswordSyncIdentity.create(),
                dc_name="dc1.zylker.test",
                agent_host="agent",
                agent_port=1,
                restart_dc=False,
            )

    with pytest.raises(InstallError) as caught:
        asyncio.run(run())
    return caught.value


def _local(**extra: Any) -> WindowsLogin:
    return WindowsLogin("127.0.0.1", ADMIN, SecretStr("x-password"), winrm_http=True, timeout=2, **extra)


def test_install_with_winrm_refused_fails_with_its_cause(kit: WindowsKit) -> None:
    steps: list[str] = []
    assert _install(_local(winrm_port=_free_port()), kit, steps).code == "winrm_unreachable"
    assert steps == ["connect", "check"]  # nothing was copied


def test_install_with_a_refused_login_fails_with_its_cause(kit: WindowsKit) -> None:
    server = WinRmStandIn(401, headers={"WWW-Authenticate": "Negotiate"})
    try:
        steps: list[str] = []
        assert _install(_local(winrm_port=server.port), kit, steps).code == "winrm_login_refused"
        assert steps == ["connect", "check"]
    finally:
        server.close()


def test_install_with_a_winrm_that_never_answers_fails_at_its_deadline(kit: WindowsKit) -> None:
    silent = SilentListener()
    try:
        steps: list[str] = []
        assert _install(_local(winrm_port=silent.port), kit, steps).code == "winrm_unreachable"
        assert steps == ["connect", "check"]
    finally:
        silent.close()


def test_install_without_a_complete_kit_copies_nothing(tmp_path: Path) -> None:
    steps: list[str] = []
    error = _install(_local(winrm_port=_free_port()), WindowsKit.find(tmp_path), steps)
    assert error.code == "windows_kit_missing"
    assert "python.exe" in str(error) and "not a Windows DLL" in str(error)


@pytest.mark.parametrize(
    ("server", "cause"),
    [("refused", "winrm_unreachable"), ("wrong_login", "winrm_login_refused"), ("silent", "winrm_unreachable")],
)
def test_a_failed_windows_install_is_recorded_as_install_failed_with_the_cause(
    kit: WindowsKit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: str, cause: str
) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    tenant = TenantSettings(tenant_url="https://t.example", issuer="https://t.example", client_id="c",
                            scim_base_url="https://t.example/scim/v2")  # fmt: skip
    ConfigStore(paths.config_file).save(AgentConfig(device_name="D", tenant=tenant, ldap=offline_ldap_settings()))
    monkeypatch.setattr(admin, "_identity", lambda _paths: PasswordSyncIdentity.create())
    stand_in: WinRmStandIn | SilentListener | None = None
    if server == "wrong_login":
        stand_in = WinRmStandIn(401, headers={"WWW-Authenticate": "Negotiate"})
    elif server == "silent":
        stand_in = SilentListener()
    login = _local(winrm_port=stand_in.port if stand_in else _free_port())
    seen: list[str] = []
    try:
        with pytest.raises(InstallError):
            asyncio.run(
                admin._install_windows(
                    paths, "dc2.zylker.test", login, kit, restart_dc=False, report=lambda dc, what: seen.append(what)
                )
            )
    finally:
        if stand_in is not None:
            stand_in.close()
    (row,) = admin.status_rows(paths)
    assert (row["dc"], row["state"], row["detail"]) == ("dc2.zylker.test", "install_failed", cause)
    assert seen == ["install_initiated", "connect", "check", "install_failed"]
    assert "x-password" not in (paths.config_file.read_text())


def test_the_login_is_not_shown(kit: WindowsKit) -> None:
    login = _local()
    assert "x-password" not in repr(login) and "x-password" not in repr(WindowsDcInstaller(login, kit).login)


# ---------------------------------------------------------------------------------------------- chosen by the directory

WINDOWS_DC = f"windc1.{data.DOMAIN}"
OLD_WINDOWS_DC = f"windc0.{data.DOMAIN}"


@pytest.fixture(scope="module")
def windows_in_directory(smb_dc: SambaDC) -> SambaDC:
    """The directory lists two Windows DCs beside the Samba one (computer objects with the server-trust flag)."""
    from tests.e2e.conftest import AdAdmin

    ad = AdAdmin(smb_dc)
    try:
        for name, os_name, version in (
            ("WINDC1", "Windows Server 2022 Standard", "10.0 (20348)"),
            ("WINDC0", "Windows Server 2008 Standard", "6.0 (6002)"),
        ):
            ad.conn.add(
                f"CN={name},OU=Domain Controllers,{smb_dc.base_dn}",
                "computer",
                {
                    "sAMAccountName": f"{name}$",
                    "userAccountControl": "8192",
                    "dNSHostName": f"{name.lower()}.{data.DOMAIN}",
                    "operatingSystem": os_name,
                    "operatingSystemVersion": version,
                },
            )
    finally:
        ad.conn.unbind()
    return smb_dc


@pytest.fixture
def dc_paths(windows_in_directory: SambaDC, tmp_path: Path) -> Iterator[AgentPaths]:
    from app.secrets import SecretName, SecretStore

    dc = windows_in_directory
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    tenant = TenantSettings(tenant_url="https://t.example", issuer="https://t.example", client_id="c",
                            scim_base_url="https://t.example/scim/v2")  # fmt: skip
    ConfigStore(paths.config_file).save(AgentConfig(device_name="D", tenant=tenant, ldap=dc.ldap_settings()))
    secrets = SecretStore(paths.profile)
    secrets.set(SecretName.LDAP_BIND_PASSWORD, dc.admin_password)
    yield paths
    secrets.delete_all()


def _rows(check: admin.DcCheck) -> list[tuple[str, bool | None, str]]:
    return [(row.name, row.ok, row.code) for row in check.rows]


@pytest.mark.samba
def test_the_installer_is_chosen_by_the_dcs_operating_system(dc_paths: AgentPaths) -> None:
    assert asyncio.run(admin.dc_platform(dc_paths, WINDOWS_DC)) == admin.WINDOWS
    assert asyncio.run(admin.dc_platform(dc_paths, f"dc1.{data.DOMAIN}")) == admin.SAMBA
    assert asyncio.run(admin.dc_platform(dc_paths, "nowhere.zylker.test")) is None


@pytest.mark.samba
def test_a_windows_dc_is_checked_over_smb_and_winrm(
    dc_paths: AgentPaths, windows_in_directory: SambaDC, kit: WindowsKit
) -> None:
    dc = windows_in_directory
    # The Windows DC's SMB is the Samba DC's smbd here; its WinRM answers nowhere.
    target = admin.Target(WINDOWS_DC, dc.host, kit_dir=kit.dll.parent)
    check = asyncio.run(admin.check_dc(dc_paths, target))
    assert check.platform == admin.WINDOWS and check.host_key is None
    assert _rows(check) == [
        (admin.REACHABLE, True, "ok"),
        (admin.JOINED, True, "ok"),
        (admin.CAPTURE, True, "ok"),
        (admin.KIT, True, "ok"),
        (admin.SMB, None, "needs_windows_login"),
        (admin.WINRM, None, "needs_windows_login"),
    ]
    login = WindowsLogin(dc.host, ADMIN, SecretStr(dc.admin_password), winrm_http=True, winrm_port=_free_port())
    check = asyncio.run(admin.check_dc(dc_paths, target, login=login))
    assert _rows(check) == [
        (admin.DOMAIN_ADMIN, True, "ok"),  # the login's own account
        (admin.REACHABLE, True, "ok"),
        (admin.JOINED, True, "ok"),
        (admin.CAPTURE, True, "ok"),
        (admin.KIT, True, "ok"),
        (admin.SMB, True, "ok"),
        (admin.WINRM, False, "winrm_unreachable"),
    ]
    # An SSH login for a Windows DC is the wrong kind; a DC too old for the filter and a missing kit are named.
    from app.pwsync.installer import SshLogin

    ssh = SshLogin(dc.host, "root", "ssh-ed25519 AAAA")
    old = admin.Target(OLD_WINDOWS_DC, dc.host, kit_dir=kit.dll.parent / "nowhere")
    rows = _rows(asyncio.run(admin.check_dc(dc_paths, old, login=ssh)))
    assert (admin.CAPTURE, False, "windows_too_old") in rows and (admin.KIT, False, "windows_kit_missing") in rows
    assert (admin.SMB, False, "dc_platform_mismatch") in rows


@pytest.mark.samba
def test_install_on_a_windows_dc_that_fails_a_prerequisite_installs_nothing(
    dc_paths: AgentPaths, windows_in_directory: SambaDC, kit: WindowsKit
) -> None:
    dc = windows_in_directory
    target = admin.Target(WINDOWS_DC, dc.host, kit_dir=kit.dll.parent)
    login = WindowsLogin(dc.host, ADMIN, SecretStr(dc.admin_password), winrm_http=True, winrm_port=_free_port())
    share = dc.dir / "admin-share"
    before = sorted(share.rglob("*"))
    with pytest.raises(admin.PasswordSyncAdminError) as caught:
        asyncio.run(admin.install_dc(dc_paths, target, login, restart_dc=True))
    assert caught.value.code == "prerequisites_not_met" and caught.value.details["failed"] == ["winrm_unreachable"]
    assert sorted(share.rglob("*")) == before
    assert admin.status_rows(dc_paths) == []  # no state: nothing was initiated


def test_the_dc_agents_configuration_on_a_windows_dc(tmp_path: Path) -> None:
    """What dcagent.json says on a Windows DC, read back as the DC agent reads it (send and service modes)."""
    import json

    from app.pwsync import dcagent
    from app.pwsync.windows_installer import dcagent_config

    identity = PasswordSyncIdentity.create()
    layout = WindowsLayout()
    written = dcagent_config("windc1.zylker.test", "ic.zylker.test", 48443, identity, layout)
    assert "key" not in json.dumps(written).lower().replace("envelope_public_key", "")  # no private material
    (tmp_path / "dcagent.json").write_text(json.dumps(written))
    config = dcagent.Config.load(tmp_path / "dcagent.json")
    assert (config.dc_name, config.agent_host, config.agent_port) == ("windc1.zylker.test", "ic.zylker.test", 48443)
    assert config.filter_spool == Path(layout.filter_spool) and config.ldap_host == "windc1.zylker.test"
    assert config.envelope_public_key == base64.b64decode(identity.envelope_public_b64())
    assert config.spool == (tmp_path / "spool").resolve() and config.key == (tmp_path / "dcagent.key").resolve()


def test_an_uninstall_that_cannot_reach_winrm_stays_uninstall_initiated_with_the_cause(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path / "agent")
    paths.ensure()
    tenant = TenantSettings(tenant_url="https://t.example", issuer="https://t.example", client_id="c",
                            scim_base_url="https://t.example/scim/v2")  # fmt: skip
    ConfigStore(paths.config_file).save(AgentConfig(device_name="D", tenant=tenant, ldap=offline_ldap_settings()))
    admin.set_dc_state(paths, "dc2.zylker.test", DcAgentState.INSTALLED)
    seen: list[str] = []
    with pytest.raises(InstallError):
        asyncio.run(
            admin.uninstall_dc(
                paths,
                admin.Target("dc2.zylker.test"),
                _local(winrm_port=_free_port()),
                restart_dc=True,
                progress=lambda dc, what: seen.append(what),
            )
        )
    (row,) = admin.status_rows(paths)
    assert (row["state"], row["detail"]) == ("uninstall_initiated", "winrm_unreachable")
    assert seen == ["uninstall_initiated", "connect"]
