/* Test program for the sealing code the password filter uses (pwseal.c), never shipped.
 *
 *   sealtest FOLDER PUBLIC_KEY_HEX USER RID [--fixed-key KEY_HEX]   (password on stdin, UTF-8, one line)
 *
 * Calls icpw_capture exactly as PasswordChangeNotify does (the password converted to UTF-16 first, as LSA hands
 * it over) and prints "ok" or the failing step and status. --fixed-key checks the AES-GCM and spool path alone. */
#include <stdio.h>
#include <string.h>

#include "pwseal.h"

static int from_hex(const char *text, BYTE *out, size_t size)
{
    if (strlen(text) != 2 * size)
        return 0;
    for (size_t i = 0; i < size; i++) {
        unsigned value;
        if (sscanf(text + 2 * i, "%2x", &value) != 1)
            return 0;
        out[i] = (BYTE)value;
    }
    return 1;
}

int wmain(int argc, WCHAR **argv)
{
    BYTE public_key[ICPW_PUBLIC_KEY_SIZE], fixed[32];
    char narrow[256], line[1024];
    WCHAR password[1024];
    FILETIME now;
    int chars;
    size_t length;
    icpw_result r;

    if (argc != 5 && !(argc == 7 && lstrcmpW(argv[5], L"--fixed-key") == 0)) {
        fprintf(stderr, "usage: sealtest FOLDER PUBLIC_KEY_HEX USER RID [--fixed-key KEY_HEX]\n");
        return 2;
    }
    WideCharToMultiByte(CP_UTF8, 0, argv[2], -1, narrow, sizeof(narrow), NULL, NULL);
    if (!from_hex(narrow, public_key, sizeof(public_key)))
        return 2;
    if (argc == 7) {
        WideCharToMultiByte(CP_UTF8, 0, argv[6], -1, narrow, sizeof(narrow), NULL, NULL);
        if (!from_hex(narrow, fixed, sizeof(fixed)))
            return 2;
    }
    if (!fgets(line, sizeof(line), stdin))
        return 2;
    length = strcspn(line, "\r\n");
    chars = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, line, (int)length, password, 1024);
    SecureZeroMemory(line, sizeof(line));
    if (chars <= 0 && length > 0)
        return 2;
    GetSystemTimeAsFileTime(&now);
    r = icpw_capture(argv[1], public_key, argc == 7 ? fixed : NULL, argv[3], lstrlenW(argv[3]),
                     (ULONG)wcstoul(argv[4], NULL, 10), password, (ULONG)chars, now);
    SecureZeroMemory(password, sizeof(password));
    if (r.step != ICPW_OK) {
        printf("failed step=%d status=0x%08lx\n", (int)r.step, (unsigned long)r.status);
        return 1;
    }
    printf("ok %llu\n", ((ULONGLONG)now.dwHighDateTime << 32) | now.dwLowDateTime);
    return 0;
}
