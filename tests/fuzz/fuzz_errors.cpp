// Error bodies: any non-2xx status with any body becomes an ApiError with a category, a sentence
// for the user and a sane retry hint (never negative apart from "none", never the body's raw
// bytes as a crash).
#include "FuzzInput.h"
#include "models/api/ApiError.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick a status from 300 to 599; the rest is the body.
    const int status = 300 + ((data[0] << 8) | data[1]) % 300;
    const QByteArray body = fuzz::bytes(data + 2, size - 2);
    const ApiError error = ApiError::fromHttp(status, body, 1700000000000);
    if (!error.isError())
        fuzz::fail("a failed answer without an error category");
    if (error.httpStatus != status)
        fuzz::fail("the error lost its status");
    if (error.userMessage().isEmpty())
        fuzz::fail("an error without a sentence for the user");
    if (error.retryAfterMs < -1)
        fuzz::fail("a negative retry hint");
    return 0;
}
