#include "models/api/ServerGeneration.h"

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/store/Profiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaEnum>
#include <QSettings>

namespace kakiyo {

namespace {

// Live instances, so a billing choice made in the key manager reaches the running connection.
// Everything here runs on the UI thread.
QList<ServerGeneration *> &liveInstances()
{
    static QList<ServerGeneration *> instances;
    return instances;
}

QString groupFor(const QString &profileId)
{
    // Percent-encoded: '/' in an id must not open a settings sub-group.
    const QString id = profileId.isEmpty() ? QStringLiteral("default") : profileId;
    return QStringLiteral("servers/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template<typename E> QString keyOf(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template<typename E> E valueOf(const QVariant &stored, E fallback)
{
    bool ok = false;
    const int v
        = QMetaEnum::fromType<E>().keyToValue(stored.toString().toLatin1().constData(), &ok);
    return ok ? E(v) : fallback;
}

bool hasRateLimitHeaders(const ApiResult &result)
{
    return result.headers.contains("x-ratelimit-limit")
        || result.headers.contains("x-ratelimit-remaining")
        || result.headers.contains("x-ratelimit-reset");
}

bool answersWithListId(const ApiResult &result)
{
    const QJsonObject body = result.json.object();
    if (body.value(QStringLiteral("listId")).isString())
        return true;
    // Round-robin: one list per campaign that received prospects.
    const QJsonArray distribution = body.value(QStringLiteral("distribution")).toArray();
    for (const QJsonValue &item : distribution) {
        if (item.toObject().value(QStringLiteral("listId")).isString())
            return true;
    }
    return false;
}

} // namespace

ServerGeneration::ServerGeneration(QObject *parent)
    : QObject(parent)
{
    liveInstances().append(this);
}

ServerGeneration::~ServerGeneration()
{
    liveInstances().removeAll(this);
}

void ServerGeneration::setServer(const QString &profileId, const QUrl &baseUrl)
{
    // As the client holds it, so the profile's URL and the session's name the same server.
    const QUrl url = baseUrl.adjusted(
        QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (profileId == m_profileId && url == m_baseUrl)
        return;
    m_profileId = profileId;
    m_baseUrl = url;
    load();
    emit changed();
}

std::optional<ServerGeneration::Finding> ServerGeneration::classify(
    const ApiRequest &request, const ApiResult &result)
{
    if (result.fromCache || result.httpStatus <= 0)
        return std::nullopt; // no answer from the server now
    if (hasRateLimitHeaders(result))
        return Finding {Generation::HelpCentre, Evidence::RateLimitHeaders, true};
    if (result.httpStatus == 402)
        return Finding {Generation::HelpCentre, Evidence::PaymentRequired, true};
    if (result.httpStatus == 429)
        return Finding {Generation::Current, Evidence::TieredRateLimit, true};
    if (result.httpStatus < 200 || result.httpStatus > 299)
        return std::nullopt; // refused before the rate limiter (401, 404, ...): says nothing
    if (request.method == "POST" && request.path.startsWith(QLatin1String("/prospects"))
        && answersWithListId(result))
        return Finding {Generation::Current, Evidence::ImportListId, false};
    return Finding {Generation::Current, Evidence::NoRateLimitHeaders, false};
}

void ServerGeneration::observe(const ApiRequest &request, const ApiResult &result)
{
    const std::optional<Finding> finding = classify(request, result);
    if (!finding)
        return;
    if (finding->evidence == Evidence::RateLimitHeaders)
        m_missingHeaderStreak = 0;
    else if (finding->generation == Generation::Current && !finding->strong)
        ++m_missingHeaderStreak;

    if (finding->strong || m_generation == Generation::Unknown || !m_strong
        || (m_generation == Generation::HelpCentre && m_missingHeaderStreak >= kOverturnStreak))
        adopt(*finding);
}

void ServerGeneration::adopt(const Finding &finding)
{
    // A weak sign does not replace a strong one of the same generation: "detected from a 429"
    // says more than "the last answer had no rate-limit headers".
    if (finding.generation == m_generation && (m_strong || !finding.strong))
        return;
    m_generation = finding.generation;
    m_evidence = finding.evidence;
    m_strong = finding.strong;
    m_detectedAt = QDateTime::currentDateTimeUtc();
    store();
    emit changed();
}

void ServerGeneration::reset()
{
    m_generation = Generation::Unknown;
    m_evidence = Evidence::None;
    m_strong = false;
    m_detectedAt = {};
    m_missingHeaderStreak = 0;
    store();
    emit changed();
}

void ServerGeneration::setBilling(Billing billing)
{
    if (billing == m_billing)
        return;
    m_billing = billing;
    QSettings().setValue(groupFor(m_profileId) + QStringLiteral("/billing"), keyOf(billing));
    emit changed();
}

bool ServerGeneration::callsCostCredits() const
{
    switch (m_billing) {
    case Billing::CreditPerCall:
        return true;
    case Billing::NoCredits:
        return false;
    case Billing::Automatic:
        break;
    }
    return m_generation != Generation::Current;
}

bool ServerGeneration::migrateLegacyBilling(const QString &profileId)
{
    QSettings settings;
    if (!settings.contains(legacyBillingKey()))
        return false;
    const Billing chosen
        = settings.value(legacyBillingKey()).toBool() ? Billing::CreditPerCall : Billing::NoCredits;
    QStringList ids;
    for (const Profile &p : Profiles().all())
        ids << p.id;
    if (!profileId.isEmpty() && !ids.contains(profileId))
        ids << profileId;
    for (const QString &id : std::as_const(ids)) {
        const QString key = groupFor(id) + QStringLiteral("/billing");
        if (!settings.contains(key))
            settings.setValue(key, keyOf(chosen));
    }
    settings.remove(legacyBillingKey());
    settings.sync();
    return true;
}

void ServerGeneration::load()
{
    migrateLegacyBilling(m_profileId);
    QSettings settings;
    settings.beginGroup(groupFor(m_profileId));
    m_billing = valueOf(settings.value(QStringLiteral("billing")), Billing::Automatic);
    m_missingHeaderStreak = 0;
    // A finding holds for the server it was learnt from only.
    if (settings.value(QStringLiteral("baseUrl")).toUrl() != m_baseUrl) {
        m_generation = Generation::Unknown;
        m_evidence = Evidence::None;
        m_strong = false;
        m_detectedAt = {};
    } else {
        m_generation = valueOf(settings.value(QStringLiteral("generation")), Generation::Unknown);
        m_evidence = valueOf(settings.value(QStringLiteral("evidence")), Evidence::None);
        m_strong = settings.value(QStringLiteral("strong")).toBool();
        m_detectedAt = settings.value(QStringLiteral("detectedAt")).toDateTime();
    }
    settings.endGroup();
}

void ServerGeneration::store() const
{
    QSettings settings;
    settings.beginGroup(groupFor(m_profileId));
    settings.setValue(QStringLiteral("baseUrl"), m_baseUrl);
    settings.setValue(QStringLiteral("generation"), keyOf(m_generation));
    settings.setValue(QStringLiteral("evidence"), keyOf(m_evidence));
    settings.setValue(QStringLiteral("strong"), m_strong);
    settings.setValue(QStringLiteral("detectedAt"), m_detectedAt);
    settings.endGroup();
}

ServerGeneration::Generation ServerGeneration::storedGeneration(const QString &profileId)
{
    return valueOf(QSettings().value(groupFor(profileId) + QStringLiteral("/generation")),
        Generation::Unknown);
}

ServerGeneration::Billing ServerGeneration::storedBilling(const QString &profileId)
{
    return valueOf(
        QSettings().value(groupFor(profileId) + QStringLiteral("/billing")), Billing::Automatic);
}

void ServerGeneration::setBillingFor(const QString &profileId, Billing billing)
{
    QSettings().setValue(groupFor(profileId) + QStringLiteral("/billing"), keyOf(billing));
    for (ServerGeneration *live : std::as_const(liveInstances())) {
        if (live->m_profileId == profileId)
            live->setBilling(billing);
    }
}

void ServerGeneration::forget(const QString &profileId)
{
    QSettings().remove(groupFor(profileId));
}

QString ServerGeneration::describe(Generation generation)
{
    switch (generation) {
    case Generation::HelpCentre:
        return tr("Help-centre API (1 credit per call)");
    case Generation::Current:
        return tr("Current API (no credits for calls)");
    case Generation::Unknown:
        break;
    }
    return tr("Not known yet");
}

QString ServerGeneration::describe(Evidence evidence)
{
    switch (evidence) {
    case Evidence::RateLimitHeaders:
        return tr("its answers carry X-RateLimit headers");
    case Evidence::PaymentRequired:
        return tr("it answered 402 (out of credits)");
    case Evidence::TieredRateLimit:
        return tr("its rate-limit answer (429) had no X-RateLimit headers");
    case Evidence::NoRateLimitHeaders:
        return tr("its answers carry no X-RateLimit headers");
    case Evidence::ImportListId:
        return tr("an import answered with a listId");
    case Evidence::None:
        break;
    }
    return tr("no answer from the server yet");
}

QString ServerGeneration::describe(Billing billing)
{
    switch (billing) {
    case Billing::CreditPerCall:
        return tr("Each call costs 1 credit");
    case Billing::NoCredits:
        return tr("Calls cost no credits");
    case Billing::Automatic:
        break;
    }
    return tr("Automatic (as detected)");
}

QString ServerGeneration::summary() const
{
    QStringList lines;
    lines << tr("Server: %1").arg(describe(m_generation));
    if (m_generation != Generation::Unknown)
        lines << tr("Detected because %1 (%2).")
                     .arg(describe(m_evidence),
                         QLocale().toString(m_detectedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_billing != Billing::Automatic)
        lines << tr("Credits: %1 (your setting overrides the detection).").arg(describe(m_billing));
    else if (m_generation == Generation::Unknown)
        lines << tr("Credits: counted as 1 per call until the server shows otherwise.");
    else
        lines << (callsCostCredits() ? tr("Credits: 1 per call the server processes.")
                                     : tr("Credits: none; only calls are counted."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kakiyo
