#include "models/domain/ChatDetails.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<Message> Message::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Message m;
    m.roleName = r.optString("role");
    if (m.roleName == QLatin1String("assistant"))
        m.role = Role::Assistant;
    else if (m.roleName == QLatin1String("user"))
        m.role = Role::User;
    m.content = r.string("content");
    m.date = r.dateTime("date");
    return r.finish(std::move(m));
}

Decoded<CustomField> CustomField::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CustomField f;
    f.name = r.string("fieldName");
    f.value = r.optString("fieldValue");
    return r.finish(std::move(f));
}

Decoded<ChatDetails> ChatDetails::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ChatDetails c;
    c.id = r.string("id");
    c.status = int(r.optInteger("status"));
    c.qualification = r.optString("qualification");
    c.paused = r.has("paused") ? r.optBool("paused") : r.optBool("isPaused");
    c.lastMessage = r.dateTime("lastMessage");
    c.campaign = r.nested<CampaignRef>("campaign", &CampaignRef::fromJson);
    c.prospect = r.nested<Prospect>("prospect", &Prospect::fromJson, JsonReader::Required);
    c.messages = r.list<Message>("messages", &Message::fromJson);
    c.additionalFields = r.list<CustomField>("additionalFields", &CustomField::fromJson);
    c.customData = r.optString("customData");
    if (c.customData.isEmpty() && !c.additionalFields.isEmpty()) {
        QStringList lines;
        for (const CustomField &f : c.additionalFields)
            lines.append(f.name + QStringLiteral(": ") + f.value);
        c.customData = lines.join(QLatin1Char('\n'));
    }
    return r.finish(std::move(c));
}

} // namespace kakiyo
