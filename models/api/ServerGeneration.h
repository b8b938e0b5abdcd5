#pragma once
// ServerGeneration: which of the API's two generations the server behind a profile runs, learnt
// from what its answers say (contract Decision 1: the client works against both without being
// told), and what the user decided about credits.
//  - help centre: 60 calls/min per endpoint, 1 credit per call, 402 at zero credits. Its answers
//    carry X-RateLimit-Limit/-Remaining/-Reset; a 402 only exists where calls cost credits.
//  - current reference: tiered limits per team, no credits for API calls. Its answers carry no
//    X-RateLimit-* headers, its 429s say only Retry-After/retryAfter, its imports answer a listId.
// A strong sign (rate-limit headers, a 402, a 429 without rate-limit headers) decides at once; a
// weak one (a success without rate-limit headers, an import's listId) decides only while nothing
// stronger is known, or — to overturn a help-centre finding — after kOverturnStreak successes in
// a row without the headers that server always sends. Until the first answer: Unknown, and calls
// are counted as costing credits (the cautious default).
//
// The finding and the user's billing choice are kept per profile in QSettings ("servers/<id>/"),
// with the base URL they were learnt from: another URL starts Unknown again.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace kakiyo {

struct ApiRequest;
struct ApiResult;

class ServerGeneration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerGeneration)

public:
    enum class Generation
    {
        Unknown,
        HelpCentre, // calls cost credits
        Current // no credits for API calls
    };
    Q_ENUM(Generation)

    // What an answer showed.
    enum class Evidence
    {
        None,
        RateLimitHeaders, // X-RateLimit-* on the answer
        PaymentRequired, // HTTP 402
        TieredRateLimit, // a 429 without X-RateLimit-* headers
        NoRateLimitHeaders, // a success without X-RateLimit-* headers
        ImportListId // an import answered with a listId (asynchronous imports)
    };
    Q_ENUM(Evidence)

    // The user's choice: follow the detection, or say it.
    enum class Billing
    {
        Automatic,
        CreditPerCall,
        NoCredits
    };
    Q_ENUM(Billing)

    struct Finding
    {
        Generation generation = Generation::Unknown;
        Evidence evidence = Evidence::None;
        bool strong = false;
    };

    static constexpr int kOverturnStreak = 10;

    explicit ServerGeneration(QObject *parent = nullptr);
    ~ServerGeneration() override;

    // The profile and server the findings belong to; loads what was stored for them.
    void setServer(const QString &profileId, const QUrl &baseUrl);
    QString profileId() const { return m_profileId; }

    // One network answer (every attempt, failures included). Answers from the cache never come
    // here: they say nothing about the server now.
    void observe(const ApiRequest &request, const ApiResult &result);
    // What a single answer shows, if anything.
    static std::optional<Finding> classify(const ApiRequest &request, const ApiResult &result);

    Generation detected() const { return m_generation; }
    Evidence evidence() const { return m_evidence; }
    QDateTime detectedAt() const { return m_detectedAt; }

    Billing billing() const { return m_billing; }
    void setBilling(Billing billing);
    // Whether a call the server processes costs a credit: the user's choice, else the detection;
    // Unknown counts credits (cautious).
    bool callsCostCredits() const;

    // Forget the detection (the billing choice stays).
    void reset();

    // For the UI: "Current API (no credits for calls)", "detected from rate-limit headers, ...".
    static QString describe(Generation generation);
    static QString describe(Evidence evidence);
    static QString describe(Billing billing);
    // Several lines: generation, evidence and time, how calls are counted and why.
    QString summary() const;

    // What is stored for a profile, for screens that have no live connection to it (the key
    // manager). setBillingFor also updates every live instance for that profile.
    static Generation storedGeneration(const QString &profileId);
    static Billing storedBilling(const QString &profileId);
    static void setBillingFor(const QString &profileId, Billing billing);
    // Removes what is stored for a profile (the profile was deleted).
    static void forget(const QString &profileId);
    // The hidden setting of earlier versions, one for every profile ("usage/callsCostCredits",
    // true = 1 credit per call): once, it becomes the visible choice of every stored profile (and
    // of `profileId`, e.g. a headless run without a stored profile) that has made none, then the
    // old key is removed. True when something was migrated. load() runs it, so every window and
    // headless session does before it counts a call.
    static bool migrateLegacyBilling(const QString &profileId = {});
    static QString legacyBillingKey() { return QStringLiteral("usage/callsCostCredits"); }

signals:
    void changed();

private:
    void adopt(const Finding &finding);
    void load();
    void store() const;

    QString m_profileId;
    QUrl m_baseUrl;
    Generation m_generation = Generation::Unknown;
    Evidence m_evidence = Evidence::None;
    bool m_strong = false;
    QDateTime m_detectedAt;
    Billing m_billing = Billing::Automatic;
    int m_missingHeaderStreak = 0;
};

} // namespace kakiyo
