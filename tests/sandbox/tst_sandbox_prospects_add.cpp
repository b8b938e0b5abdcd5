// Adding prospects to kakiyo-sandbox over 127.0.0.1: single, batch, round-robin and Sales
// Navigator, each with its validation.
#include "ProspectsFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kakiyo::test;

class tst_SandboxProspectsAdd : public QObject, public ProspectsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(); }
    void addSingle();
    void addSingleValidation_data();
    void addSingleValidation();
    void addSingleUnknownCampaign();
    void batchValidation();
    void batchAcceptsHundredRejectsMore();
    void legacyAdditionalFields();
    void roundRobinErrors();
    void roundRobinSpreadsByWorkload();
    void salesNavigator();
    void salesNavigatorValidation_data();
    void salesNavigatorValidation();
};

void tst_SandboxProspectsAdd::addSingle()
{
    const QString campaign = m_readyCampaigns.first();
    const HttpReply r = call("POST", "/prospects",
        QJsonObject {{"campaignId", campaign}, {"name", "Dana Whitfield"},
            {"url", "HTTPS://WWW.LinkedIn.com/in/Dana-Whitfield-42/"},
            {"customData", "Met at the Berlin meetup"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value("message").toString(), QString("Prospect added successfully"));
    const QString listId = r.object().value("listId").toString();
    QVERIFY(!listId.isEmpty());

    const QJsonObject status = completedImport(listId);
    QCOMPARE(status["campaignId"].toString(), campaign);
    QCOMPARE(status["total"].toInt(), 1);
    QCOMPARE(status["imported"].toInt(), 1);
    const QJsonObject row = status["report"].toArray().first().toObject();
    QCOMPARE(row["status"].toString(), QString("imported"));
    QCOMPARE(row["linkedinSlug"].toString(), QString("dana-whitfield-42"));
    QVERIFY(row["chatCreated"].toBool());
    QVERIFY(row["customDataSaved"].toBool());

    const HttpReply details = call("GET", "/prospects/" + row["chatId"].toString());
    QCOMPARE(details.status, 200);
    const QJsonObject d = details.object();
    QCOMPARE(d["prospect"]["name"].toString(), QString("Dana Whitfield"));
    QCOMPARE(d["prospect"]["url"].toString(), QString("https://linkedin.com/in/dana-whitfield-42"));
    QCOMPARE(d["prospect"]["id"].toString(), row["prospectId"].toString());
    QCOMPARE(d["customData"].toString(), QString("Met at the Berlin meetup"));
    QCOMPARE(d["status"].toInt(), 0);
    QCOMPARE(d["qualification"].toString(), QString("inProgress"));
    QCOMPARE(d["campaign"]["id"].toString(), campaign);
    QVERIFY(d["messages"].toArray().isEmpty());
}

void tst_SandboxProspectsAdd::addSingleValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing campaignId")
        << QByteArray(R"({"name":"A B","url":"in/ab"})") << "campaignId";
    QTest::newRow("missing name") << QByteArray(R"({"campaignId":"CAMPAIGN","url":"in/ab"})")
                                  << "name";
    QTest::newRow("blank name") << QByteArray(
        R"({"campaignId":"CAMPAIGN","name":"  ","url":"in/ab"})")
                                << "name";
    QTest::newRow("missing url") << QByteArray(R"({"campaignId":"CAMPAIGN","name":"A B"})")
                                 << "url";
    QTest::newRow("url not a string")
        << QByteArray(R"({"campaignId":"CAMPAIGN","name":"A B","url":42})") << "url";
    QTest::newRow("customData not a string")
        << QByteArray(R"({"campaignId":"CAMPAIGN","name":"A B","url":"in/ab","customData":7})")
        << "customData";
    QTest::newRow("customData too long") << QByteArray(
        R"({"campaignId":"CAMPAIGN","name":"A B","url":"in/ab","customData":")"
        + QByteArray(3001, 'x') + "\"}") << "customData";
    QTest::newRow("ongoing not a boolean")
        << QByteArray(R"({"campaignId":"CAMPAIGN","name":"A B","url":"in/ab","ongoing":"yes"})")
        << "ongoing";
    QTest::newRow("malformed JSON") << QByteArray(R"({"campaignId":)") << "body";
    QTest::newRow("array body") << QByteArray(R"([1,2])") << "body";
}

void tst_SandboxProspectsAdd::addSingleValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    body.replace("CAMPAIGN", m_readyCampaigns.first().toUtf8());
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/prospects"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
    QVERIFY(!r.object().value("message").toString().isEmpty());
    QVERIFY2(fieldsOf(r).contains(field), qPrintable(fieldsOf(r).join(',')));
}

void tst_SandboxProspectsAdd::addSingleUnknownCampaign()
{
    const HttpReply r = call("POST", "/prospects",
        QJsonObject {{"campaignId", "nosuchcampaign000000"}, {"name", "A B"}, {"url", "in/a-b"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
    QCOMPARE(r.object().value("message").toString(), QString("Campaign not found"));
}

void tst_SandboxProspectsAdd::batchValidation()
{
    const HttpReply r = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", m_readyCampaigns.first()},
            {"prospects",
                QJsonArray {QJsonObject {{"name", "Ok Person"}, {"url", "in/ok-person"}},
                    QJsonObject {{"name", "No Url"}}, QString("not an object"),
                    QJsonObject {
                        {"url", "in/x"}, {"name", "Y"}, {"customData", QString(3001, 'c')}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
    const QStringList fields = fieldsOf(r);
    QVERIFY2(fields.contains("prospects[1].url"), qPrintable(fields.join(',')));
    QVERIFY2(fields.contains("prospects[2]"), qPrintable(fields.join(',')));
    QVERIFY2(fields.contains("prospects[3].customData"), qPrintable(fields.join(',')));
    QVERIFY(!fields.contains("prospects[0].url"));

    const HttpReply empty = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", m_readyCampaigns.first()}, {"prospects", QJsonArray {}}});
    QCOMPARE(empty.status, 400);
    QVERIFY(fieldsOf(empty).contains("prospects"));

    const HttpReply unknown = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", "nosuchcampaign000000"},
            {"prospects", QJsonArray {QJsonObject {{"name", "A"}, {"url", "in/aa"}}}}});
    QCOMPARE(unknown.status, 404);
}

void tst_SandboxProspectsAdd::batchAcceptsHundredRejectsMore()
{
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QJsonObject {{"name", QString("Bulk Person %1").arg(i)},
            {"url", QString("https://linkedin.com/in/bulk-person-%1").arg(i)}});
    const HttpReply ok = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", m_readyCampaigns.at(1)}, {"prospects", hundred}});
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.object().value("message").toString(), QString("100 prospects added successfully"));
    const QJsonObject status = completedImport(ok.object().value("listId").toString());
    QCOMPARE(status["imported"].toInt(), 100);
    QCOMPARE(status["report"].toArray().size(), 100);

    hundred.append(QJsonObject {{"name", "One Too Many"}, {"url", "in/one-too-many"}});
    const HttpReply tooMany = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", m_readyCampaigns.at(1)}, {"prospects", hundred}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.errorCode(), QString("validation_error"));
    QVERIFY(fieldsOf(tooMany).contains("prospects"));
}

void tst_SandboxProspectsAdd::legacyAdditionalFields()
{
    const HttpReply r = call("POST", "/prospects",
        QJsonObject {{"campaignId", m_readyCampaigns.first()}, {"name", "Legacy Client"},
            {"url", "linkedin.com/in/legacy-client"},
            {"additionalFields",
                QJsonArray {QJsonObject {{"fieldName", "company"}, {"fieldValue", "Acme Inc"}},
                    QJsonObject {{"fieldName", "source"}, {"fieldValue", "n8n"}}}}});
    QCOMPARE(r.status, 201);
    const QJsonObject status = completedImport(r.object().value("listId").toString());
    const QJsonObject row = status["report"][0].toObject();
    QVERIFY(row["customDataSaved"].toBool());
    const HttpReply details = call("GET", "/prospects/" + row["chatId"].toString());
    QCOMPARE(
        details.object().value("customData").toString(), QString("company: Acme Inc\nsource: n8n"));
}

void tst_SandboxProspectsAdd::roundRobinErrors()
{
    const QJsonArray one {QJsonObject {{"name", "R R"}, {"url", "in/r-r"}}};
    HttpReply r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", QJsonArray {m_readyCampaigns.first()}}, {"prospects", one}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_campaigns"));
    QCOMPARE(r.object().value("message").toString(),
        QString("Minimum 2 campaigns required for Round Robin distribution"));

    // The same campaign twice is still one campaign.
    r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {
            {"campaignIds", QJsonArray {m_readyCampaigns.first(), m_readyCampaigns.first()}},
            {"prospects", one}});
    QCOMPARE(r.errorCode(), QString("invalid_campaigns"));

    r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", QJsonArray {m_readyCampaigns.first(), "nosuchcampaign000000"}},
            {"prospects", one}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("campaign_not_found"));
    QCOMPARE(
        r.object().value("message").toString(), QString("Campaign nosuchcampaign000000 not found"));

    r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", QJsonArray {m_readyCampaigns.at(0), m_readyCampaigns.at(1)}},
            {"prospects", QJsonArray {}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));

    if (!m_draftCampaign.isEmpty()) {
        r = call("POST", "/prospects/batch/round-robin",
            QJsonObject {{"campaignIds", QJsonArray {m_readyCampaigns.first(), m_draftCampaign}},
                {"prospects", one}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("campaign_not_ready"));
    }
}

void tst_SandboxProspectsAdd::roundRobinSpreadsByWorkload()
{
    // Workload = conversations still being worked (status 0-4, not paused), counted here
    // independently through the search endpoint.
    const QStringList campaigns {
        m_readyCampaigns.at(2), m_readyCampaigns.at(3), m_readyCampaigns.at(4)};
    QList<qint64> workload;
    for (const QString &id : campaigns) {
        qint64 n = 0;
        for (int status = 0; status <= 4; ++status) {
            const HttpReply s = call("GET",
                QString("/prospects/search?campaignId=%1&status=%2&isPaused=false&limit=1")
                    .arg(id)
                    .arg(status));
            QCOMPARE(s.status, 200);
            n += s.object().value("pagination")["total"].toInteger();
        }
        workload << n;
    }
    const int count = 30;
    QList<int> expected(campaigns.size(), 0);
    QList<qint64> load = workload;
    for (int i = 0; i < count; ++i) {
        qsizetype best = 0;
        for (qsizetype c = 1; c < load.size(); ++c) {
            if (load.at(c) < load.at(best))
                best = c;
        }
        ++expected[best];
        ++load[best];
    }
    QJsonArray prospects;
    for (int i = 0; i < count; ++i)
        prospects.append(QJsonObject {{"name", QString("Spread %1").arg(i)},
            {"url", QString("in/round-robin-spread-%1").arg(i)}});
    QJsonArray ids;
    for (const QString &id : campaigns)
        ids.append(id);
    const HttpReply r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", ids}, {"prospects", prospects}});
    QCOMPARE(r.status, 201);
    const QJsonObject body = r.object();
    QCOMPARE(body["message"].toString(), QString("Round Robin distribution processing started"));
    QCOMPARE(body["totalProspects"].toInt(), count);
    QCOMPARE(body["campaignsCount"].toInt(), 3);
    int assignedTotal = 0;
    QHash<QString, int> assigned;
    for (const QJsonValue &d : body["distribution"].toArray()) {
        assigned.insert(d["campaignId"].toString(), d["prospectsAssigned"].toInt());
        assignedTotal += d["prospectsAssigned"].toInt();
        const QJsonObject status = completedImport(d["listId"].toString());
        QCOMPARE(status["campaignId"].toString(), d["campaignId"].toString());
        QCOMPARE(status["imported"].toInt(), d["prospectsAssigned"].toInt());
    }
    QCOMPARE(assignedTotal, count);
    for (qsizetype c = 0; c < campaigns.size(); ++c)
        QCOMPARE(assigned.value(campaigns.at(c)), expected.at(c));
}

void tst_SandboxProspectsAdd::salesNavigator()
{
    const QString url = "https://www.linkedin.com/sales/search/people?query=(keywords%3ASaaS)";
    const auto chatsIn = [this](const QString &campaign) {
        return call("GET", "/prospects/search?limit=1&campaignId=" + campaign)
            .object()
            .value("pagination")["total"]
            .toInteger();
    };
    const qint64 before = chatsIn(m_readyCampaigns.at(0));
    const HttpReply r = call("POST", "/prospects/sales-navigator",
        QJsonObject {
            {"campaignId", m_readyCampaigns.at(0)}, {"searchUrl", url}, {"name", "US SaaS"}});
    QCOMPARE(r.status, 202);
    const QJsonObject o = r.object();
    QCOMPARE(o["status"].toString(), QString("queued"));
    QCOMPARE(o["requestedCount"].toInt(), 250);
    QCOMPARE(o["message"].toString(), QString("Sales Navigator import queued"));
    QVERIFY(!o["sourceId"].toString().isEmpty());
    QVERIFY(!o["runId"].toString().isEmpty());
    // The people the search finds arrive through the import pipeline.
    QTRY_COMPARE(chatsIn(m_readyCampaigns.at(0)), before + 250);

    HttpReply again = call("POST", "/prospects/sales-navigator",
        QJsonObject {{"campaignId", m_readyCampaigns.at(0)}, {"searchUrl", url + "x"}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QString("campaign_busy"));
    again = call("POST", "/prospects/sales-navigator",
        QJsonObject {{"campaignId", m_readyCampaigns.at(1)}, {"searchUrl", url}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QString("sales_navigator_source_exists"));

    // Three active imports per team: the fourth is refused.
    for (int i = 1; i <= 2; ++i) {
        const HttpReply more = call("POST", "/prospects/sales-navigator",
            QJsonObject {{"campaignId", m_readyCampaigns.at(i)},
                {"searchUrl", url + QString::number(i)}, {"requestedCount", 100}});
        QCOMPARE(more.status, 202);
        QCOMPARE(more.object().value("requestedCount").toInt(), 100);
    }
    const HttpReply fourth = call("POST", "/prospects/sales-navigator",
        QJsonObject {{"campaignId", m_readyCampaigns.at(3)}, {"searchUrl", url + "4"}});
    QCOMPARE(fourth.status, 429);
    QCOMPARE(fourth.errorCode(), QString("sales_navigator_team_limit"));

    const HttpReply unknown = call("POST", "/prospects/sales-navigator",
        QJsonObject {{"campaignId", "nosuchcampaign000000"}, {"searchUrl", url + "5"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QString("campaign_not_found"));
}

void tst_SandboxProspectsAdd::salesNavigatorValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString good = "https://www.linkedin.com/sales/search/people?query=(keywords%3Aops)";
    QTest::newRow("missing searchUrl") << QJsonObject {{"campaignId", "C"}} << "searchUrl";
    QTest::newRow("http url") << QJsonObject {{"campaignId", "C"},
        {"searchUrl", "http://www.linkedin.com/sales/search/people?query=x"}}
                              << "searchUrl";
    QTest::newRow("lead list") << QJsonObject {{"campaignId", "C"},
        {"searchUrl", "https://www.linkedin.com/sales/lists/people/123"}}
                               << "searchUrl";
    QTest::newRow("no query") << QJsonObject {{"campaignId", "C"},
        {"searchUrl", "https://www.linkedin.com/sales/search/people"}}
                              << "searchUrl";
    QTest::newRow("profile") << QJsonObject {{"campaignId", "C"},
        {"searchUrl", "https://www.linkedin.com/in/john"}}
                             << "searchUrl";
    QTest::newRow("count 300") << QJsonObject {{"campaignId", "C"}, {"searchUrl", good},
        {"requestedCount", 300}}
                               << "requestedCount";
    QTest::newRow("empty name") << QJsonObject {{"campaignId", "C"}, {"searchUrl", good},
        {"name", ""}} << "name";
    QTest::newRow("long name") << QJsonObject {{"campaignId", "C"}, {"searchUrl", good},
        {"name", QString(121, 'n')}}
                               << "name";
    QTest::newRow("unknown key") << QJsonObject {{"campaignId", "C"}, {"searchUrl", good},
        {"pages", 3}} << "pages";
    QTest::newRow("missing campaign") << QJsonObject {{"searchUrl", good}} << "campaignId";
}

void tst_SandboxProspectsAdd::salesNavigatorValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    if (body.contains("campaignId"))
        body["campaignId"] = m_readyCampaigns.at(4);
    const HttpReply r = call("POST", "/prospects/sales-navigator", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("validation_error"));
    QVERIFY2(fieldsOf(r).contains(field), qPrintable(fieldsOf(r).join(',')));
}

QTEST_GUILESS_MAIN(tst_SandboxProspectsAdd)
#include "tst_sandbox_prospects_add.moc"
