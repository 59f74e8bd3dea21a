/* Sealing a captured password for the Identity Connect agent (envelope v2) and writing it to the spool.
 *
 * Shared by the password-filter DLL and its test program, so both run the same code. Only Windows CNG
 * (bcrypt.dll) is used:
 *
 *   ephemeral ECDH P-256 key pair; Z = ECDH(ephemeral private, agent's envelope public key), big-endian X
 *   key   = SHA-256(LABEL || Z || ephemeral public || agent public)   (BCryptDeriveKey, BCRYPT_KDF_HASH:
 *           KDF_SECRET_PREPEND = LABEL, KDF_SECRET_APPEND = the two public points, uncompressed, 65 bytes each)
 *   nonce = 12 random bytes; AES-256-GCM(key, nonce, password as UTF-8, AAD = header), 16-byte tag
 *   sealed = ephemeral public (65) || nonce (12) || ciphertext || tag (16)
 *
 * header (the AAD, UTF-8) = "v2|" RID "|" change time (FILETIME, decimal) "|" sAMAccountName
 *
 * Spool file (little-endian): "ICPW" | 0x02 | header length (u16) | header | sealed.
 * It is written as a hidden temporary file and renamed into place (MoveFileExW), so the sender never reads a
 * half-written change; both the folder and the file carry a protected DACL for SYSTEM and Administrators only.
 */
#ifndef IDENTITY_CONNECT_PWSEAL_H
#define IDENTITY_CONNECT_PWSEAL_H

#include <windows.h>

#define ICPW_PUBLIC_KEY_SIZE 65 /* 0x04 || X || Y */
#define ICPW_NONCE_SIZE 12
#define ICPW_TAG_SIZE 16
#define ICPW_MAX_HEADER 512
#define ICPW_LABEL "identity-connect password-sync envelope v2"

/* Which step failed, for the caller's diagnostics (never anything about the password). */
typedef enum {
    ICPW_OK = 0,
    ICPW_ERR_ARGUMENT,
    ICPW_ERR_MEMORY,
    ICPW_ERR_ENCODING,
    ICPW_ERR_KEY_IMPORT,
    ICPW_ERR_EPHEMERAL,
    ICPW_ERR_AGREEMENT,
    ICPW_ERR_DERIVE,
    ICPW_ERR_RANDOM,
    ICPW_ERR_CIPHER,
    ICPW_ERR_FOLDER,
    ICPW_ERR_WRITE
} icpw_step;

typedef struct {
    icpw_step step;
    LONG status; /* NTSTATUS from CNG, or a Win32 error code */
} icpw_result;

/* Encrypt with a given 32-byte key (the AES-GCM half of the envelope): out = nonce || ciphertext || tag. */
icpw_result icpw_encrypt(const BYTE key[32], const BYTE *aad, ULONG aad_len, const BYTE *plain, ULONG plain_len,
                         BYTE *out, ULONG *out_len);

/* The whole envelope: ECDH P-256 against agent_public, the KDF above, then icpw_encrypt.
 * out must hold ICPW_PUBLIC_KEY_SIZE + ICPW_NONCE_SIZE + plain_len + ICPW_TAG_SIZE bytes. */
icpw_result icpw_seal(const BYTE agent_public[ICPW_PUBLIC_KEY_SIZE], const BYTE *aad, ULONG aad_len,
                      const BYTE *plain, ULONG plain_len, BYTE *out, ULONG *out_len);

/* Make the spool folder (and its parents) with the protected SYSTEM/Administrators DACL. */
icpw_result icpw_prepare_folder(const WCHAR *folder);

/* One password change into the spool: the UTF-16 user name and password as LSA hands them over. When
 * fixed_key is not NULL it is used instead of the ECDH agreement (test program only, to check the AES-GCM and
 * spool path on systems whose CNG lacks ECDH key derivation). The UTF-8 copy of the password is zeroed. */
icpw_result icpw_capture(const WCHAR *folder, const BYTE agent_public[ICPW_PUBLIC_KEY_SIZE], const BYTE *fixed_key,
                         const WCHAR *user, ULONG user_chars, ULONG rid, const WCHAR *password, ULONG password_chars,
                         FILETIME when);

#endif
