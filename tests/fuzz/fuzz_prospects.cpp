// GET /prospects/search and GET /prospects/campaign/{id} pages.
#include "FuzzInput.h"
#include "models/domain/Prospect.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(SearchPage::fromJson(body));
    fuzz::checkDecoded(ProspectSearchItem::fromJson(body));
    return 0;
}
