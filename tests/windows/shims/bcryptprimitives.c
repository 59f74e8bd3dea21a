/* Test-environment shim for Wine 8, never shipped: Windows 10's bcryptprimitives.dll exports ProcessPrng,
 * which the Rust standard library (pydantic-core, cryptography) imports at load time and Wine 8 lacks.
 * It fills the buffer from the system RNG through bcrypt.dll, which Wine does implement. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T size)
{
    const SIZE_T chunk = 1u << 30; /* BCryptGenRandom takes a ULONG length */
    for (SIZE_T done = 0; done < size;) {
        ULONG part = (ULONG)(size - done < chunk ? size - done : chunk);
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, buffer + done, part, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        done += part;
    }
    return TRUE;
}
