// The seeded team of kakiyo-sandbox: the same --seed gives the same prospects, conversations and
// DNC list; another seed gives another team; every status of the table is present with a
// conversation that fits it; qualifications agree with statuses; activity spans the last 90 days.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

namespace {

// What must not change between two runs with one seed (times are relative to start-up).
QStringList fingerprint(SandboxProcess &sandbox, int pages)
{
    QStringList rows;
    for (int page = 0; page < pages; ++page) {
        const HttpReply r = HttpProbe::send("GET",
            sandbox.url(QString("/prospects/search?limit=100&offset=%1").arg(page * 100)),
            sandbox.apiKey());
        for (const QJsonValue &item : r.object().value("prospects").toArray()) {
            rows << QStringList {item["id"].toString(), item["prospect"]["id"].toString(),
                item["name"].toString(), item["url"].toString(), item["headline"].toString(),
                item["location"]["city"].toString(), item["campaign"]["id"].toString(),
                QString::number(item["status"].toInt()), item["qualification"].toString(),
                item["paused"].toBool() ? "paused" : "running",
                QString::number(item["stats"]["messages"].toInt()),
                QString::number(item["stats"]["responses"].toInt())}
                        .join('|');
        }
    }
    return rows;
}

} // namespace

class tst_SandboxSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameTeam();
    void otherSeedOtherTeam();
    void prospectCount();
    void everyStatusPresent();
    void conversationsFitStatus_data();
    void conversationsFitStatus();
    void qualificationFollowsStatus();
    void activitySpansNinetyDays();
    void dncEntriesSeeded();
    void realisticProfiles();

private:
    HttpReply get(const QString &path)
    {
        return HttpProbe::send("GET", m_a->url(path), m_a->apiKey());
    }
    qint64 total(const QString &query)
    {
        return get("/prospects/search?limit=1&" + query)
            .object()
            .value("pagination")["total"]
            .toInteger();
    }
    std::unique_ptr<SandboxProcess> m_a;
    std::unique_ptr<SandboxProcess> m_b;
};

void tst_SandboxSeed::initTestCase()
{
    const QStringList args {"--seed", "42", "--prospects", "2000", "--rate-limit", "100000"};
    m_a = std::make_unique<SandboxProcess>(args);
    m_b = std::make_unique<SandboxProcess>(args);
    QVERIFY2(m_a->start(60000), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(60000), qPrintable(m_b->errorString()));
}

void tst_SandboxSeed::sameSeedSameTeam()
{
    const QStringList a = fingerprint(*m_a, 5);
    const QStringList b = fingerprint(*m_b, 5);
    QCOMPARE(a.size(), 500);
    QCOMPARE(a, b);
    // Conversations match message by message.
    const QString chat = a.at(17).section('|', 0, 0);
    const QJsonArray ma = get("/prospects/" + chat).object().value("messages").toArray();
    const QJsonArray mb = HttpProbe::send("GET", m_b->url("/prospects/" + chat), m_b->apiKey())
                              .object()
                              .value("messages")
                              .toArray();
    QCOMPARE(ma.size(), mb.size());
    for (qsizetype i = 0; i < ma.size(); ++i) {
        QCOMPARE(ma[i]["role"], mb[i]["role"]);
        QCOMPARE(ma[i]["content"], mb[i]["content"]);
    }
    const auto dncUrls = [](SandboxProcess &s) {
        QStringList urls;
        for (const QJsonValue &e : HttpProbe::send("GET", s.url("/dnc?limit=1000"), s.apiKey())
                                       .object()
                                       .value("data")["entries"]
                                       .toArray())
            urls << e["url"].toString();
        return urls;
    };
    QCOMPARE(dncUrls(*m_a), dncUrls(*m_b));
    QCOMPARE(get("/analytics/overview").object().value("summary"),
        HttpProbe::send("GET", m_b->url("/analytics/overview"), m_b->apiKey())
            .object()
            .value("summary"));
}

void tst_SandboxSeed::otherSeedOtherTeam()
{
    SandboxProcess other({"--seed", "43", "--prospects", "2000", "--rate-limit", "100000"});
    QVERIFY2(other.start(60000), qPrintable(other.errorString()));
    const QStringList a = fingerprint(*m_a, 1);
    const QStringList c = fingerprint(other, 1);
    QCOMPARE(c.size(), a.size());
    QVERIFY(a != c);
    int sameNames = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        sameNames += a.at(i).section('|', 3, 3) == c.at(i).section('|', 3, 3);
    QVERIFY(sameNames < 10);
}

void tst_SandboxSeed::prospectCount()
{
    QCOMPARE(total(""), qint64(2000));
    QCOMPARE(get("/analytics/overview").object().value("summary")["totalProspects"].toInteger(),
        qint64(2000));
}

void tst_SandboxSeed::everyStatusPresent()
{
    for (int status : {0, 1, 2, 3, 4, 5, 6, 7, 502, 503, 504, 505})
        QVERIFY2(total(QString("status=%1").arg(status)) > 0,
            qPrintable(QString("status %1").arg(status)));
    QVERIFY(total("isPaused=true") > 0);
    QVERIFY(total("qualification=pending") > 0);
    QVERIFY(total("qualification=qualified") > 0);
    QVERIFY(total("qualification=disqualified") > 0);
}

void tst_SandboxSeed::conversationsFitStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("minAgent");
    QTest::addColumn<int>("maxAgent");
    QTest::addColumn<int>("minProspect");
    QTest::addColumn<int>("maxProspect");
    QTest::newRow("0 not started") << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("1 invitation sent") << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("2 invitation accepted") << 2 << 0 << 0 << 0 << 0;
    QTest::newRow("3 contacted") << 3 << 1 << 3 << 0 << 0;
    QTest::newRow("4 replied") << 4 << 1 << 3 << 1 << 2;
    QTest::newRow("5 qualified") << 5 << 2 << 3 << 1 << 2;
    QTest::newRow("6 unqualified") << 6 << 1 << 3 << 1 << 1;
    QTest::newRow("7 skipped") << 7 << 0 << 1 << 0 << 0;
    QTest::newRow("502 invites disabled") << 502 << 0 << 0 << 0 << 0;
    QTest::newRow("503 unreachable") << 503 << 0 << 0 << 0 << 0;
    QTest::newRow("504 no longer in network") << 504 << 0 << 2 << 0 << 0;
    QTest::newRow("505 invite cooldown") << 505 << 0 << 0 << 0 << 0;
}

void tst_SandboxSeed::conversationsFitStatus()
{
    QFETCH(int, status);
    QFETCH(int, minAgent);
    QFETCH(int, maxAgent);
    QFETCH(int, minProspect);
    QFETCH(int, maxProspect);
    const QJsonArray items = get(QString("/prospects/search?limit=25&status=%1").arg(status))
                                 .object()
                                 .value("prospects")
                                 .toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        const QJsonObject d = get("/prospects/" + item["id"].toString()).object();
        int agent = 0, prospect = 0;
        QString previous;
        for (const QJsonValue &m : d["messages"].toArray()) {
            (m["role"] == "assistant" ? agent : prospect)++;
            QVERIFY(m["date"].toString() >= previous);
            previous = m["date"].toString();
        }
        QVERIFY2(agent >= minAgent && agent <= maxAgent,
            qPrintable(QString("agent messages %1").arg(agent)));
        QVERIFY2(prospect >= minProspect && prospect <= maxProspect,
            qPrintable(QString("prospect messages %1").arg(prospect)));
        QVERIFY(agent + prospect <= 6);
        if (agent + prospect > 0) {
            QCOMPARE(d["messages"].toArray().first()["role"].toString(),
                QString("assistant")); // the agent opens
            QCOMPARE(d["lastMessage"].toString(), previous);
        } else {
            QVERIFY(!d.contains("lastMessage"));
        }
        if (status == 4)
            QCOMPARE(d["messages"].toArray().last()["role"].toString(), QString("user"));
        QCOMPARE(item["hasResponded"].toBool(), prospect > 0);
    }
}

void tst_SandboxSeed::qualificationFollowsStatus()
{
    QCOMPARE(total("qualification=qualified"), total("status=5"));
    QCOMPARE(total("qualification=disqualified"), total("status=6"));
    QCOMPARE(total("qualification=qualified&status=5"), total("status=5"));
    // needVerification only on replied conversations.
    for (const QJsonValue &item : get("/prospects/search?limit=100&qualification=pending&status=4")
                                      .object()
                                      .value("prospects")
                                      .toArray())
        QVERIFY(
            item["qualification"] == "inProgress" || item["qualification"] == "needVerification");
    qint64 needVerification = 0;
    for (int offset = 0; offset < 2000; offset += 100) {
        for (const QJsonValue &item :
            get(QString("/prospects/search?limit=100&offset=%1").arg(offset))
                .object()
                .value("prospects")
                .toArray()) {
            if (item["qualification"] == "needVerification") {
                ++needVerification;
                QCOMPARE(item["status"].toInt(), 4);
            }
        }
    }
    QVERIFY(needVerification > 0);
}

void tst_SandboxSeed::activitySpansNinetyDays()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime newest, oldest = now;
    QSet<QString> weeks;
    for (int offset = 0; offset < 2000; offset += 100) {
        for (const QJsonValue &item :
            get(QString("/prospects/search?limit=100&offset=%1").arg(offset))
                .object()
                .value("prospects")
                .toArray()) {
            const QDateTime t
                = QDateTime::fromString(item["lastActivity"].toString(), Qt::ISODateWithMs);
            QVERIFY(t.isValid());
            QVERIFY(t <= now.addSecs(5));
            QVERIFY(t >= now.addDays(-91));
            oldest = std::min(oldest, t);
            newest = std::max(newest, t);
            weeks.insert(QString::number(t.daysTo(now) / 7));
        }
    }
    QVERIFY(oldest.daysTo(now) >= 80);
    QVERIFY(newest.secsTo(now) < 2 * 24 * 3600);
    QVERIFY2(weeks.size() >= 12, "every week of the last 90 days has activity");
}

void tst_SandboxSeed::dncEntriesSeeded()
{
    const QJsonArray entries = get("/dnc?limit=1000").object().value("data")["entries"].toArray();
    QVERIFY(entries.size() >= 5);
    for (const QJsonValue &e : entries)
        QVERIFY(e["url"].toString().startsWith("https://linkedin.com/in/"));
}

void tst_SandboxSeed::realisticProfiles()
{
    QSet<QString> names, companies, cities;
    for (const QJsonValue &item :
        get("/prospects/search?limit=100").object().value("prospects").toArray()) {
        const QJsonObject p = item["prospect"].toObject();
        QVERIFY(p["name"].toString().contains(' '));
        QVERIFY(p["headline"].toString().contains(" at "));
        QVERIFY(p["url"].toString().startsWith("https://linkedin.com/in/"));
        names.insert(p["name"].toString());
        companies.insert(p["currentCompanyName"].toString());
        cities.insert(item["location"]["city"].toString());
    }
    QVERIFY(names.size() > 90);
    QVERIFY(companies.size() > 30);
    QVERIFY(cities.size() > 15);
}

QTEST_GUILESS_MAIN(tst_SandboxSeed)
#include "tst_sandbox_seed.moc"
