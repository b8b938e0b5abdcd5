#include "models/live/Alert.h"

#include <array>
#include <utility>

namespace kakiyo {

namespace {

constexpr std::array<std::pair<Alert::Kind, const char *>, 10> kKindNames {{
    {Alert::Kind::AgentAttention, "agent-attention"},
    {Alert::Kind::CampaignIdle, "campaign-idle"},
    {Alert::Kind::CampaignCompleted, "campaign-completed"},
    {Alert::Kind::NewReply, "new-reply"},
    {Alert::Kind::NewlyQualified, "newly-qualified"},
    {Alert::Kind::CreditsLow, "credits-low"},
    {Alert::Kind::OutOfCredits, "out-of-credits"},
    {Alert::Kind::WebhookFailing, "webhook-failing"},
    {Alert::Kind::WebhookDisabled, "webhook-disabled"},
    {Alert::Kind::ImportFinished, "import-finished"},
}};

constexpr std::array<const char *, 3> kSeverityNames {"info", "warning", "error"};

} // namespace

QString Alert::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Alert::Kind> Alert::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString Alert::subjectKind() const
{
    switch (kind) {
    case Kind::AgentAttention:
        return QStringLiteral("agent");
    case Kind::CampaignIdle:
    case Kind::CampaignCompleted:
    case Kind::ImportFinished:
        return QStringLiteral("campaign");
    case Kind::NewReply:
    case Kind::NewlyQualified:
        return QStringLiteral("conversation");
    case Kind::CreditsLow:
    case Kind::OutOfCredits:
        return QStringLiteral("credits");
    case Kind::WebhookFailing:
    case Kind::WebhookDisabled:
        return QStringLiteral("webhook");
    }
    return {};
}

QJsonObject Alert::toJson() const
{
    return QJsonObject {{"id", id}, {"kind", kindName(kind)},
        {"severity", QString::fromLatin1(kSeverityNames.at(size_t(severity)))}, {"title", title},
        {"detail", detail}, {"subject", subjectKind()}, {"subjectId", subjectId},
        {"raisedAt", raisedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<Alert> Alert::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromName(json.value("kind").toString());
    if (!kind || json.value("id").toString().isEmpty())
        return std::nullopt;
    Alert a;
    a.id = json.value("id").toString();
    a.kind = *kind;
    const QString severity = json.value("severity").toString();
    for (size_t i = 0; i < kSeverityNames.size(); ++i) {
        if (severity == QLatin1String(kSeverityNames.at(i)))
            a.severity = Severity(i);
    }
    a.title = json.value("title").toString();
    a.detail = json.value("detail").toString();
    a.subjectId = json.value("subjectId").toString();
    a.raisedAt = QDateTime::fromString(json.value("raisedAt").toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace kakiyo
