/* Identity Connect password filter: an LSA notification package for Windows domain controllers.
 *
 * LSA calls PasswordChangeNotify on the DC where a password was set or changed, after the change is committed.
 * The new password is sealed at once to the Identity Connect agent's envelope key (envelope v2, pwseal.h) and
 * written to the spool folder; the Identity Connect DC agent service (`dcagent.py send`) resolves the account's
 * objectGUID and pwdLastSet and delivers the change. The cleartext never reaches a disk, and the UTF-8 copy made
 * for sealing is zeroed at once.
 *
 * PasswordFilter always answers TRUE: this package never blocks or delays a password change; when sealing or
 * writing fails the change is set in the directory all the same, and the failing step and status (never the
 * account or its password) are written to the LastFailure value below and to the debugger output.
 *
 * Configuration, read on every change so a new key needs no restart (registry, written by the installer):
 *   HKLM\SOFTWARE\Identity Connect\Password Sync
 *     EnvelopeKey  REG_BINARY  the agent's P-256 envelope public key, uncompressed point (65 bytes, 0x04 || X || Y)
 *     SpoolFolder  REG_SZ      optional; default %ProgramData%\Identity Connect\Password Sync\spool
 *     LastFailure  REG_SZ      written by the filter: the last step that failed and its status
 * Without a valid EnvelopeKey nothing is captured.
 */
#include <windows.h>
#include <ntsecapi.h>
#include <stdio.h>

#include "pwseal.h"

#define CONFIG_KEY L"SOFTWARE\\Identity Connect\\Password Sync"

/* A failure goes to the debugger output and to the LastFailure value beside the configuration, where the DC
 * agent and an administrator can see it: the step and status only. */
static void report(const WCHAR *what, icpw_result r)
{
    WCHAR line[160];
    int length = _snwprintf(line, 159, L"%ls failed at step %d (status 0x%08lx)", what, (int)r.step,
                            (unsigned long)r.status);
    if (length < 0)
        return;
    line[length] = 0;
    RegSetKeyValueW(HKEY_LOCAL_MACHINE, CONFIG_KEY, L"LastFailure", REG_SZ, line,
                    (DWORD)((length + 1) * sizeof(WCHAR)));
    OutputDebugStringW(line);
}

static BOOL read_config(BYTE key[ICPW_PUBLIC_KEY_SIZE], WCHAR folder[MAX_PATH])
{
    DWORD size = ICPW_PUBLIC_KEY_SIZE;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, CONFIG_KEY, L"EnvelopeKey", RRF_RT_REG_BINARY, NULL, key, &size) !=
            ERROR_SUCCESS ||
        size != ICPW_PUBLIC_KEY_SIZE || key[0] != 0x04)
        return FALSE;
    size = MAX_PATH * sizeof(WCHAR);
    if (RegGetValueW(HKEY_LOCAL_MACHINE, CONFIG_KEY, L"SpoolFolder", RRF_RT_REG_SZ, NULL, folder, &size) ==
            ERROR_SUCCESS &&
        folder[0])
        return TRUE;
    size = ExpandEnvironmentStringsW(L"%ProgramData%\\Identity Connect\\Password Sync\\spool", folder, MAX_PATH);
    return size > 0 && size <= MAX_PATH && folder[0] != L'%';
}

BOOLEAN NTAPI InitializeChangeNotify(void)
{
    BYTE key[ICPW_PUBLIC_KEY_SIZE];
    WCHAR folder[MAX_PATH];
    /* Loaded at boot: make the spool folder with its ACL now if configured; load in any case, since the
     * configuration may be written later and is read again on each change. */
    if (read_config(key, folder)) {
        icpw_result r = icpw_prepare_folder(folder);
        if (r.step != ICPW_OK)
            report(L"preparing the spool folder", r);
    }
    return TRUE;
}

BOOLEAN NTAPI PasswordFilter(PUNICODE_STRING AccountName, PUNICODE_STRING FullName, PUNICODE_STRING Password,
                             BOOLEAN SetOperation)
{
    (void)AccountName;
    (void)FullName;
    (void)Password;
    (void)SetOperation;
    return TRUE; /* never blocks a change: this package only observes */
}

NTSTATUS NTAPI PasswordChangeNotify(PUNICODE_STRING UserName, ULONG RelativeId, PUNICODE_STRING NewPassword)
{
    BYTE key[ICPW_PUBLIC_KEY_SIZE];
    WCHAR folder[MAX_PATH];
    FILETIME now;
    icpw_result r;
    if (!UserName || !UserName->Buffer || !NewPassword || !NewPassword->Buffer)
        return 0;
    GetSystemTimeAsFileTime(&now);
    if (!read_config(key, folder))
        return 0;
    r = icpw_capture(folder, key, NULL, UserName->Buffer, UserName->Length / sizeof(WCHAR), RelativeId,
                     NewPassword->Buffer, NewPassword->Length / sizeof(WCHAR), now);
    if (r.step != ICPW_OK)
        report(L"sealing a password change", r);
    return 0; /* STATUS_SUCCESS: the change itself is never affected */
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)reserved;
    if (reason == DLL_PROCESS_ATTACH)
        DisableThreadLibraryCalls(instance);
    return TRUE;
}
