// Analytics of kakiyo-sandbox (contract I1, I2, B7) checked against the conversations
// themselves: the test reads every conversation through search and details, computes the
// expected numbers on its own and compares them with what the analytics endpoints derive.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

namespace {

struct Chat
{
    QString campaign;
    int status = 0;
    QString qualification;
    QString lastMessage;
    QList<QPair<QString, QString>> messages; // role, date
};

struct Expected
{
    qint64 prospects = 0, answers = 0, messages = 0, qualified = 0, closed = 0;
};

const QList<int> kClosed {6, 7, 502, 503, 504};

bool ratesMatch(double actual, qint64 part, qint64 whole)
{
    const double expected = whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    return qAbs(actual - expected) <= 0.0051;
}

} // namespace

class tst_SandboxAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaignStats();
    void overview();
    void overviewActivity();
    void campaignAnalytics();
    void dailyBreakdown();
    void errors();

private:
    HttpReply get(const QString &path)
    {
        return HttpProbe::send("GET", m_sandbox->url(path), m_sandbox->apiKey());
    }
    Expected expectedFor(const QString &campaign) const;

    QList<Chat> m_chats;
    QStringList m_campaigns;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxAnalytics::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "21", "--prospects", "300", "--rate-limit", "100000"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    for (int offset = 0;; offset += 100) {
        const HttpReply page = get(QString("/prospects/search?limit=100&offset=%1").arg(offset));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.object().value("prospects").toArray();
        for (const QJsonValue &item : items) {
            const HttpReply d = get("/prospects/" + item["id"].toString());
            QCOMPARE(d.status, 200);
            Chat chat;
            chat.campaign = item["campaign"]["id"].toString();
            chat.status = d.object().value("status").toInt();
            chat.qualification = d.object().value("qualification").toString();
            chat.lastMessage = d.object().value("lastMessage").toString();
            for (const QJsonValue &m : d.object().value("messages").toArray())
                chat.messages.append({m["role"].toString(), m["date"].toString()});
            m_chats << chat;
        }
        if (!page.object().value("pagination")["hasMore"].toBool())
            break;
    }
    QCOMPARE(m_chats.size(), 300);
    for (const QJsonValue &c : get("/analytics/overview").object().value("campaigns").toArray())
        m_campaigns << c["id"].toString();
    QVERIFY(m_campaigns.size() >= 3);
}

Expected tst_SandboxAnalytics::expectedFor(const QString &campaign) const
{
    Expected e;
    for (const Chat &chat : m_chats) {
        if (!campaign.isEmpty() && chat.campaign != campaign)
            continue;
        ++e.prospects;
        bool answered = false;
        for (const auto &m : chat.messages) {
            if (m.first == "assistant")
                ++e.messages;
            else
                answered = true;
        }
        e.answers += answered;
        e.qualified += chat.qualification == "qualified";
        e.closed += kClosed.contains(chat.status);
    }
    return e;
}

void tst_SandboxAnalytics::campaignStats()
{
    qint64 sum = 0;
    for (const QString &id : m_campaigns) {
        const HttpReply r = get("/campaigns/" + id + "/stats");
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o["id"].toString(), id);
        QVERIFY(!o["name"].toString().isEmpty());
        QVERIFY(!o["status"].toString().isEmpty());
        const QJsonObject stats = o["stats"].toObject();
        const Expected e = expectedFor(id);
        QCOMPARE(stats["prospects"].toInteger(), e.prospects);
        QCOMPARE(stats["prospectsAnswers"].toInteger(), e.answers);
        QCOMPARE(stats["messages"].toInteger(), e.messages);
        QCOMPARE(stats["qualified"].toInteger(), e.qualified);
        QCOMPARE(stats["closed"].toInteger(), e.closed);
        // B7 rates are strings with two decimals and a percent sign.
        for (const char *key : {"conversionRate", "responseRate"}) {
            const QString text = stats[key].toString();
            QVERIFY2(text.endsWith('%') && text.indexOf('.') == text.size() - 4, qPrintable(text));
        }
        QVERIFY(ratesMatch(
            stats["conversionRate"].toString().chopped(1).toDouble(), e.qualified, e.prospects));
        QVERIFY(ratesMatch(
            stats["responseRate"].toString().chopped(1).toDouble(), e.answers, e.prospects));
        sum += e.prospects;
    }
    QCOMPARE(sum, qint64(m_chats.size()));
}

void tst_SandboxAnalytics::overview()
{
    const HttpReply r = get("/analytics/overview");
    QCOMPARE(r.status, 200);
    const QJsonObject summary = r.object().value("summary").toObject();
    const QJsonObject metrics = r.object().value("metrics").toObject();
    const Expected all = expectedFor({});
    QCOMPARE(summary["totalProspects"].toInteger(), all.prospects);
    QCOMPARE(summary["totalMessages"].toInteger(), all.messages);
    QCOMPARE(summary["totalQualified"].toInteger(), all.qualified);
    QCOMPARE(summary["totalAnswers"].toInteger(), all.answers);
    QCOMPARE(summary["totalClosed"].toInteger(), all.closed);
    QVERIFY(ratesMatch(metrics["conversionRate"].toDouble(), all.qualified, all.prospects));
    QVERIFY(ratesMatch(metrics["responseRate"].toDouble(), all.answers, all.prospects));
    QVERIFY(ratesMatch(metrics["qualificationRate"].toDouble(), all.qualified, all.answers));
    QVERIFY(qAbs(metrics["averageMessagesPerProspect"].toDouble()
                - double(all.messages) / double(all.prospects))
        <= 0.0051);

    const QJsonArray campaigns = r.object().value("campaigns").toArray();
    QCOMPARE(summary["totalCampaigns"].toInt(), int(campaigns.size()));
    int active = 0, paused = 0, completed = 0;
    for (const QJsonValue &c : campaigns) {
        const Expected e = expectedFor(c["id"].toString());
        QCOMPARE(c["prospects"].toInteger(), e.prospects);
        QCOMPARE(c["messages"].toInteger(), e.messages);
        QCOMPARE(c["qualified"].toInteger(), e.qualified);
        QCOMPARE(c["answers"].toInteger(), e.answers);
        QVERIFY(ratesMatch(c["conversionRate"].toDouble(), e.qualified, e.prospects));
        QVERIFY(ratesMatch(c["responseRate"].toDouble(), e.answers, e.prospects));
        active += c["status"] == "active";
        paused += c["status"] == "paused";
        completed += c["status"] == "completed";
        // The stats endpoint tells the same story.
        QCOMPARE(get("/campaigns/" + c["id"].toString() + "/stats").object().value("status"),
            c["status"]);
    }
    QCOMPARE(summary["activeCampaigns"].toInt(), active);
    QCOMPARE(summary["pausedCampaigns"].toInt(), paused);
    QCOMPARE(summary["completedCampaigns"].toInt(), completed);
    QVERIFY(summary["totalAgents"].toInt() >= summary["activeAgents"].toInt());
}

void tst_SandboxAnalytics::overviewActivity()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HttpReply r = get("/analytics/overview");
    const QJsonObject activity = r.object().value("activity").toObject();
    const auto iso = [](const QDateTime &t) { return t.toString("yyyy-MM-ddTHH:mm:ss.zzzZ"); };
    for (const auto &[key, since] : {std::pair {"last24Hours", now.addSecs(-24 * 3600)},
             std::pair {"lastWeek", now.addDays(-7)}}) {
        qint64 messages = 0, qualified = 0;
        for (const Chat &chat : m_chats) {
            for (const auto &m : chat.messages)
                messages += m.first == "assistant" && m.second >= iso(since);
            // Seeded conversations were qualified with their last message.
            qualified += chat.qualification == "qualified" && chat.lastMessage >= iso(since);
        }
        QCOMPARE(activity[key]["messages"].toInteger(), messages);
        QCOMPARE(activity[key]["qualified"].toInteger(), qualified);
    }
    QVERIFY2(activity["lastWeek"]["messages"].toInteger() > 0,
        "seeded activity reaches into the last week");
}

void tst_SandboxAnalytics::campaignAnalytics()
{
    for (const QString &id : m_campaigns) {
        const HttpReply r = get("/analytics/campaigns/" + id);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o["campaign"]["id"].toString(), id);
        QVERIFY(!o["campaign"]["createdAt"].toString().isEmpty());
        const Expected e = expectedFor(id);
        const QJsonObject metrics = o["metrics"].toObject();
        QCOMPARE(metrics["totalProspects"].toInteger(), e.prospects);
        QCOMPARE(metrics["totalMessages"].toInteger(), e.messages);
        QCOMPARE(metrics["totalQualified"].toInteger(), e.qualified);
        QCOMPARE(metrics["totalAnswers"].toInteger(), e.answers);
        QCOMPARE(metrics["totalClosed"].toInteger(), e.closed);
        QVERIFY(ratesMatch(metrics["conversionRate"].toDouble(), e.qualified, e.prospects));
        QVERIFY(ratesMatch(metrics["responseRate"].toDouble(), e.answers, e.prospects));
        QVERIFY(ratesMatch(metrics["qualificationRate"].toDouble(), e.qualified, e.answers));

        QHash<QString, qint64> status, qualification;
        for (const Chat &chat : m_chats) {
            if (chat.campaign != id)
                continue;
            // The furthest funnel stage the conversation reached (disjoint buckets).
            bool agentWrote = false, answered = false;
            for (const auto &m : chat.messages)
                (m.first == "assistant" ? agentWrote : answered) = true;
            const bool agentLast
                = !chat.messages.isEmpty() && chat.messages.last().first == "assistant";
            QString bucket = "pending";
            if (chat.status == 5)
                bucket = answered && agentLast ? "closed" : "qualified";
            else if (answered || chat.status == 4 || chat.status == 6)
                bucket = "responded";
            else if (agentWrote || chat.status == 3)
                bucket = "contacted";
            ++status[bucket];
            ++qualification[chat.qualification == "qualified" ? "qualified"
                    : chat.qualification == "unqualified"     ? "disqualified"
                                                              : "pending"];
        }
        qint64 inBuckets = 0;
        for (const char *key : {"pending", "contacted", "responded", "qualified", "closed"}) {
            QCOMPARE(o["statusDistribution"][key].toInteger(), status.value(key));
            inBuckets += o["statusDistribution"][key].toInteger();
        }
        // Every conversation sits in exactly one bucket, and "reached responded" (the sum from
        // responded on) is who answered (every seeded qualified conversation has an answer):
        // the funnel built from the buckets agrees with the metrics.
        QCOMPARE(inBuckets, e.prospects);
        QCOMPARE(o["statusDistribution"]["responded"].toInteger()
                + o["statusDistribution"]["qualified"].toInteger()
                + o["statusDistribution"]["closed"].toInteger(),
            e.answers);
        for (const char *key : {"pending", "qualified", "disqualified"})
            QCOMPARE(o["qualificationBreakdown"][key].toInteger(), qualification.value(key));
    }
}

void tst_SandboxAnalytics::dailyBreakdown()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    qint64 anyActivity = 0;
    for (const QString &id : m_campaigns) {
        const QJsonObject activity
            = get("/analytics/campaigns/" + id).object().value("activity").toObject();
        const QJsonArray days = activity["dailyBreakdown"].toArray();
        QCOMPARE(days.size(), 30);
        QHash<QString, std::array<qint64, 3>> expected;
        for (const Chat &chat : m_chats) {
            if (chat.campaign != id)
                continue;
            for (const auto &m : chat.messages)
                ++expected[m.second.left(10)][m.first == "assistant" ? 0 : 1];
            if (chat.qualification == "qualified")
                ++expected[chat.lastMessage.left(10)][2];
        }
        std::array<qint64, 3> week {0, 0, 0};
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days.at(i).toObject();
            const QString date = today.addDays(-i).toString(Qt::ISODate);
            QCOMPARE(day["date"].toString(), date); // newest first, no gaps
            QCOMPARE(day["messages"].toInteger(), expected.value(date)[0]);
            QCOMPARE(day["responses"].toInteger(), expected.value(date)[1]);
            QCOMPARE(day["qualified"].toInteger(), expected.value(date)[2]);
            if (i < 7) {
                week[0] += day["messages"].toInteger();
                week[1] += day["responses"].toInteger();
                week[2] += day["qualified"].toInteger();
            }
            anyActivity += day["messages"].toInteger();
        }
        QCOMPARE(activity["last7Days"]["messages"].toInteger(), week[0]);
        QCOMPARE(activity["last7Days"]["responses"].toInteger(), week[1]);
        QCOMPARE(activity["last7Days"]["qualified"].toInteger(), week[2]);
    }
    QVERIFY2(anyActivity > 0, "the last 30 days have activity");
    const HttpReply ninety = get("/analytics/campaigns/" + m_campaigns.first() + "?days=90");
    QCOMPARE(ninety.object().value("activity")["dailyBreakdown"].toArray().size(), 90);
}

void tst_SandboxAnalytics::errors()
{
    HttpReply r = get("/analytics/campaigns/nosuchcampaign000000");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
    QCOMPARE(r.object().value("message").toString(), QString("Campaign not found"));
    r = get("/campaigns/nosuchcampaign000000/stats");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
    r = get("/analytics/campaigns/" + m_campaigns.first() + "?days=0");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
}

QTEST_GUILESS_MAIN(tst_SandboxAnalytics)
#include "tst_sandbox_analytics.moc"
