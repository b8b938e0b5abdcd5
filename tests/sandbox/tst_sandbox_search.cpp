// GET /prospects/search of kakiyo-sandbox over a 100,000-prospect team: start-up time and
// latency (printed, not asserted), the Decision 5 superset item shape, every filter, totals that
// add up, paging, ordering, and validation errors.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace kakiyo::test;

class tst_SandboxSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void latency();
    void itemShape();
    void filters_data();
    void filters();
    void totalsAddUp();
    void queryMatchesCampaignList();
    void queryIsLiteral();
    void pagingAndOrder();
    void errors_data();
    void errors();

private:
    HttpReply search(const QString &query)
    {
        return HttpProbe::send(
            "GET", m_sandbox->url("/prospects/search?" + query), m_sandbox->apiKey());
    }
    qint64 total(const QString &query)
    {
        return search(query + "&limit=1").object().value("pagination")["total"].toInteger();
    }

    QString m_campaign;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxSearch::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "9", "--prospects", "100000", "--rate-limit", "1000000"});
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_sandbox->start(180000), qPrintable(m_sandbox->errorString()));
    qDebug("start-up with 100,000 prospects: %lld ms", qint64(clock.elapsed()));
    // The smallest campaign that has conversations, for the brute-force comparison.
    qint64 smallest = -1;
    for (const QJsonValue &c :
        HttpProbe::send("GET", m_sandbox->url("/analytics/overview"), m_sandbox->apiKey())
            .object()
            .value("campaigns")
            .toArray()) {
        const qint64 n = c["prospects"].toInteger();
        if (n > 0 && (smallest < 0 || n < smallest)) {
            smallest = n;
            m_campaign = c["id"].toString();
        }
    }
    QVERIFY(!m_campaign.isEmpty());
    QCOMPARE(total("limit=1"), qint64(100000));
}

void tst_SandboxSearch::latency()
{
    const QStringList queries {"limit=50", "query=smith", "query=head%20of%20sales&limit=100",
        "status=4&isPaused=false", "city=London&hasResponded=true",
        "country=Germany&qualification=pending", "campaignId=" + m_campaign,
        "qualification=qualified&hasResponded=true&limit=100", "offset=99000&limit=100",
        "query=li"};
    for (const QString &q : queries) {
        search(q); // warm
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = search(q);
            QCOMPARE(r.status, 200);
            best = std::min(best, r.elapsedMs);
        }
        qDebug("search %-55s %5lld ms (best of 3, total %lld)", qPrintable(q), best, total(q));
    }
}

void tst_SandboxSearch::itemShape()
{
    const HttpReply r = search("");
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.object();
    const QJsonObject pagination = body["pagination"].toObject();
    QCOMPARE(pagination["limit"].toInt(), 50);
    QCOMPARE(pagination["offset"].toInt(), 0);
    QVERIFY(pagination["hasMore"].toBool());
    const QJsonArray items = body["prospects"].toArray();
    QCOMPARE(items.size(), 50);
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        // OpenAPI shape: chat fields + nested prospect{}.
        for (const char *key : {"id", "status", "qualification", "paused", "prospect"})
            QVERIFY2(item.contains(key), key);
        const QJsonObject person = item["prospect"].toObject();
        for (const char *key : {"id", "name", "url", "headline", "currentCompanyName",
                 "currentJobTitle", "currentCompanyWebsite", "currentCompanyLinkedInUrl"})
            QVERIFY2(person.contains(key), key);
        // MDX extras, flat.
        for (const char *key : {"name", "headline", "url", "location", "hasResponded", "isPaused",
                 "lastActivity", "campaign", "stats"})
            QVERIFY2(item.contains(key), key);
        QCOMPARE(item["name"], person["name"]);
        QCOMPARE(item["isPaused"], item["paused"]);
        QVERIFY(!item["campaign"]["name"].toString().isEmpty());
        QCOMPARE(item["hasResponded"].toBool(), item["stats"]["responses"].toInt() > 0);
        QVERIFY(item["stats"]["messages"].toInt() >= item["stats"]["responses"].toInt());
        QVERIFY(item["location"]["city"].isString() && item["location"]["country"].isString());
    }
    const QJsonObject available = body["filters"]["available"].toObject();
    QCOMPARE(available["qualifications"].toArray(),
        (QJsonArray {"pending", "qualified", "disqualified"}));
    QVERIFY(available["cities"].toArray().contains("London"));
    QVERIFY(available["countries"].toArray().contains("Germany"));
    QVERIFY(body["filters"]["applied"].toObject().isEmpty());
}

void tst_SandboxSearch::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("check");
    QTest::newRow("status") << "status=4"
                            << "status=4";
    QTest::newRow("status error code") << "status=503"
                                       << "status=503";
    QTest::newRow("qualified") << "qualification=qualified"
                               << "qualification=qualified";
    QTest::newRow("pending") << "qualification=pending"
                             << "qualification=pending";
    QTest::newRow("disqualified") << "qualification=disqualified"
                                  << "qualification=unqualified";
    QTest::newRow("city, any case") << "city=london"
                                    << "city=London";
    QTest::newRow("country") << "country=United%20Kingdom"
                             << "country=United Kingdom";
    QTest::newRow("responded") << "hasResponded=true"
                               << "hasResponded=true";
    QTest::newRow("not responded") << "hasResponded=false"
                                   << "hasResponded=false";
    QTest::newRow("paused") << "isPaused=true"
                            << "paused=true";
    QTest::newRow("campaign") << "campaignId=CAMPAIGN"
                              << "campaign=CAMPAIGN";
    QTest::newRow("query") << "query=smith"
                           << "text=smith";
    QTest::newRow("combined") << "query=director&country=Germany&isPaused=false&status=3"
                              << "text=director";
}

void tst_SandboxSearch::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, check);
    query.replace("CAMPAIGN", m_campaign);
    check.replace("CAMPAIGN", m_campaign);
    const HttpReply r = search(query + "&limit=100");
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value("prospects").toArray();
    QVERIFY2(!items.isEmpty(), "the seeded team has matches for every filter");
    const QString key = check.section('=', 0, 0);
    const QString value = check.section('=', 1);
    for (const QJsonValue &item : items) {
        if (key == "status")
            QCOMPARE(item["status"].toInt(), value.toInt());
        else if (key == "qualification" && value == "pending")
            QVERIFY(item["qualification"] == "inProgress"
                || item["qualification"] == "needVerification");
        else if (key == "qualification")
            QCOMPARE(item["qualification"].toString(), value);
        else if (key == "city")
            QCOMPARE(item["location"]["city"].toString(), value);
        else if (key == "country")
            QCOMPARE(item["location"]["country"].toString(), value);
        else if (key == "hasResponded")
            QCOMPARE(item["hasResponded"].toBool(), value == "true");
        else if (key == "paused")
            QCOMPARE(item["paused"].toBool(), value == "true");
        else if (key == "campaign")
            QCOMPARE(item["campaign"]["id"].toString(), value);
        else if (key == "text")
            QVERIFY(item["name"].toString().contains(value, Qt::CaseInsensitive)
                || item["headline"].toString().contains(value, Qt::CaseInsensitive));
    }
    if (query.startsWith("query=director")) {
        for (const QJsonValue &item : items) {
            QCOMPARE(item["location"]["country"].toString(), QString("Germany"));
            QCOMPARE(item["status"].toInt(), 3);
            QCOMPARE(item["paused"].toBool(), false);
        }
    }
    const QJsonObject applied = r.object().value("filters")["applied"].toObject();
    QCOMPARE(applied.size(), query.count('&') + 1);
}

void tst_SandboxSearch::totalsAddUp()
{
    const qint64 all = total("");
    qint64 byStatus = 0;
    for (int status : {0, 1, 2, 3, 4, 5, 6, 7, 502, 503, 504, 505}) {
        const qint64 n = total(QString("status=%1").arg(status));
        QVERIFY2(n > 0, qPrintable(QString("status %1 is seeded").arg(status)));
        byStatus += n;
    }
    QCOMPARE(byStatus, all);
    QCOMPARE(total("qualification=pending") + total("qualification=qualified")
            + total("qualification=disqualified"),
        all);
    QCOMPARE(total("hasResponded=true") + total("hasResponded=false"), all);
    QCOMPARE(total("isPaused=true") + total("isPaused=false"), all);
    QCOMPARE(total("status=5"), total("qualification=qualified"));
}

void tst_SandboxSearch::queryMatchesCampaignList()
{
    // Brute force over one campaign through its list endpoint, compared with the indexed search.
    const QStringList words {"smith", "ead of", "ar"};
    QHash<QString, qint64> expected;
    QString cursor;
    int seen = 0;
    for (int page = 0; page < 1000; ++page) {
        QString path = QString("/prospects/campaign/%1?limit=100").arg(m_campaign);
        if (!cursor.isEmpty())
            path += "&cursor=" + cursor;
        const HttpReply r = HttpProbe::send("GET", m_sandbox->url(path), m_sandbox->apiKey());
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : r.json.array()) {
            ++seen;
            for (const QString &w : words) {
                if (item["prospect"]["name"].toString().contains(w, Qt::CaseInsensitive)
                    || item["prospect"]["headline"].toString().contains(w, Qt::CaseInsensitive))
                    ++expected[w];
            }
        }
        if (r.header("X-Has-More") != "true")
            break;
        cursor = QString::fromLatin1(r.header("X-Next-Cursor"));
    }
    QCOMPARE(qint64(seen), total("campaignId=" + m_campaign));
    for (const QString &w : words) {
        QVERIFY(expected.value(w) > 0);
        QCOMPARE(total(QString("campaignId=%1&query=%2")
                           .arg(m_campaign, QString::fromLatin1(QUrl::toPercentEncoding(w)))),
            expected.value(w));
    }
}

void tst_SandboxSearch::queryIsLiteral()
{
    QCOMPARE(total("query=%25"), qint64(0));
    QCOMPARE(total("query=_"), qint64(0));
    QCOMPARE(total("query=%22smith"), qint64(0));
    QCOMPARE(search("query=%22%22%22").status, 200);
    QCOMPARE(total("query=SMITH"), total("query=smith"));
}

void tst_SandboxSearch::pagingAndOrder()
{
    const QString filter = "status=4&campaignId=" + m_campaign;
    const qint64 all = total(filter);
    QVERIFY(all > 10);
    QStringList ids;
    QString previous = "9999";
    for (qint64 offset = 0; offset < all; offset += 7) {
        const QJsonObject body
            = search(QString("%1&limit=7&offset=%2").arg(filter).arg(offset)).object();
        QCOMPARE(body["pagination"]["offset"].toInteger(), offset);
        QCOMPARE(body["pagination"]["hasMore"].toBool(), offset + 7 < all);
        for (const QJsonValue &item : body["prospects"].toArray()) {
            QVERIFY(!ids.contains(item["id"].toString()));
            ids << item["id"].toString();
            QVERIFY(item["lastActivity"].toString() <= previous); // newest activity first
            previous = item["lastActivity"].toString();
        }
    }
    QCOMPARE(qint64(ids.size()), all);
    const QJsonObject beyond = search(QString("%1&offset=%2").arg(filter).arg(all + 5)).object();
    QVERIFY(beyond["prospects"].toArray().isEmpty());
    QCOMPARE(beyond["pagination"]["total"].toInteger(), all);
    QVERIFY(!beyond["pagination"]["hasMore"].toBool());
}

void tst_SandboxSearch::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << "limit=0";
    QTest::newRow("limit 101") << "limit=101";
    QTest::newRow("limit text") << "limit=all";
    QTest::newRow("negative offset") << "offset=-1";
    QTest::newRow("unknown qualification") << "qualification=hot";
    QTest::newRow("status text") << "status=replied";
    QTest::newRow("bad boolean") << "hasResponded=yes";
}

void tst_SandboxSearch::errors()
{
    QFETCH(QString, query);
    const HttpReply r = search(query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
    QVERIFY(!r.object().value("details").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxSearch)
#include "tst_sandbox_search.moc"
