#include "sandbox/SeedProspects.h"

#include "sandbox/ProspectSchema.h"
#include "sandbox/ProspectVocabulary.h"
#include "sandbox/SandboxState.h"

#include <QElapsedTimer>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <array>
#include <cstdio>
#include <ctime>

namespace kakiyo::sandbox {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

// Share of each conversation status, in per mille (the whole status table is present).
constexpr std::array<std::pair<int, int>, 12> kStatusWeights = {{
    {0, 140},
    {1, 190},
    {2, 80},
    {3, 200},
    {4, 120},
    {5, 70},
    {6, 80},
    {7, 40},
    {502, 20},
    {503, 20},
    {504, 20},
    {505, 20},
}};

const std::array kCustomNotes = {"Met at SaaStr 2026; interested in the analytics add-on.",
    "Commented on our CEO's post about outbound automation.",
    "Downloaded the pricing guide last month.", "Referred by an existing customer.",
    "Attended the webinar on pipeline forecasting."};

QString base36(quint64 n)
{
    return QString::number(n, 36);
}

// "YYYY-MM-DDTHH:MM:SS.sssZ" without QDateTime (seeding formats hundreds of thousands of
// timestamps); civil-from-days after Howard Hinnant's public-domain algorithm.
QString isoMs(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kDay : (ms - kDay + 1) / kDay;
    qint64 rest = ms - days * kDay;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[64];
    const int h = int(rest / kHour);
    rest %= kHour;
    const int m = int(rest / 60000);
    rest %= 60000;
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(year), int(month),
        int(day), h, m, int(rest / 1000), int(rest % 1000));
    return QString::fromLatin1(text);
}

class Batch
{
public:
    Batch(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        if (!m_query.prepare(sql))
            throw SqlFailure(("seed prepare: " + m_query.lastError().text()).toStdString());
    }
    void exec(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            throw SqlFailure(("seed insert: " + m_query.lastError().text()).toStdString());
    }

private:
    QSqlQuery m_query;
};

struct Message
{
    bool fromProspect = false;
    QString content;
};

// The conversation a chat in this status has had so far.
QList<Message> conversation(
    int status, QRandomGenerator64 &gen, const QString &first, const QString &company)
{
    auto fill = [&](QString text) {
        return text.replace(QStringLiteral("%1"), first).replace(QStringLiteral("%2"), company);
    };
    auto agent = [&](const QString &text) { return Message {false, fill(text)}; };
    auto prospect = [&](const QString &text) { return Message {true, text}; };
    QList<Message> m;
    switch (status) {
    case 3: // contacted: the opener and up to two follow-ups, no answer yet
        m << agent(ProspectVocabulary::opener(gen()));
        for (int i = int(gen.bounded(3)); i > 0; --i)
            m << agent(ProspectVocabulary::followUp(gen()));
        break;
    case 4: // replied: the prospect answered last
        m << agent(ProspectVocabulary::opener(gen()));
        if (gen.bounded(2))
            m << agent(ProspectVocabulary::followUp(gen()));
        m << prospect(ProspectVocabulary::reply(gen(), true));
        if (gen.bounded(2)) {
            m << agent(ProspectVocabulary::agentAnswer(gen()));
            m << prospect(ProspectVocabulary::reply(gen(), true));
        }
        break;
    case 5: // qualified
        m << agent(ProspectVocabulary::opener(gen()));
        m << prospect(ProspectVocabulary::reply(gen(), true));
        m << agent(ProspectVocabulary::agentAnswer(gen()));
        if (gen.bounded(3)) {
            m << prospect(ProspectVocabulary::reply(gen(), true));
            if (gen.bounded(2))
                m << agent(ProspectVocabulary::closing(gen(), true));
        }
        break;
    case 6: // unqualified: a polite no
        m << agent(ProspectVocabulary::opener(gen()));
        if (gen.bounded(3) == 0)
            m << agent(ProspectVocabulary::followUp(gen()));
        m << prospect(ProspectVocabulary::reply(gen(), false));
        if (gen.bounded(2))
            m << agent(ProspectVocabulary::closing(gen(), false));
        break;
    case 7: // skipped, sometimes after one message
        if (gen.bounded(2))
            m << agent(ProspectVocabulary::opener(gen()));
        break;
    case 504: // was connected, has left the network
        for (int i = int(gen.bounded(3)); i > 0; --i)
            m << agent(
                i == 1 ? ProspectVocabulary::followUp(gen()) : ProspectVocabulary::opener(gen()));
        break;
    default: // 0, 1, 2, 502, 503, 505: nothing sent yet
        break;
    }
    return m;
}

void seedDnc(
    SandboxState &state, QRandomGenerator64 &gen, qint64 nowMs, const QStringList &prospectUrls)
{
    Batch insert(state.db,
        QStringLiteral("INSERT OR IGNORE INTO dnc (id, team_id, url, created_at, "
                       "updated_at, seq) VALUES (?, ?, ?, ?, ?, ?)"));
    QList<qint64> times;
    for (int i = 0; i < 12; ++i)
        times << nowMs - qint64(gen.bounded(90 * 24)) * kHour - qint64(gen.bounded(3600)) * 1000;
    std::sort(times.begin(), times.end());
    for (int i = 0; i < times.size(); ++i) {
        QString url;
        // A few people asked to be left alone after their conversation had started.
        if (i % 4 == 3 && !prospectUrls.isEmpty())
            url = prospectUrls.at(int(gen.bounded(quint64(prospectUrls.size()))));
        else
            url = QStringLiteral("https://linkedin.com/in/%1-%2-%3")
                      .arg(ProspectVocabulary::firstName(gen()).toLower(),
                          ProspectVocabulary::lastName(gen()).toLower(),
                          base36(gen.bounded(1u << 30)));
        const QString at = isoMs(times.at(i));
        insert.exec({state.newId(), state.teamId, url, at, at, i + 1});
    }
}

} // namespace

void seedProspects(SandboxState &state)
{
    const int count = std::clamp(state.options.prospects, 0, 200000);
    QElapsedTimer timer;
    timer.start();

    struct SeedCampaign
    {
        QString id;
        int weight;
    };
    QList<SeedCampaign> campaigns;
    QSqlQuery c
        = state.run(QStringLiteral("SELECT id, status FROM campaigns ORDER BY created_at, id"));
    int index = 0;
    while (c.next()) {
        // Drafts have not received leads yet; the others get uneven shares.
        const bool draft = c.value(1).toString() == u"draft";
        campaigns << SeedCampaign {c.value(0).toString(), draft ? 0 : 2 + (index * 5) % 7};
        ++index;
    }
    c.finish();
    int weightSum = 0;
    for (const auto &k : campaigns)
        weightSum += k.weight;
    if (weightSum == 0) {
        for (auto &k : campaigns)
            k.weight = 1;
        weightSum = int(campaigns.size());
    }

    QRandomGenerator64 gen(state.options.seed * 0x9E3779B97F4A7C15ull + 0x5eed);
    const qint64 nowMs = state.now().toMSecsSinceEpoch();
    QStringList someUrls;

    Batch prospects(state.db,
        QStringLiteral("INSERT INTO prospects (id, name, url, headline, about, "
                       "company_name, job_title, company_website, "
                       "company_linkedin_url, city, country, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    Batch chats(state.db,
        QStringLiteral("INSERT INTO chats (id, prospect_id, campaign_id, status, "
                       "qualification, paused, ongoing, custom_data, responded, "
                       "last_message_at, last_activity, qualified_at, created_at, "
                       "updated_at) VALUES (?,?,?,?,?,?,0,?,?,?,?,?,?,?)"));
    Batch messages(state.db,
        QStringLiteral("INSERT INTO messages (chat_id, campaign_id, role, content, "
                       "sent_at) VALUES (?,?,?,?,?)"));

    for (int i = 0; i < count && !campaigns.isEmpty(); ++i) {
        const QString first = ProspectVocabulary::firstName(gen());
        const QString last = ProspectVocabulary::lastName(gen());
        const QString slug
            = QStringLiteral("%1-%2-%3")
                  .arg(first.toLower(), last.toLower(), base36(quint64(i) * 37 + 1296));
        const QString url = QStringLiteral("https://linkedin.com/in/") + slug;
        const ProspectVocabulary::Profile p = ProspectVocabulary::profile(gen(), first, last);

        int pick = int(gen.bounded(weightSum));
        qsizetype campaign = 0;
        while (pick >= campaigns.at(campaign).weight) {
            pick -= campaigns.at(campaign).weight;
            ++campaign;
        }
        int roll = int(gen.bounded(1000));
        int status = 0;
        for (const auto &[code, weight] : kStatusWeights) {
            if (roll < weight) {
                status = code;
                break;
            }
            roll -= weight;
        }
        const qint64 created = nowMs - 2 * kHour - qint64(gen.bounded(quint64(88 * kDay)));
        const QList<Message> talk = conversation(status, gen, first, p.companyName);
        // Messages follow each other by 2 hours to 3 days; squeezed to end before now.
        QList<qint64> times;
        qint64 t = created + kHour + qint64(gen.bounded(quint64(47 * kHour)));
        for (qsizetype m = 0; m < talk.size(); ++m) {
            times << t;
            t += 2 * kHour + qint64(gen.bounded(quint64(70 * kHour)));
        }
        if (!times.isEmpty() && times.last() > nowMs - 60000) {
            // Squeeze the conversation so it ends somewhere between its start and now.
            const double end = double(nowMs - 60000 - created) * (0.2 + 0.8 * gen.generateDouble());
            const double scale = end / double(times.last() - created);
            for (qint64 &time : times)
                time = created + qint64(double(time - created) * scale);
        }
        const bool paused = status <= 4 && gen.bounded(20) == 0;
        QString qualification = QStringLiteral("inProgress");
        if (status == 5)
            qualification = QStringLiteral("qualified");
        else if (status == 6)
            qualification = QStringLiteral("unqualified");
        else if (status == 4 && gen.bounded(100) < 35)
            qualification = QStringLiteral("needVerification");
        bool responded = false;
        for (const Message &m : talk)
            responded = responded || m.fromProspect;
        const QVariant lastMessage = times.isEmpty() ? QVariant() : QVariant(isoMs(times.last()));
        const QString lastActivity = times.isEmpty() ? isoMs(created) : isoMs(times.last());
        const QVariant qualifiedAt = status == 5 ? QVariant(lastActivity) : QVariant();
        const QVariant customData = gen.bounded(10) == 0
            ? QVariant(QString::fromUtf8(kCustomNotes[gen.bounded(quint64(kCustomNotes.size()))]))
            : QVariant();
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };

        const QString prospectId = state.newId();
        const QString chatId = state.newId();
        const QString createdAt = isoMs(created);
        prospects.exec({prospectId, first + u' ' + last, url, p.headline, p.about, p.companyName,
            p.jobTitle, orNull(p.companyWebsite), orNull(p.companyLinkedinUrl), p.city, p.country,
            createdAt});
        chats.exec({chatId, prospectId, campaigns.at(campaign).id, status, qualification,
            paused ? 1 : 0, customData, responded ? 1 : 0, lastMessage, lastActivity, qualifiedAt,
            createdAt, lastActivity});
        for (qsizetype m = 0; m < talk.size(); ++m)
            messages.exec({chatId, campaigns.at(campaign).id,
                talk.at(m).fromProspect ? QStringLiteral("user") : QStringLiteral("assistant"),
                talk.at(m).content, isoMs(times.at(m))});
        if (i % 97 == 5 && someUrls.size() < 50)
            someUrls << url;
    }
    seedDnc(state, gen, nowMs, someUrls);
    const std::clock_t rowsCpu = std::clock();
    createProspectIndexes(state.db);
    if (qEnvironmentVariableIsSet("KAKIYO_SEED_TIMING"))
        qInfo("seed cpu: rows %.2fs, indexes %.2fs", double(rowsCpu) / CLOCKS_PER_SEC,
            double(std::clock() - rowsCpu) / CLOCKS_PER_SEC);
    if (!state.options.quiet && count >= 10000)
        qInfo("seeded %d prospects in %lld ms", count, qint64(timer.elapsed()));
}

} // namespace kakiyo::sandbox
