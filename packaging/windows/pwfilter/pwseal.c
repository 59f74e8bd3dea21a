/* Envelope v2 and the spool file: see pwseal.h for the format. Runs inside LSASS: no CRT heap, no exceptions,
 * every buffer that held the password or a key is zeroed with SecureZeroMemory before it is released. */
#include "pwseal.h"

#include <aclapi.h>
#include <bcrypt.h>
#include <sddl.h>
#include <stdio.h>

#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS)0)
#endif

/* SYSTEM and Administrators, full control, inherited by files; the DACL is protected (no inherited entries). */
static const WCHAR SPOOL_SDDL[] = L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)";

static icpw_result result(icpw_step step, LONG status)
{
    icpw_result r = {step, status};
    return r;
}

icpw_result icpw_encrypt(const BYTE key[32], const BYTE *aad, ULONG aad_len, const BYTE *plain, ULONG plain_len,
                         BYTE *out, ULONG *out_len)
{
    BCRYPT_ALG_HANDLE aes = NULL;
    BCRYPT_KEY_HANDLE handle = NULL;
    BCRYPT_AUTHENTICATED_CIPHER_MODE_INFO info;
    BYTE *nonce = out, *cipher = out + ICPW_NONCE_SIZE, *tag = out + ICPW_NONCE_SIZE + plain_len;
    ULONG written = 0;
    NTSTATUS status;
    icpw_result r = result(ICPW_OK, 0);

    status = BCryptGenRandom(NULL, nonce, ICPW_NONCE_SIZE, BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    if (!BCRYPT_SUCCESS(status))
        return result(ICPW_ERR_RANDOM, status);
    status = BCryptOpenAlgorithmProvider(&aes, BCRYPT_AES_ALGORITHM, NULL, 0);
    if (BCRYPT_SUCCESS(status))
        status = BCryptSetProperty(aes, BCRYPT_CHAINING_MODE, (PUCHAR)BCRYPT_CHAIN_MODE_GCM,
                                   sizeof(BCRYPT_CHAIN_MODE_GCM), 0);
    if (BCRYPT_SUCCESS(status))
        status = BCryptGenerateSymmetricKey(aes, &handle, NULL, 0, (PUCHAR)key, 32, 0);
    if (BCRYPT_SUCCESS(status)) {
        BCRYPT_INIT_AUTH_MODE_INFO(info);
        info.pbNonce = nonce;
        info.cbNonce = ICPW_NONCE_SIZE;
        info.pbAuthData = (PUCHAR)aad;
        info.cbAuthData = aad_len;
        info.pbTag = tag;
        info.cbTag = ICPW_TAG_SIZE;
        status = BCryptEncrypt(handle, (PUCHAR)plain, plain_len, &info, NULL, 0, cipher, plain_len, &written, 0);
    }
    if (!BCRYPT_SUCCESS(status) || written != plain_len)
        r = result(ICPW_ERR_CIPHER, status);
    else
        *out_len = ICPW_NONCE_SIZE + plain_len + ICPW_TAG_SIZE;
    if (handle)
        BCryptDestroyKey(handle);
    if (aes)
        BCryptCloseAlgorithmProvider(aes, 0);
    return r;
}

/* CNG's ECC public blob (magic, size, X, Y) from and to the uncompressed point 0x04 || X || Y. */
static icpw_result import_public(BCRYPT_ALG_HANDLE ecdh, const BYTE point[ICPW_PUBLIC_KEY_SIZE],
                                 BCRYPT_KEY_HANDLE *key)
{
    BYTE blob[sizeof(BCRYPT_ECCKEY_BLOB) + 64];
    BCRYPT_ECCKEY_BLOB *head = (BCRYPT_ECCKEY_BLOB *)blob;
    NTSTATUS status;
    if (point[0] != 0x04)
        return result(ICPW_ERR_KEY_IMPORT, 0);
    head->dwMagic = BCRYPT_ECDH_PUBLIC_P256_MAGIC;
    head->cbKey = 32;
    CopyMemory(blob + sizeof(BCRYPT_ECCKEY_BLOB), point + 1, 64);
    status = BCryptImportKeyPair(ecdh, NULL, BCRYPT_ECCPUBLIC_BLOB, key, blob, sizeof(blob), 0);
    return BCRYPT_SUCCESS(status) ? result(ICPW_OK, 0) : result(ICPW_ERR_KEY_IMPORT, status);
}

static icpw_result export_public(BCRYPT_KEY_HANDLE key, BYTE point[ICPW_PUBLIC_KEY_SIZE])
{
    BYTE blob[sizeof(BCRYPT_ECCKEY_BLOB) + 64];
    ULONG size = 0;
    NTSTATUS status = BCryptExportKey(key, NULL, BCRYPT_ECCPUBLIC_BLOB, blob, sizeof(blob), &size, 0);
    if (!BCRYPT_SUCCESS(status) || size != sizeof(blob))
        return result(ICPW_ERR_EPHEMERAL, status);
    point[0] = 0x04;
    CopyMemory(point + 1, blob + sizeof(BCRYPT_ECCKEY_BLOB), 64);
    return result(ICPW_OK, 0);
}

icpw_result icpw_seal(const BYTE agent_public[ICPW_PUBLIC_KEY_SIZE], const BYTE *aad, ULONG aad_len,
                      const BYTE *plain, ULONG plain_len, BYTE *out, ULONG *out_len)
{
    BCRYPT_ALG_HANDLE ecdh = NULL;
    BCRYPT_KEY_HANDLE agent = NULL, ephemeral = NULL;
    BCRYPT_SECRET_HANDLE secret = NULL;
    BYTE key[32], append[2 * ICPW_PUBLIC_KEY_SIZE];
    BCryptBuffer parameters[3];
    BCryptBufferDesc description;
    ULONG derived = 0, sealed = 0;
    NTSTATUS status;
    icpw_result r;

    status = BCryptOpenAlgorithmProvider(&ecdh, BCRYPT_ECDH_P256_ALGORITHM, NULL, 0);
    if (!BCRYPT_SUCCESS(status))
        return result(ICPW_ERR_EPHEMERAL, status);
    r = import_public(ecdh, agent_public, &agent);
    if (r.step != ICPW_OK)
        goto done;
    status = BCryptGenerateKeyPair(ecdh, &ephemeral, 256, 0);
    if (BCRYPT_SUCCESS(status))
        status = BCryptFinalizeKeyPair(ephemeral, 0);
    if (!BCRYPT_SUCCESS(status)) {
        r = result(ICPW_ERR_EPHEMERAL, status);
        goto done;
    }
    r = export_public(ephemeral, out); /* the sealed blob starts with the ephemeral public key */
    if (r.step != ICPW_OK)
        goto done;
    status = BCryptSecretAgreement(ephemeral, agent, &secret, 0);
    if (!BCRYPT_SUCCESS(status)) {
        r = result(ICPW_ERR_AGREEMENT, status);
        goto done;
    }
    CopyMemory(append, out, ICPW_PUBLIC_KEY_SIZE);
    CopyMemory(append + ICPW_PUBLIC_KEY_SIZE, agent_public, ICPW_PUBLIC_KEY_SIZE);
    parameters[0].BufferType = KDF_HASH_ALGORITHM;
    parameters[0].cbBuffer = sizeof(BCRYPT_SHA256_ALGORITHM);
    parameters[0].pvBuffer = (PVOID)BCRYPT_SHA256_ALGORITHM;
    parameters[1].BufferType = KDF_SECRET_PREPEND;
    parameters[1].cbBuffer = sizeof(ICPW_LABEL) - 1;
    parameters[1].pvBuffer = (PVOID)ICPW_LABEL;
    parameters[2].BufferType = KDF_SECRET_APPEND;
    parameters[2].cbBuffer = sizeof(append);
    parameters[2].pvBuffer = append;
    description.ulVersion = BCRYPTBUFFER_VERSION;
    description.cBuffers = 3;
    description.pBuffers = parameters;
    status = BCryptDeriveKey(secret, BCRYPT_KDF_HASH, &description, key, sizeof(key), &derived, 0);
    if (!BCRYPT_SUCCESS(status) || derived != sizeof(key)) {
        r = result(ICPW_ERR_DERIVE, status);
        goto done;
    }
    r = icpw_encrypt(key, aad, aad_len, plain, plain_len, out + ICPW_PUBLIC_KEY_SIZE, &sealed);
    if (r.step == ICPW_OK)
        *out_len = ICPW_PUBLIC_KEY_SIZE + sealed;
done:
    SecureZeroMemory(key, sizeof(key));
    if (secret)
        BCryptDestroySecret(secret);
    if (ephemeral)
        BCryptDestroyKey(ephemeral);
    if (agent)
        BCryptDestroyKey(agent);
    BCryptCloseAlgorithmProvider(ecdh, 0);
    return r;
}

static BOOL make_security(SECURITY_ATTRIBUTES *attributes)
{
    PSECURITY_DESCRIPTOR descriptor = NULL;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(SPOOL_SDDL, SDDL_REVISION_1, &descriptor, NULL))
        return FALSE;
    attributes->nLength = sizeof(*attributes);
    attributes->lpSecurityDescriptor = descriptor;
    attributes->bInheritHandle = FALSE;
    return TRUE;
}

icpw_result icpw_prepare_folder(const WCHAR *folder)
{
    SECURITY_ATTRIBUTES attributes;
    WCHAR path[MAX_PATH];
    size_t length = lstrlenW(folder);
    LONG error = 0;
    if (length == 0 || length >= MAX_PATH)
        return result(ICPW_ERR_ARGUMENT, 0);
    if (!make_security(&attributes))
        return result(ICPW_ERR_FOLDER, (LONG)GetLastError());
    /* Parents are created with the default ACL; the spool folder itself with the protected one. */
    lstrcpyW(path, folder);
    for (size_t i = 3; i < length; i++) {
        if (path[i] == L'\\' || path[i] == L'/') {
            path[i] = 0;
            CreateDirectoryW(path, NULL);
            path[i] = L'\\';
        }
    }
    if (!CreateDirectoryW(folder, &attributes)) {
        error = (LONG)GetLastError();
        if (error == ERROR_ALREADY_EXISTS) {
            /* An existing folder gets the same protected DACL again (someone may have widened it). */
            PACL dacl = NULL;
            BOOL present = FALSE, defaulted = FALSE;
            if (!GetSecurityDescriptorDacl(attributes.lpSecurityDescriptor, &present, &dacl, &defaulted))
                error = (LONG)GetLastError();
            else
                error = (LONG)SetNamedSecurityInfoW((LPWSTR)folder, SE_FILE_OBJECT,
                                                    DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                                    NULL, NULL, dacl, NULL);
        }
    }
    LocalFree(attributes.lpSecurityDescriptor);
    return error ? result(ICPW_ERR_FOLDER, error) : result(ICPW_OK, 0);
}

/* UTF-16 → UTF-8 into a heap buffer; invalid UTF-16 (unpaired surrogates) is refused rather than altered. */
static BYTE *to_utf8(const WCHAR *text, ULONG chars, ULONG *size)
{
    int needed, done;
    BYTE *buffer;
    if (chars == 0) {
        *size = 0;
        return HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 1);
    }
    needed = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, text, (int)chars, NULL, 0, NULL, NULL);
    if (needed <= 0)
        return NULL;
    buffer = HeapAlloc(GetProcessHeap(), 0, (SIZE_T)needed);
    if (!buffer)
        return NULL;
    done = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, text, (int)chars, (LPSTR)buffer, needed, NULL, NULL);
    if (done != needed) {
        SecureZeroMemory(buffer, (SIZE_T)needed);
        HeapFree(GetProcessHeap(), 0, buffer);
        return NULL;
    }
    *size = (ULONG)needed;
    return buffer;
}

static void wipe_free(BYTE *buffer, SIZE_T size)
{
    if (buffer) {
        SecureZeroMemory(buffer, size);
        HeapFree(GetProcessHeap(), 0, buffer);
    }
}

static icpw_result write_spool(const WCHAR *folder, const BYTE *file, ULONG size, ULONG rid,
                               ULONGLONG when)
{
    SECURITY_ATTRIBUTES attributes;
    WCHAR temporary[MAX_PATH], final_name[MAX_PATH];
    ULONG random = 0;
    DWORD written = 0;
    HANDLE handle;
    LONG error = 0;

    BCryptGenRandom(NULL, (PUCHAR)&random, sizeof(random), BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    /* Names sort in capture order: the change time first (20 digits), then the RID and a random tail. */
    if (_snwprintf(final_name, MAX_PATH, L"%ls\\%020I64u-%010lu-%08lx.pwf", folder, when, rid, random) <= 0 ||
        _snwprintf(temporary, MAX_PATH, L"%ls\\.%020I64u-%010lu-%08lx.tmp", folder, when, rid, random) <= 0)
        return result(ICPW_ERR_ARGUMENT, 0);
    if (!make_security(&attributes))
        return result(ICPW_ERR_WRITE, (LONG)GetLastError());
    handle = CreateFileW(temporary, GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                         FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_WRITE_THROUGH, NULL);
    LocalFree(attributes.lpSecurityDescriptor);
    if (handle == INVALID_HANDLE_VALUE)
        return result(ICPW_ERR_WRITE, (LONG)GetLastError());
    if (!WriteFile(handle, file, size, &written, NULL) || written != size || !FlushFileBuffers(handle))
        error = (LONG)GetLastError();
    CloseHandle(handle);
    if (!error && !MoveFileExW(temporary, final_name, MOVEFILE_WRITE_THROUGH))
        error = (LONG)GetLastError();
    if (error) {
        DeleteFileW(temporary);
        return result(ICPW_ERR_WRITE, error ? error : -1);
    }
    SetFileAttributesW(final_name, FILE_ATTRIBUTE_NORMAL);
    return result(ICPW_OK, 0);
}

icpw_result icpw_capture(const WCHAR *folder, const BYTE agent_public[ICPW_PUBLIC_KEY_SIZE], const BYTE *fixed_key,
                         const WCHAR *user, ULONG user_chars, ULONG rid, const WCHAR *password, ULONG password_chars,
                         FILETIME when)
{
    ULARGE_INTEGER time;
    BYTE *name = NULL, *plain = NULL, *file = NULL;
    ULONG name_len = 0, plain_len = 0, file_size = 0, sealed = 0, header_len;
    char header[ICPW_MAX_HEADER];
    icpw_result r;

    time.LowPart = when.dwLowDateTime;
    time.HighPart = when.dwHighDateTime;
    name = to_utf8(user, user_chars, &name_len);
    if (!name || name_len == 0 || name_len > 256) {
        wipe_free(name, name_len);
        return result(ICPW_ERR_ENCODING, 0);
    }
    header_len = (ULONG)_snprintf(header, 64, "v2|%lu|%I64u|", rid, time.QuadPart);
    CopyMemory(header + header_len, name, name_len);
    header_len += name_len;
    wipe_free(name, name_len);

    plain = to_utf8(password, password_chars, &plain_len);
    if (!plain)
        return result(ICPW_ERR_ENCODING, 0);
    file_size = 7 + header_len + ICPW_PUBLIC_KEY_SIZE + ICPW_NONCE_SIZE + plain_len + ICPW_TAG_SIZE;
    file = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, file_size);
    if (!file) {
        wipe_free(plain, plain_len);
        return result(ICPW_ERR_MEMORY, 0);
    }
    CopyMemory(file, "ICPW\x02", 5);
    file[5] = (BYTE)(header_len & 0xff);
    file[6] = (BYTE)(header_len >> 8);
    CopyMemory(file + 7, header, header_len);
    if (fixed_key) {
        /* Test program only: no agreement, the ephemeral-key slot left zero. */
        r = icpw_encrypt(fixed_key, (const BYTE *)header, header_len, plain, plain_len,
                         file + 7 + header_len + ICPW_PUBLIC_KEY_SIZE, &sealed);
        sealed += ICPW_PUBLIC_KEY_SIZE;
    } else {
        r = icpw_seal(agent_public, (const BYTE *)header, header_len, plain, plain_len, file + 7 + header_len,
                      &sealed);
    }
    wipe_free(plain, plain_len); /* the cleartext is gone before anything touches the disk */
    if (r.step == ICPW_OK) {
        r = icpw_prepare_folder(folder);
        if (r.step == ICPW_OK)
            r = write_spool(folder, file, 7 + header_len + sealed, rid, time.QuadPart);
    }
    wipe_free(file, file_size);
    return r;
}
