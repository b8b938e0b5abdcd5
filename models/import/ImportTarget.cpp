#include "models/import/ImportTarget.h"

#include <QSet>

namespace kakiyo {

ImportTarget ImportTarget::campaign(const QString &campaignId)
{
    return {Kind::Campaign, {campaignId}};
}

ImportTarget ImportTarget::roundRobin(const QStringList &campaignIds)
{
    return {Kind::RoundRobin, campaignIds};
}

QString ImportTarget::problem() const
{
    for (const QString &id : campaignIds) {
        if (id.trimmed().isEmpty())
            return QStringLiteral("A campaign id is empty.");
    }
    if (kind == Kind::Campaign) {
        if (campaignIds.size() != 1)
            return QStringLiteral("Choose one campaign.");
        return {};
    }
    const QSet<QString> distinct(campaignIds.begin(), campaignIds.end());
    if (distinct.size() != campaignIds.size())
        return QStringLiteral("A campaign is listed twice.");
    if (campaignIds.size() < 2)
        return QStringLiteral("Round-robin needs at least 2 campaigns.");
    return {};
}

QString ImportTarget::key() const
{
    if (kind == Kind::Campaign)
        return QStringLiteral("campaign:") + campaignIds.value(0);
    QStringList sorted = campaignIds;
    sorted.sort();
    return QStringLiteral("round-robin:") + sorted.join(u',');
}

ImportTarget ImportTarget::fromKey(const QString &key)
{
    if (key.startsWith(u"campaign:"))
        return campaign(key.mid(9));
    if (key.startsWith(u"round-robin:"))
        return roundRobin(key.mid(12).split(u',', Qt::SkipEmptyParts));
    return {Kind::Campaign, {}};
}

} // namespace kakiyo
