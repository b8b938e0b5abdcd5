#include "models/OutreachSnapshot.h"

#include "models/OutreachFigures.h"
#include "models/store/CacheSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kakiyo {

namespace {
QJsonObject countsJson(const OutreachSnapshot::Counts &c)
{
    return {{"invited", c.invited}, {"accepted", c.accepted}};
}

OutreachSnapshot::Counts countsFrom(const QJsonObject &o)
{
    return {o.value("invited").toInteger(), o.value("accepted").toInteger()};
}
} // namespace

OutreachSnapshot OutreachSnapshot::fromFigures(const OutreachFigures &f, QDate day)
{
    OutreachSnapshot s;
    s.day = day;
    s.complete = f.isComplete();
    s.team = {f.team.invited, f.team.accepted};
    for (const OutreachFigures::CampaignPace &c : f.campaigns)
        s.campaigns.insert(c.campaignId, {c.tally.invited, c.tally.accepted});
    for (const OutreachFigures::Sender &sender : f.senders)
        if (sender.hasUsage)
            s.senders.insert(sender.agentId, {sender.invitationsToday, sender.invitationsMonth});
    return s;
}

QByteArray OutreachSnapshot::toJson() const
{
    QJsonObject campaignsJson;
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it)
        campaignsJson.insert(it.key(), countsJson(it.value()));
    QJsonObject sendersJson;
    for (auto it = senders.cbegin(); it != senders.cend(); ++it)
        sendersJson.insert(it.key(),
            QJsonObject {
                {"invitationsDaily", it->invitationsDaily}, {"invitations", it->invitationsMonth}});
    return QJsonDocument(
        QJsonObject {{"version", 1}, {"complete", complete}, {"team", countsJson(team)},
            {"campaigns", campaignsJson}, {"senders", sendersJson}})
        .toJson(QJsonDocument::Compact);
}

std::optional<OutreachSnapshot> OutreachSnapshot::fromJson(const QByteArray &body, QDate day)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !day.isValid())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value("version").toInt() != 1 || !o.value("team").isObject())
        return std::nullopt;
    OutreachSnapshot s;
    s.day = day;
    s.complete = o.value("complete").toBool();
    s.team = countsFrom(o.value("team").toObject());
    const QJsonObject campaignsJson = o.value("campaigns").toObject();
    for (auto it = campaignsJson.begin(); it != campaignsJson.end(); ++it)
        s.campaigns.insert(it.key(), countsFrom(it.value().toObject()));
    const QJsonObject sendersJson = o.value("senders").toObject();
    for (auto it = sendersJson.begin(); it != sendersJson.end(); ++it) {
        const QJsonObject u = it.value().toObject();
        s.senders.insert(it.key(),
            {u.value("invitationsDaily").toInteger(), u.value("invitations").toInteger()});
    }
    return s;
}

QList<OutreachSnapshot> OutreachSnapshot::fromCache(const QList<CacheSnapshot> &stored)
{
    QList<OutreachSnapshot> out;
    for (const CacheSnapshot &c : stored)
        if (const auto s = fromJson(c.body, c.day))
            out.append(*s);
    return out;
}

} // namespace kakiyo
