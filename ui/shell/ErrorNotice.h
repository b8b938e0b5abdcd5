// Decides how an API failure is shown: which banner category, what it says and which action
// fixes it (re-enter key, retry, open the billing page, wait N s then retry). Errors that belong
// to a form (validation, not found, conflict) are shown in place by the form, not here.
#pragma once

#include "models/api/ApiError.h"
#include "ui/shell/Banner.h"

#include <functional>
#include <optional>

namespace kakiyo {

struct ErrorNotice
{
    struct Actions
    {
        std::function<void()> retry; // ask the current page again
        std::function<void()> reenterKey; // open the key manager
        std::function<void()> openBilling;
    };

    // nullopt when the error is not a banner's business.
    static std::optional<BannerSpec> bannerFor(const ApiError &error, const Actions &actions);
    static QString billingUrl();
};

} // namespace kakiyo
