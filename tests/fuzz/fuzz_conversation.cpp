// GET /prospects/{chatId}: a prospect with its conversation and custom data.
#include "FuzzInput.h"
#include "models/domain/ChatDetails.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(ChatDetails::fromJson(body));
    return 0;
}
