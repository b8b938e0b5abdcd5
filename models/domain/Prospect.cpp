#include "models/domain/Prospect.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

namespace {
// Person fields are read the same way from `prospect{}` (nested) or from the item (flat).
void readPerson(JsonReader &r, Prospect &p)
{
    p.name = r.string("name");
    p.url = r.optString("url");
    p.headline = r.optString("headline");
    p.currentCompanyName = r.optString("currentCompanyName");
    p.currentJobTitle = r.optString("currentJobTitle");
    p.currentCompanyWebsite = r.optString("currentCompanyWebsite");
    p.currentCompanyLinkedInUrl = r.optString("currentCompanyLinkedInUrl");
    p.about = r.optString("about");
    JsonReader loc = r.child("location");
    p.city = loc.optString("city");
    p.country = loc.optString("country");
}
} // namespace

Decoded<Prospect> Prospect::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Prospect p;
    p.id = r.optString("id");
    readPerson(r, p);
    return r.finish(std::move(p));
}

Decoded<CampaignRef> CampaignRef::fromJson(const QJsonValue &value, const QString &path)
{
    // Some shapes send the campaign as a bare id string.
    if (value.isString()) {
        CampaignRef c;
        c.id = value.toString();
        return Decoded<CampaignRef>::success(std::move(c));
    }
    JsonReader r(value, path);
    CampaignRef c;
    c.id = r.optString("id");
    c.name = r.optString("name");
    return r.finish(std::move(c));
}

Decoded<ProspectSearchItem> ProspectSearchItem::fromJson(
    const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ProspectSearchItem it;
    if (r.has("prospect")) {
        // OpenAPI shape: the item is the chat, the person is nested.
        it.chatId = r.string("id");
        it.prospect = r.nested<Prospect>("prospect", &Prospect::fromJson);
    } else {
        // Flat MDX shape: the item is the person; a chat id only if the server adds one.
        it.prospect.id = r.optString("id");
        readPerson(r, it.prospect);
        it.chatId = r.optString("chatId");
    }
    it.status = int(r.optInteger("status"));
    it.qualification = r.optString("qualification");
    it.paused = r.has("paused") ? r.optBool("paused") : r.optBool("isPaused");
    it.lastMessage = r.has("lastMessage") ? r.dateTime("lastMessage") : r.dateTime("lastActivity");
    it.campaign = r.nested<CampaignRef>("campaign", &CampaignRef::fromJson);
    if (it.campaign.id.isEmpty())
        it.campaign.id = r.optString("campaignId");
    it.hasResponded = r.maybeBool("hasResponded");
    JsonReader stats = r.child("stats");
    it.messageCount = stats.optInteger("messages");
    it.responseCount = stats.optInteger("responses");
    it.lastResponse = stats.dateTime("lastResponse");
    return r.finish(std::move(it));
}

Decoded<SearchPage> SearchPage::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    SearchPage p;
    p.items = r.list<ProspectSearchItem>(
        "prospects", &ProspectSearchItem::fromJson, JsonReader::Required);
    JsonReader pg = r.child("pagination");
    p.total = pg.optInteger("total", p.items.size());
    p.limit = int(pg.optInteger("limit", p.items.size()));
    p.offset = pg.optInteger("offset", 0);
    const auto hasMore = pg.maybeBool("hasMore");
    p.hasMore = hasMore ? *hasMore : (p.offset + p.items.size() < p.total);
    JsonReader available = r.child("filters").child("available");
    p.availableQualifications = available.stringList("qualifications");
    p.availableCities = available.stringList("cities");
    p.availableCountries = available.stringList("countries");
    return r.finish(std::move(p));
}

Decoded<CampaignProspectPage> CampaignProspectPage::fromJson(const QJsonValue &value,
    const QByteArray &hasMoreHeader, const QByteArray &nextCursorHeader,
    const QByteArray &limitHeader, const QByteArray &offsetHeader)
{
    auto items = JsonReader::decodeList<ProspectSearchItem>(
        value, QString(), &ProspectSearchItem::fromJson);
    if (!items.ok())
        return Decoded<CampaignProspectPage>::failure(items.error);
    CampaignProspectPage p;
    p.items = std::move(items.value);
    p.hasMore = hasMoreHeader.trimmed().toLower() == "true";
    p.nextCursor = QString::fromUtf8(nextCursorHeader.trimmed());
    p.limit = limitHeader.trimmed().toInt();
    p.offset = offsetHeader.trimmed().toLongLong();
    // A cursor without the flag still means there is more to read.
    if (!p.nextCursor.isEmpty() && hasMoreHeader.isEmpty())
        p.hasMore = true;
    return Decoded<CampaignProspectPage>::success(std::move(p));
}

} // namespace kakiyo
