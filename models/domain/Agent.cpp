#include "models/domain/Agent.h"

#include "models/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace kakiyo {

namespace {
const QStringList &settingKeys()
{
    static const QStringList keys {
        QStringLiteral("skipInNetwork"), QStringLiteral("invitationsOnly")};
    return keys;
}
} // namespace

Decoded<AgentAlert> AgentAlert::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AgentAlert a;
    a.type = r.optString("type");
    a.subType = r.optString("subType");
    a.message = r.optString("message");
    a.severity = r.optString("severity", QStringLiteral("info"));
    return r.finish(std::move(a));
}

Decoded<WorkingHours> WorkingHours::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkingHours w;
    w.days = r.optString("days");
    w.start = r.optString("start");
    // The MCP layer spells it `end`; the REST contract `stop`.
    w.stop = r.stringOf({"stop", "end"}, JsonReader::Optional);
    w.timezone = int(r.optInteger("timezone"));
    return r.finish(std::move(w));
}

FieldErrors WorkingHours::validate() const
{
    static const QRegularExpression daysRe(QStringLiteral("^[01]:[01]:[01]:[01]:[01]:[01]:[01]$"));
    static const QRegularExpression timeRe(QStringLiteral("^([01]?[0-9]|2[0-3]):[0-5][0-9]$"));
    FormCheck c;
    if (!days.isEmpty()) {
        if (!daysRe.match(days).hasMatch())
            c.add(QStringLiteral("days"),
                QStringLiteral("must be seven 0/1 flags, Monday first, "
                               "like 1:1:1:1:1:0:0"));
        else if (!days.contains(QLatin1Char('1')))
            c.add(QStringLiteral("days"), QStringLiteral("needs at least one working day"));
    }
    if (!start.isEmpty() && !timeRe.match(start).hasMatch())
        c.add(QStringLiteral("start"), QStringLiteral("must be a 24-hour time HH:MM"));
    if (!stop.isEmpty() && !timeRe.match(stop).hasMatch())
        c.add(QStringLiteral("stop"), QStringLiteral("must be a 24-hour time HH:MM"));
    return c.errors();
}

Decoded<AgentLimits> AgentLimits::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AgentLimits l;
    l.invitationsMin = int(r.optInteger("invitationsMin"));
    l.invitationsMax = int(r.optInteger("invitationsMax"));
    l.messagesMin = int(r.optInteger("messagesMin"));
    l.messagesMax = int(r.optInteger("messagesMax"));
    return r.finish(l);
}

FieldErrors AgentLimits::validate() const
{
    FormCheck c;
    const bool a = c.range(QStringLiteral("invitationsMin"), invitationsMin, 1, 100);
    const bool b = c.range(QStringLiteral("invitationsMax"), invitationsMax, 2, 100);
    const bool m1 = c.range(QStringLiteral("messagesMin"), messagesMin, 1, 500);
    const bool m2 = c.range(QStringLiteral("messagesMax"), messagesMax, 2, 500);
    // Not documented server-side; a minimum above the maximum is never what the user meant.
    if (a && b && invitationsMin > invitationsMax)
        c.add(QStringLiteral("invitationsMin"), QStringLiteral("must not exceed invitationsMax"));
    if (m1 && m2 && messagesMin > messagesMax)
        c.add(QStringLiteral("messagesMin"), QStringLiteral("must not exceed messagesMax"));
    return c.errors();
}

Decoded<AgentSetting> AgentSetting::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AgentSetting s;
    s.key = r.string("key");
    s.value = r.boolean("value");
    return r.finish(std::move(s));
}

Decoded<AgentUsage> AgentUsage::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AgentUsage u;
    u.invitations = r.optInteger("invitations");
    u.invitationsDaily = r.optInteger("invitationsDaily");
    u.messages = r.optInteger("messages");
    u.messagesDaily = r.optInteger("messagesDaily");
    u.nextInvitation = r.dateTime("nextInvitation");
    u.nextMessage = r.dateTime("nextMessage");
    return r.finish(std::move(u));
}

Decoded<Agent> Agent::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Agent a;
    a.id = r.string("id");
    a.name = r.optString("name");
    a.status = r.optString("status");
    a.login = r.optString("login");
    a.country = r.optString("country");
    a.avatar = r.optString("avatar");
    a.nextTask = r.dateTime("nextTask");
    a.alerts = r.list<AgentAlert>("alerts", &AgentAlert::fromJson);
    if (r.has("usage")) {
        a.usage = r.nested<AgentUsage>("usage", &AgentUsage::fromJson);
        // OA nests workingHours in usage; the sandbox and MCP put it at the top level.
        JsonReader usage = r.child("usage");
        if (usage.has("workingHours"))
            a.workingHours = usage.nested<WorkingHours>("workingHours", &WorkingHours::fromJson);
    }
    if (r.has("workingHours"))
        a.workingHours = r.nested<WorkingHours>("workingHours", &WorkingHours::fromJson);
    a.limits = r.nested<AgentLimits>("limits", &AgentLimits::fromJson);
    // Settings come as [{key, value}] (the write shape) or as an object {key: bool}.
    const QJsonValue settings = r.object().value(QLatin1String("settings"));
    if (settings.isObject()) {
        JsonReader s = r.child("settings");
        const QJsonObject o = settings.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            a.settings.append({it.key(), s.boolean(k.constData())});
        }
    } else {
        a.settings = r.list<AgentSetting>("settings", &AgentSetting::fromJson);
    }
    return r.finish(std::move(a));
}

Decoded<QList<Agent>> Agent::listFromJson(const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<Agent>(value, path, &Agent::fromJson);
}

Encoded AgentUpdate::encode() const
{
    FormCheck c;
    Encoded e;
    if (!workingHours && !limits && settings.isEmpty())
        c.add(
            QString(), QStringLiteral("change at least one of working hours, limits or settings"));
    if (workingHours) {
        FormCheck w(QStringLiteral("workingHours"));
        w.merge(workingHours->validate());
        if (workingHours->days.isEmpty() && workingHours->start.isEmpty()
            && workingHours->stop.isEmpty())
            w.add(QString(), QStringLiteral("set days, start or stop"));
        c.merge(w.errors());
        QJsonObject o;
        if (!workingHours->days.isEmpty())
            o.insert(QStringLiteral("days"), workingHours->days);
        if (!workingHours->start.isEmpty())
            o.insert(QStringLiteral("start"), workingHours->start);
        if (!workingHours->stop.isEmpty())
            o.insert(QStringLiteral("stop"), workingHours->stop);
        e.body.insert(QStringLiteral("workingHours"), o);
    }
    if (limits) {
        FormCheck l(QStringLiteral("limits"));
        l.merge(limits->validate());
        c.merge(l.errors());
        e.body.insert(QStringLiteral("limits"),
            QJsonObject {{QStringLiteral("invitationsMin"), limits->invitationsMin},
                {QStringLiteral("invitationsMax"), limits->invitationsMax},
                {QStringLiteral("messagesMin"), limits->messagesMin},
                {QStringLiteral("messagesMax"), limits->messagesMax}});
    }
    if (!settings.isEmpty()) {
        QJsonArray arr;
        for (qsizetype i = 0; i < settings.size(); ++i) {
            c.oneOf(QStringLiteral("settings[%1].key").arg(i), settings[i].key, settingKeys());
            arr.append(QJsonObject {{QStringLiteral("key"), settings[i].key},
                {QStringLiteral("value"), settings[i].value}});
        }
        e.body.insert(QStringLiteral("settings"), arr);
    }
    e.errors = c.errors();
    return e;
}

Encoded AgentSetup::encode() const
{
    FormCheck c;
    c.email(QStringLiteral("login"), login);
    c.length(QStringLiteral("password"), password, 6, 0);
    if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())
        c.add(QStringLiteral("country"), QStringLiteral("must be a 2-letter country code"));
    Encoded e;
    e.body = {{QStringLiteral("login"), login}, {QStringLiteral("password"), password},
        {QStringLiteral("country"), country.toUpper()}};
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
