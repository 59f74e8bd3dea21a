/* Test-environment shim for Wine 8, never shipped: Qt 6's Qt6Core.dll links the ICU converter functions of
 * Windows 10's system icuuc.dll, which Wine 8 lacks, so Qt does not load at all. Qt only uses them for
 * encodings it does not implement itself; this shim reports that ICU knows no converters (ucnv_open fails
 * with U_FILE_ACCESS_ERROR, no converter is available), which Qt handles as "encoding not supported".
 * The remaining imports are never reached without an open converter; they do nothing. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

static void fail(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

void *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard; fail(status); return NULL;
}
int ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int index) { (void)index; return NULL; }
/* Every other import: no converter exists, so these only ever see NULL; report "nothing". */
size_t icuuc_shim_nothing(void) { return 0; }
