// The prospects kakiyo-sandbox already has, over 127.0.0.1: the campaign prospect list in both
// paging styles with its filters, details, custom data, pause/resume/qualify, and single and bulk
// delete.
#include "ProspectsFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kakiyo::test;

class tst_SandboxProspectsList : public QObject, public ProspectsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(); }
    void listOffsetPaging();
    void listCursorPaging();
    void listFilters_data();
    void listFilters();
    void listErrors_data();
    void listErrors();
    void details();
    void customData();
    void pauseResumeQualify();
    void deleteOne();
    void bulkDelete();
};

void tst_SandboxProspectsList::listOffsetPaging()
{
    const QString campaign = m_readyCampaigns.at(4);
    const HttpReply stats = call("GET", "/campaigns/" + campaign + "/stats");
    QCOMPARE(stats.status, 200);
    const int expected = stats.object().value("stats")["prospects"].toInt();
    QVERIFY(expected > 7);

    QSet<QString> seen;
    int offset = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpReply r = call(
            "GET", QString("/prospects/campaign/%1?limit=7&offset=%2").arg(campaign).arg(offset));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray());
        QCOMPARE(r.header("X-Limit"), QByteArray("7"));
        QCOMPARE(r.header("X-Offset"), QByteArray::number(offset));
        const QJsonArray items = r.json.array();
        for (const QJsonValue &item : items) {
            QVERIFY(!seen.contains(item["id"].toString()));
            seen.insert(item["id"].toString());
            QVERIFY(item["prospect"]["url"].toString().startsWith("https://linkedin.com/in/"));
            QVERIFY(item["status"].isDouble());
            QVERIFY(item["paused"].isBool());
        }
        offset += int(items.size());
        const bool more = r.header("X-Has-More") == "true";
        QCOMPARE(more, offset < expected);
        if (more)
            QVERIFY(!r.header("X-Next-Cursor").isEmpty());
        if (!more)
            break;
        QCOMPARE(items.size(), 7);
    }
    QCOMPARE(int(seen.size()), expected);
    // Default page size is 25.
    const HttpReply first = call("GET", "/prospects/campaign/" + campaign);
    QCOMPARE(first.header("X-Limit"), QByteArray("25"));
    QCOMPARE(int(first.json.array().size()), std::min(25, expected));
}

void tst_SandboxProspectsList::listCursorPaging()
{
    const QString campaign = m_readyCampaigns.at(4);
    const HttpReply all = call("GET", QString("/prospects/campaign/%1?limit=100").arg(campaign));
    QStringList byOffset;
    for (const QJsonValue &item : all.json.array())
        byOffset << item["id"].toString();

    QStringList byCursor;
    QByteArray cursor;
    HttpReply r = call("GET", QString("/prospects/campaign/%1?limit=6").arg(campaign));
    for (int page = 0; page < 100; ++page) {
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : r.json.array())
            byCursor << item["id"].toString();
        if (r.header("X-Has-More") != "true") {
            QVERIFY(r.header("X-Next-Cursor").isEmpty());
            break;
        }
        cursor = r.header("X-Next-Cursor");
        // offset is ignored when a cursor is given
        r = call("GET",
            QString("/prospects/campaign/%1?limit=6&offset=3&cursor=%2")
                .arg(campaign, QString::fromLatin1(cursor)));
        QVERIFY(r.header("X-Offset").isEmpty());
    }
    QCOMPARE(byCursor, byOffset.mid(0, byCursor.size()));
    QCOMPARE(byCursor.size(), byOffset.size());
}

void tst_SandboxProspectsList::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("status=4") << "status=4"
                              << "status" << QJsonValue(4);
    QTest::newRow("status=0") << "status=0"
                              << "status" << QJsonValue(0);
    QTest::newRow("isPaused=true") << "isPaused=true"
                                   << "paused" << QJsonValue(true);
    QTest::newRow("isPaused=false") << "isPaused=false"
                                    << "paused" << QJsonValue(false);
    QTest::newRow("hasResponded=true") << "hasResponded=true"
                                       << "hasResponded" << QJsonValue(true);
    QTest::newRow("hasResponded=false") << "hasResponded=false"
                                        << "hasResponded" << QJsonValue(false);
}

void tst_SandboxProspectsList::listFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    int matched = 0;
    for (const QString &campaign : m_readyCampaigns) {
        const HttpReply r
            = call("GET", QString("/prospects/campaign/%1?limit=100&%2").arg(campaign, query));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : r.json.array()) {
            QCOMPARE(item[key], value);
            ++matched;
        }
    }
    QVERIFY2(matched > 0, "the seeded data has conversations for every filter");
}

void tst_SandboxProspectsList::listErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 0") << "limit=0" << 400;
    QTest::newRow("limit 101") << "limit=101" << 400;
    QTest::newRow("limit text") << "limit=ten" << 400;
    QTest::newRow("negative offset") << "offset=-1" << 400;
    QTest::newRow("bad cursor") << "cursor=%25%25notacursor" << 400;
    QTest::newRow("bad boolean") << "isPaused=maybe" << 400;
    QTest::newRow("limit 100") << "limit=100" << 200;
}

void tst_SandboxProspectsList::listErrors()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const HttpReply r
        = call("GET", QString("/prospects/campaign/%1?%2").arg(m_readyCampaigns.first(), query));
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.errorCode(), QString("validation_error"));
    const HttpReply unknown = call("GET", "/prospects/campaign/nosuchcampaign000000");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QString("not_found"));
}

void tst_SandboxProspectsList::details()
{
    // A replied conversation: messages in both roles, oldest first, the prospect answered last.
    const HttpReply search = call("GET", "/prospects/search?status=4&limit=5");
    QCOMPARE(search.status, 200);
    const QJsonArray items = search.object().value("prospects").toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        const HttpReply r = call("GET", "/prospects/" + item["id"].toString());
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.object();
        QCOMPARE(d["id"].toString(), item["id"].toString());
        QCOMPARE(d["status"].toInt(), 4);
        QVERIFY(!d["prospect"]["about"].toString().isEmpty());
        QVERIFY(d["prospect"]["location"].isObject());
        const QJsonArray messages = d["messages"].toArray();
        QVERIFY(messages.size() >= 2);
        QString previous;
        for (const QJsonValue &m : messages) {
            QVERIFY(m["role"] == "assistant" || m["role"] == "user");
            QVERIFY(!m["content"].toString().isEmpty());
            QVERIFY(m["date"].toString() >= previous);
            previous = m["date"].toString();
        }
        QCOMPARE(messages.last()["role"].toString(), QString("user"));
        QCOMPARE(d["lastMessage"].toString(), previous);
    }
    const HttpReply missing = call("GET", "/prospects/nosuchchat0000000000");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QString("not_found"));
    QCOMPARE(missing.object().value("message").toString(), QString("Prospect not found"));
}

void tst_SandboxProspectsList::customData()
{
    const QString chat
        = call("GET", "/prospects/search?limit=1").object().value("prospects")[0]["id"].toString();
    QVERIFY(!chat.isEmpty());
    HttpReply r = call("PATCH", "/prospects/" + chat + "/custom-data",
        QJsonObject {{"customData", QString(3500, 'z')}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("chatId").toString(), chat);
    QCOMPARE(r.object().value("customDataLength").toInt(), 3000);
    QVERIFY(r.object().value("customDataSaved").toBool());
    QCOMPARE(call("GET", "/prospects/" + chat).object().value("customData").toString(),
        QString(3000, 'z'));

    r = call("PATCH", "/prospects/" + chat + "/custom-data", QJsonObject {{"customData", ""}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value("customDataSaved").toBool());
    QCOMPARE(r.object().value("customDataLength").toInt(), 0);
    QVERIFY(!call("GET", "/prospects/" + chat).object().contains("customData"));

    r = call("PATCH", "/prospects/" + chat + "/custom-data", QJsonObject {{"customData", 5}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
    r = call("PATCH", "/prospects/" + chat + "/custom-data", QJsonObject {});
    QCOMPARE(r.status, 400);
    r = call(
        "PATCH", "/prospects/nosuchchat0000000000/custom-data", QJsonObject {{"customData", "x"}});
    QCOMPARE(r.status, 404);
}

void tst_SandboxProspectsList::pauseResumeQualify()
{
    const QJsonObject item = call("GET", "/prospects/search?status=3&isPaused=false&limit=1")
                                 .object()
                                 .value("prospects")[0]
                                 .toObject();
    const QString chat = item["id"].toString();
    QVERIFY(!chat.isEmpty());
    HttpReply r = call("POST", "/prospects/" + chat + "/pause");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QString("Conversation paused successfully"));
    QVERIFY(call("GET", "/prospects/" + chat).object().value("paused").toBool());
    r = call("POST", "/prospects/" + chat + "/resume");
    QCOMPARE(r.object().value("message").toString(), QString("Conversation resumed successfully"));
    QVERIFY(!call("GET", "/prospects/" + chat).object().value("paused").toBool());
    r = call("POST", "/prospects/" + chat + "/qualify");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(),
        QString("Prospect marked as qualified successfully"));
    const QJsonObject d = call("GET", "/prospects/" + chat).object();
    QCOMPARE(d["qualification"].toString(), QString("qualified"));
    QCOMPARE(d["status"].toInt(), 5);
    for (const char *action : {"pause", "resume", "qualify"}) {
        r = call("POST", QString("/prospects/nosuchchat0000000000/") + action);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value("message").toString(), QString("Conversation not found"));
    }
}

void tst_SandboxProspectsList::deleteOne()
{
    const QJsonObject item = call("GET", "/prospects/search?status=3&isPaused=false&limit=1")
                                 .object()
                                 .value("prospects")[0]
                                 .toObject();
    const QString chat = item["id"].toString();
    const QString prospect = item["prospect"]["id"].toString();
    const int messages = item["stats"]["messages"].toInt();
    HttpReply r = call("DELETE", "/prospects/" + prospect);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QString("prospect_active"));
    QCOMPARE(call("GET", "/prospects/" + chat).status, 200);

    QCOMPARE(call("POST", "/prospects/" + chat + "/pause").status, 200);
    r = call("DELETE", "/prospects/" + prospect);
    QCOMPARE(r.status, 200);
    const QJsonObject summary = r.object().value("deletionSummary").toObject();
    QCOMPARE(summary["prospectId"].toString(), prospect);
    QCOMPARE(summary["deletedItems"]["chats"].toInt(), 1);
    QCOMPARE(summary["deletedItems"]["messages"].toInt(), messages);
    const QString campaign = item["campaign"]["id"].toString();
    const HttpReply stats = call("GET", "/campaigns/" + campaign + "/stats");
    QCOMPARE(r.object().value("campaignStatsUpdated")["prospectsCount"].toInt(),
        stats.object().value("stats")["prospects"].toInt());
    QCOMPARE(call("GET", "/prospects/" + chat).status, 404);
    r = call("DELETE", "/prospects/" + prospect);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
}

void tst_SandboxProspectsList::bulkDelete()
{
    HttpReply r = call("DELETE", "/prospects", QJsonObject {{"prospectIds", QJsonArray {}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    r = call("DELETE", "/prospects", QJsonObject {});
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QString("p%1").arg(i));
    r = call("DELETE", "/prospects", QJsonObject {{"prospectIds", many}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("too_many_prospects"));

    // Not-started conversations can go; one active conversation is refused per row.
    const QString campaign = m_readyCampaigns.at(2);
    const QJsonArray idle
        = call("GET", QString("/prospects/search?campaignId=%1&status=0&limit=2").arg(campaign))
              .object()
              .value("prospects")
              .toArray();
    const QJsonArray active = call("GET",
        QString("/prospects/search?campaignId=%1&status=4&isPaused=false&limit=1").arg(campaign))
                                  .object()
                                  .value("prospects")
                                  .toArray();
    QCOMPARE(idle.size(), 2);
    QCOMPARE(active.size(), 1);
    const QJsonArray other = call(
        "GET", QString("/prospects/search?campaignId=%1&limit=1").arg(m_readyCampaigns.at(3)))
                                 .object()
                                 .value("prospects")
                                 .toArray();
    r = call("DELETE", "/prospects",
        QJsonObject {{"campaignId", campaign},
            {"prospectIds", QJsonArray {idle[0]["prospect"]["id"], other[0]["prospect"]["id"]}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("campaign_mismatch"));

    const QJsonArray ids {idle[0]["prospect"]["id"], idle[1]["prospect"]["id"],
        active[0]["prospect"]["id"], "nosuchprospect000000"};
    r = call("DELETE", "/prospects", QJsonObject {{"campaignId", campaign}, {"prospectIds", ids}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o["summary"]["requested"].toInt(), 4);
    QCOMPARE(o["summary"]["successful"].toInt(), 2);
    QCOMPARE(o["summary"]["failed"].toInt(), 2);
    const QJsonArray results = o["results"].toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0]["status"].toString(), QString("success"));
    QCOMPARE(results[1]["status"].toString(), QString("success"));
    QCOMPARE(results[2]["error"].toString(), QString("prospect_active"));
    QCOMPARE(results[3]["error"].toString(), QString("not_found"));
    QCOMPARE(o["campaignStatsUpdated"]["campaignId"].toString(), campaign);
    QCOMPARE(call("GET", "/prospects/" + idle[0]["id"].toString()).status, 404);
    QCOMPARE(call("GET", "/prospects/" + active[0]["id"].toString()).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxProspectsList)
#include "tst_sandbox_prospects_list.moc"
