// What the encoder tests (tst_encoders_validation, tst_encoders_bodies) share: valid requests to
// start from, the field list of a validation result, and a row of the validation table.
#pragma once

#include "models/domain/Campaign.h"
#include "models/domain/FormCheck.h"
#include "models/domain/ProspectRequests.h"

#include <QStringList>
#include <QTest>
#include <functional>

namespace kakiyo::test {

inline QString fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field.isEmpty() ? QStringLiteral("(body)") : e.field);
    return out.join(QLatin1Char(','));
}

inline ProspectInput person(int i)
{
    return {QStringLiteral("Person %1").arg(i),
        QStringLiteral("https://linkedin.com/in/p%1").arg(i), {}, std::nullopt, {}};
}

inline CampaignCreate validCampaign()
{
    CampaignCreate c;
    c.name = "Q2 Sales Outreach";
    c.productId = "prod_123456789";
    c.promptId = "prompt_987654321";
    c.agentId = "agent_abcdef123456";
    c.variables = {{"companyValue", "Our platform"}, {"painPoint", "low response rates"}};
    return c;
}

// One row of a validation table: the check to run and the fields it must name ("" for none).
inline void addValidationRow(
    const char *name, std::function<FieldErrors()> fn, const char *expected)
{
    QTest::newRow(name) << fn << QString::fromLatin1(expected);
}

} // namespace kakiyo::test

Q_DECLARE_METATYPE(std::function<kakiyo::FieldErrors()>)
