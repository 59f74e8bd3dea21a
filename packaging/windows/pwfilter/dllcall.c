/* Test program, never shipped: loads the password filter DLL and calls its three exports the way LSA does.
 *
 *   dllcall DLL USER RID   (the new password on stdin, UTF-8, one line)
 *
 * Prints "init=<0|1> filter=<0|1> notify=0x<NTSTATUS>". */
#include <windows.h>
#include <ntsecapi.h>
#include <stdio.h>
#include <string.h>

typedef BOOLEAN(NTAPI *init_fn)(void);
typedef BOOLEAN(NTAPI *filter_fn)(PUNICODE_STRING, PUNICODE_STRING, PUNICODE_STRING, BOOLEAN);
typedef NTSTATUS(NTAPI *notify_fn)(PUNICODE_STRING, ULONG, PUNICODE_STRING);

static UNICODE_STRING counted(WCHAR *text, size_t chars)
{
    UNICODE_STRING s;
    s.Length = s.MaximumLength = (USHORT)(chars * sizeof(WCHAR));
    s.Buffer = text;
    return s;
}

int wmain(int argc, WCHAR **argv)
{
    char line[1024];
    WCHAR password[1024];
    UNICODE_STRING user, full, secret;
    HMODULE dll;
    init_fn init;
    filter_fn filter;
    notify_fn notify;
    int chars;
    BOOLEAN initialized, allowed;
    NTSTATUS status;

    if (argc != 4 || !fgets(line, sizeof(line), stdin))
        return 2;
    chars = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, line, (int)strcspn(line, "\r\n"), password, 1024);
    SecureZeroMemory(line, sizeof(line));
    dll = LoadLibraryW(argv[1]);
    if (!dll)
        return 3;
    init = (init_fn)(void *)GetProcAddress(dll, "InitializeChangeNotify");
    filter = (filter_fn)(void *)GetProcAddress(dll, "PasswordFilter");
    notify = (notify_fn)(void *)GetProcAddress(dll, "PasswordChangeNotify");
    if (!init || !filter || !notify)
        return 4;
    user = counted(argv[2], wcslen(argv[2]));
    full = counted(argv[2], wcslen(argv[2]));
    secret = counted(password, chars > 0 ? (size_t)chars : 0);
    initialized = init();
    allowed = filter(&user, &full, &secret, FALSE);
    status = notify(&user, (ULONG)wcstoul(argv[3], NULL, 10), &secret);
    SecureZeroMemory(password, sizeof(password));
    printf("init=%d filter=%d notify=0x%08lx\n", initialized ? 1 : 0, allowed ? 1 : 0, (unsigned long)status);
    FreeLibrary(dll);
    return 0;
}
