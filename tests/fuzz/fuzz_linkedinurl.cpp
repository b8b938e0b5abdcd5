// The LinkedIn profile URL normaliser (imports and the Do Not Contact list compare by it): any
// text is valid with a canonical form or invalid with a reason, and normalising is idempotent.
#include "FuzzInput.h"
#include "models/import/LinkedinUrl.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const LinkedinUrl url = LinkedinUrl::parse(text);
    if (url.isValid()) {
        if (url.canonical.isEmpty() || url.slug.isEmpty())
            fuzz::fail("a valid URL without canonical form or slug");
        if (LinkedinUrl::normalised(url.canonical) != url.canonical)
            fuzz::fail("normalising a canonical URL changed it");
    } else if (!url.canonical.isEmpty() || url.reason.isEmpty()) {
        fuzz::fail("an invalid URL with a canonical form, or without a reason");
    }
    return 0;
}
