#include "models/live/TeamSnapshot.h"

#include <QJsonArray>

namespace kakiyo {

namespace {

template<typename T> const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

const TeamSnapshot::AgentState *TeamSnapshot::agent(const QString &id) const
{
    return findById(agents, id);
}

const TeamSnapshot::CampaignState *TeamSnapshot::campaign(const QString &id) const
{
    return findById(campaigns, id);
}

const TeamSnapshot::WebhookState *TeamSnapshot::webhook(const QString &id) const
{
    return findById(webhooks, id);
}

const TeamSnapshot::ConversationState *TeamSnapshot::conversation(const QString &chatId) const
{
    for (const ConversationState &c : conversations) {
        if (c.chatId == chatId)
            return &c;
    }
    return nullptr;
}

TeamSnapshot TeamSnapshot::fromTeam(const QList<Agent> &agents, const QList<Campaign> &campaigns,
    const QList<ProspectSearchItem> &conversations, const QList<Webhook> &webhooks,
    const TeamSnapshot &previous, const QDateTime &now)
{
    TeamSnapshot s;
    s.takenAt = now.toUTC();
    for (const Agent &a : agents) {
        AgentState state {a.id, a.name, a.status, {}, a.usage ? a.usage->messagesDaily : 0,
            a.limits.messagesMax, a.workingHours.days, a.workingHours.start, a.workingHours.stop,
            a.workingHours.timezone};
        for (const AgentAlert &alert : a.alerts)
            state.alerts << alert.subType + QStringLiteral(": ") + alert.message;
        s.agents << state;
    }
    for (const Campaign &c : campaigns) {
        CampaignState state {c.id, c.name, c.status, c.agentId, c.stats.prospects, c.stats.messages,
            c.stats.qualified, s.takenAt};
        if (const CampaignState *before = previous.campaign(c.id);
            before && before->messages == c.stats.messages && before->messagesChangedAt.isValid())
            state.messagesChangedAt = before->messagesChangedAt;
        s.campaigns << state;
    }
    for (const ProspectSearchItem &item : conversations) {
        if (item.chatId.isEmpty())
            continue;
        s.conversations << ConversationState {item.chatId, item.prospect.name, item.campaign.id,
            item.status, item.qualification, item.lastMessage.toUTC(), item.lastResponse.toUTC()};
    }
    for (const Webhook &w : webhooks)
        s.webhooks << WebhookState {w.id, w.name, w.active, w.failureCount, w.lastFailure.toUTC()};
    return s;
}

QJsonObject TeamSnapshot::toJson() const
{
    QJsonArray a;
    for (const AgentState &x : agents)
        a.append(QJsonObject {{"id", x.id}, {"name", x.name}, {"status", x.status},
            {"alerts", QJsonArray::fromStringList(x.alerts)},
            {"messagesDaily", double(x.messagesDaily)}, {"messagesMax", x.messagesMax},
            {"workingDays", x.workingDays}, {"workingStart", x.workingStart},
            {"workingStop", x.workingStop}, {"timezone", x.timezone}});
    QJsonArray c;
    for (const CampaignState &x : campaigns)
        c.append(QJsonObject {{"id", x.id}, {"name", x.name}, {"status", x.status},
            {"agentId", x.agentId}, {"prospects", double(x.prospects)},
            {"messages", double(x.messages)}, {"qualified", double(x.qualified)},
            {"messagesChangedAt", iso(x.messagesChangedAt)}});
    QJsonArray v;
    for (const ConversationState &x : conversations)
        v.append(QJsonObject {{"chatId", x.chatId}, {"prospectName", x.prospectName},
            {"campaignId", x.campaignId}, {"status", x.status}, {"qualification", x.qualification},
            {"lastMessage", iso(x.lastMessage)}, {"lastResponse", iso(x.lastResponse)}});
    QJsonArray w;
    for (const WebhookState &x : webhooks)
        w.append(QJsonObject {{"id", x.id}, {"name", x.name}, {"active", x.active},
            {"failureCount", double(x.failureCount)}, {"lastFailure", iso(x.lastFailure)}});
    QJsonObject o {{"takenAt", iso(takenAt)}, {"agents", a}, {"campaigns", c}, {"conversations", v},
        {"webhooks", w}, {"outOfCredits", outOfCredits},
        {"creditsReference", double(creditsReference)}, {"creditsPerDay", creditsPerDay}};
    if (creditsLeft)
        o.insert("creditsLeft", double(*creditsLeft));
    return o;
}

TeamSnapshot TeamSnapshot::fromJson(const QJsonObject &json)
{
    TeamSnapshot s;
    s.takenAt = fromIso(json.value("takenAt"));
    for (const QJsonValue &v : json.value("agents").toArray()) {
        const QJsonObject x = v.toObject();
        QStringList alerts;
        for (const QJsonValue &alert : x.value("alerts").toArray())
            alerts << alert.toString();
        s.agents << AgentState {x.value("id").toString(), x.value("name").toString(),
            x.value("status").toString(), alerts, qint64(x.value("messagesDaily").toDouble()),
            x.value("messagesMax").toInt(), x.value("workingDays").toString(),
            x.value("workingStart").toString(), x.value("workingStop").toString(),
            x.value("timezone").toInt()};
    }
    for (const QJsonValue &v : json.value("campaigns").toArray()) {
        const QJsonObject x = v.toObject();
        s.campaigns << CampaignState {x.value("id").toString(), x.value("name").toString(),
            x.value("status").toString(), x.value("agentId").toString(),
            qint64(x.value("prospects").toDouble()), qint64(x.value("messages").toDouble()),
            qint64(x.value("qualified").toDouble()), fromIso(x.value("messagesChangedAt"))};
    }
    for (const QJsonValue &v : json.value("conversations").toArray()) {
        const QJsonObject x = v.toObject();
        s.conversations << ConversationState {x.value("chatId").toString(),
            x.value("prospectName").toString(), x.value("campaignId").toString(),
            x.value("status").toInt(), x.value("qualification").toString(),
            fromIso(x.value("lastMessage")), fromIso(x.value("lastResponse"))};
    }
    for (const QJsonValue &v : json.value("webhooks").toArray()) {
        const QJsonObject x = v.toObject();
        s.webhooks << WebhookState {x.value("id").toString(), x.value("name").toString(),
            x.value("active").toBool(true), qint64(x.value("failureCount").toDouble()),
            fromIso(x.value("lastFailure"))};
    }
    s.outOfCredits = json.value("outOfCredits").toBool();
    if (json.value("creditsLeft").isDouble())
        s.creditsLeft = qint64(json.value("creditsLeft").toDouble());
    s.creditsReference = qint64(json.value("creditsReference").toDouble());
    s.creditsPerDay = json.value("creditsPerDay").toDouble();
    return s;
}

} // namespace kakiyo
