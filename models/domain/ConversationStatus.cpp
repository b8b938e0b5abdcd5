#include "models/domain/ConversationStatus.h"

#include <QList>

namespace kakiyo {

namespace {
struct StatusRow
{
    int code;
    const char *label;
};
// The prospects/list table (2026-05), the newest and the one MCP agrees with (4 = replied).
constexpr StatusRow kStatusTable[] = {
    {0, "Not started"},
    {1, "Invitation sent"},
    {2, "Invitation accepted"},
    {3, "Contacted"},
    {4, "Replied"},
    {5, "Qualified"},
    {6, "Unqualified"},
    {7, "Skipped"},
    {502, "Invites disabled"},
    {503, "Unreachable"},
    {504, "No longer in network"},
    {505, "Invite cooldown"},
};
} // namespace

QString statusLabel(int code)
{
    for (const StatusRow &row : kStatusTable) {
        if (row.code == code)
            return QString::fromLatin1(row.label);
    }
    return QStringLiteral("Status %1").arg(code);
}

QList<int> knownStatusCodes()
{
    QList<int> out;
    for (const StatusRow &row : kStatusTable)
        out.append(row.code);
    return out;
}

Qualification qualificationFromString(const QString &value)
{
    if (value == QLatin1String("inProgress"))
        return Qualification::InProgress;
    if (value == QLatin1String("needVerification"))
        return Qualification::NeedVerification;
    if (value == QLatin1String("qualified"))
        return Qualification::Qualified;
    if (value == QLatin1String("unqualified") || value == QLatin1String("disqualified"))
        return Qualification::Unqualified;
    if (value == QLatin1String("pending"))
        return Qualification::InProgress;
    return Qualification::Unknown;
}

QString qualificationToString(Qualification q)
{
    switch (q) {
    case Qualification::InProgress:
        return QStringLiteral("inProgress");
    case Qualification::NeedVerification:
        return QStringLiteral("needVerification");
    case Qualification::Qualified:
        return QStringLiteral("qualified");
    case Qualification::Unqualified:
        return QStringLiteral("unqualified");
    case Qualification::Unknown:
        break;
    }
    return {};
}

QString qualificationLabel(const QString &value)
{
    if (value == QLatin1String("inProgress"))
        return QStringLiteral("In progress");
    if (value == QLatin1String("needVerification"))
        return QStringLiteral("Needs verification");
    if (value == QLatin1String("qualified"))
        return QStringLiteral("Qualified");
    if (value == QLatin1String("unqualified"))
        return QStringLiteral("Unqualified");
    if (value == QLatin1String("pending"))
        return QStringLiteral("Pending");
    if (value == QLatin1String("disqualified"))
        return QStringLiteral("Disqualified");
    return value;
}

QStringList qualificationFilterValues()
{
    return {QStringLiteral("pending"), QStringLiteral("qualified"), QStringLiteral("disqualified")};
}

QString qualificationFilterOf(Qualification q)
{
    switch (q) {
    case Qualification::InProgress:
    case Qualification::NeedVerification:
        return QStringLiteral("pending");
    case Qualification::Qualified:
        return QStringLiteral("qualified");
    case Qualification::Unqualified:
        return QStringLiteral("disqualified");
    case Qualification::Unknown:
        break;
    }
    return {};
}

QStringList agentStatuses()
{
    return {QStringLiteral("setup_needed"), QStringLiteral("auth_needed"),
        QStringLiteral("auth_in_progress"), QStringLiteral("running"), QStringLiteral("paused"),
        QStringLiteral("disabled"), QStringLiteral("ended")};
}

QStringList campaignStatuses()
{
    return {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("paused"),
        QStringLiteral("completed"), QStringLiteral("disabled")};
}

QString agentStatusLabel(const QString &status)
{
    if (status == QLatin1String("setup_needed"))
        return QStringLiteral("Setup needed");
    if (status == QLatin1String("auth_needed"))
        return QStringLiteral("Sign-in needed");
    if (status == QLatin1String("auth_in_progress"))
        return QStringLiteral("Signing in");
    if (status == QLatin1String("running"))
        return QStringLiteral("Running");
    if (status == QLatin1String("paused"))
        return QStringLiteral("Paused");
    if (status == QLatin1String("disabled"))
        return QStringLiteral("Disabled");
    if (status == QLatin1String("ended"))
        return QStringLiteral("Ended");
    return status;
}

} // namespace kakiyo
