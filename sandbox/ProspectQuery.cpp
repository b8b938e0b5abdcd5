#include "sandbox/ProspectQuery.h"

#include "sandbox/SandboxState.h"

#include <QHash>
#include <QSqlQuery>

namespace kakiyo::sandbox {

namespace {

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

// Columns selected by items()/details(), by position.
enum Column
{
    ChatId,
    Status,
    Qualification,
    Paused,
    LastMessage,
    CustomData,
    Responded,
    LastActivity,
    CreatedAt,
    CampaignId,
    CampaignName,
    ProspectId,
    Name,
    Url,
    Headline,
    CompanyName,
    JobTitle,
    CompanyWebsite,
    CompanyLinkedinUrl,
    City,
    Country,
    About,
    MessageCount,
    ResponseCount,
    LastResponse,
};

const char *kSelect
    = "SELECT c.id, c.status, c.qualification, c.paused, c.last_message_at, c.custom_data, "
      "c.responded, c.last_activity, c.created_at, c.campaign_id, k.name, p.id, p.name, p.url, "
      "p.headline, p.company_name, p.job_title, p.company_website, p.company_linkedin_url, p.city, "
      "p.country, p.about, "
      "(SELECT COUNT(*) FROM messages m WHERE m.chat_id = c.id), "
      "(SELECT COUNT(*) FROM messages m WHERE m.chat_id = c.id AND m.role = 'user'), "
      "(SELECT MAX(sent_at) FROM messages m WHERE m.chat_id = c.id AND m.role = 'user') "
      "FROM chats c JOIN prospects p ON p.id = c.prospect_id "
      "LEFT JOIN campaigns k ON k.id = c.campaign_id ";

QJsonObject location(const QSqlQuery &q)
{
    return QJsonObject {
        {"city", textOrNull(q.value(City))}, {"country", textOrNull(q.value(Country))}};
}

QJsonObject person(const QSqlQuery &q, bool withDetails)
{
    QJsonObject p {{"id", q.value(ProspectId).toString()}, {"name", q.value(Name).toString()},
        {"url", q.value(Url).toString()}, {"headline", q.value(Headline).toString()},
        {"currentCompanyName", textOrNull(q.value(CompanyName))},
        {"currentJobTitle", textOrNull(q.value(JobTitle))},
        {"currentCompanyWebsite", textOrNull(q.value(CompanyWebsite))},
        {"currentCompanyLinkedInUrl", textOrNull(q.value(CompanyLinkedinUrl))},
        {"location", location(q)}};
    if (withDetails)
        p.insert("about", q.value(About).toString());
    return p;
}

QJsonObject item(const QSqlQuery &q, ProspectQuery::Shape shape)
{
    QJsonObject o {{"id", q.value(ChatId).toString()}, {"status", q.value(Status).toInt()},
        {"qualification", q.value(Qualification).toString()}, {"paused", q.value(Paused).toBool()}};
    // OA types lastMessage as a date-time string: a conversation without messages leaves it out.
    if (!q.value(LastMessage).isNull())
        o.insert("lastMessage", q.value(LastMessage).toString());
    o.insert("prospect", person(q, shape == ProspectQuery::Shape::Details));
    const QJsonObject campaign {
        {"id", q.value(CampaignId).toString()}, {"name", q.value(CampaignName).toString()}};
    if (shape == ProspectQuery::Shape::List) {
        o.insert("campaignId", q.value(CampaignId).toString());
        o.insert("hasResponded", q.value(Responded).toBool());
        o.insert("createdAt", q.value(CreatedAt).toString());
    }
    if (shape == ProspectQuery::Shape::Search) {
        // Decision 5: the flat MDX fields next to the nested OA prospect{}.
        o.insert("chatId", q.value(ChatId).toString());
        o.insert("prospectId", q.value(ProspectId).toString());
        o.insert("name", q.value(Name).toString());
        o.insert("headline", q.value(Headline).toString());
        o.insert("url", q.value(Url).toString());
        o.insert("currentCompanyName", textOrNull(q.value(CompanyName)));
        o.insert("currentJobTitle", textOrNull(q.value(JobTitle)));
        o.insert("currentCompanyWebsite", textOrNull(q.value(CompanyWebsite)));
        o.insert("currentCompanyLinkedInUrl", textOrNull(q.value(CompanyLinkedinUrl)));
        o.insert("location", location(q));
        o.insert("hasResponded", q.value(Responded).toBool());
        o.insert("isPaused", q.value(Paused).toBool());
        o.insert("lastActivity", q.value(LastActivity).toString());
        o.insert("campaign", campaign);
        o.insert("stats",
            QJsonObject {{"messages", q.value(MessageCount).toInt()},
                {"responses", q.value(ResponseCount).toInt()},
                {"lastResponse", textOrNull(q.value(LastResponse))}});
    }
    if (shape == ProspectQuery::Shape::Details) {
        o.insert("campaign", campaign);
        if (!q.value(CustomData).isNull())
            o.insert("customData", q.value(CustomData).toString());
        o.insert("createdAt", q.value(CreatedAt).toString());
    }
    return o;
}

} // namespace

QJsonArray ProspectQuery::items(const QStringList &chatIds, Shape shape) const
{
    if (chatIds.isEmpty())
        return {};
    QStringList marks;
    QVariantList binds;
    for (const QString &id : chatIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    QSqlQuery q = m_state.run(
        QString::fromUtf8(kSelect) + QStringLiteral("WHERE c.id IN (%1)").arg(marks.join(u',')),
        binds);
    QHash<QString, QJsonObject> byId;
    while (q.next())
        byId.insert(q.value(ChatId).toString(), item(q, shape));
    QJsonArray out;
    for (const QString &id : chatIds) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.append(*it);
    }
    return out;
}

QJsonObject ProspectQuery::details(const QString &chatId) const
{
    QSqlQuery q
        = m_state.run(QString::fromUtf8(kSelect) + QStringLiteral("WHERE c.id = ?"), {chatId});
    if (!q.next())
        return {};
    QJsonObject o = item(q, Shape::Details);
    q.finish();
    QJsonArray messages;
    QSqlQuery m = m_state.run(QStringLiteral("SELECT role, content, sent_at FROM messages "
                                             "WHERE chat_id = ? ORDER BY sent_at, id"),
        {chatId});
    while (m.next())
        messages.append(QJsonObject {{"role", m.value(0).toString()},
            {"content", m.value(1).toString()}, {"date", m.value(2).toString()}});
    o.insert("messages", messages);
    return o;
}

qint64 ProspectQuery::integer(const Request &request, const QString &name, qint64 fallback,
    qint64 min, qint64 max, QJsonArray *details)
{
    const QString text = request.queryValue(name);
    if (text.isNull())
        return fallback;
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        details->append(QJsonObject {{"field", name},
            {"message",
                QStringLiteral("The %1 parameter must be an integer between %2 and %3")
                    .arg(name)
                    .arg(min)
                    .arg(max)}});
        return fallback;
    }
    return n;
}

std::optional<bool> ProspectQuery::boolean(
    const Request &request, const QString &name, QJsonArray *details)
{
    const QString text = request.queryValue(name).trimmed().toLower();
    if (request.queryValue(name).isNull())
        return std::nullopt;
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    details->append(QJsonObject {{"field", name},
        {"message", QStringLiteral("The %1 parameter must be true or false").arg(name)}});
    return std::nullopt;
}

} // namespace kakiyo::sandbox
