// The prospects area of kakiyo-sandbox over 127.0.0.1: adding (single, batch, round-robin,
// Sales Navigator) with validation, the campaign prospect list in both paging styles with its
// filters, details, custom data, pause/resume/qualify, and single and bulk delete.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kakiyo::test;

class TstSandboxProspects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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

private:
    HttpReply call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        if (body.isUndefined() || body.isNull())
            return HttpProbe::send(method, m_sandbox->url(path), m_sandbox->apiKey());
        return HttpProbe::sendJson(method, m_sandbox->url(path), m_sandbox->apiKey(), body);
    }
    // Waits until the import list is completed and returns its status body.
    QJsonObject completedImport(const QString &listId);
    QStringList fieldsOf(const HttpReply &reply) const;
    // Campaigns that accept uploads (active or paused), from the analytics overview.
    QStringList m_readyCampaigns;
    QString m_draftCampaign;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TstSandboxProspects::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--seed", "11", "--prospects", "400", "--rate-limit", "100000", "--import-delay-ms", "0"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const HttpReply overview = call("GET", "/analytics/overview");
    QCOMPARE(overview.status, 200);
    for (const QJsonValue &c : overview.object().value("campaigns").toArray()) {
        const QString status = c["status"].toString();
        if (status == "active" || status == "paused")
            m_readyCampaigns << c["id"].toString();
        else if (status == "draft")
            m_draftCampaign = c["id"].toString();
    }
    QVERIFY2(
        m_readyCampaigns.size() >= 5, "the seeded team needs five campaigns that take uploads");
}

QJsonObject TstSandboxProspects::completedImport(const QString &listId)
{
    QJsonObject status;
    for (int i = 0; i < 200; ++i) {
        const HttpReply r = call("GET", "/prospects/imports/" + listId);
        if (r.status != 200)
            return {};
        status = r.object();
        if (status["status"].toString() == "completed")
            return status;
        QTest::qWait(20);
    }
    return {};
}

QStringList TstSandboxProspects::fieldsOf(const HttpReply &reply) const
{
    QStringList fields;
    for (const QJsonValue &d : reply.object().value("details").toArray())
        fields << d["field"].toString();
    return fields;
}

void TstSandboxProspects::addSingle()
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

void TstSandboxProspects::addSingleValidation_data()
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

void TstSandboxProspects::addSingleValidation()
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

void TstSandboxProspects::addSingleUnknownCampaign()
{
    const HttpReply r = call("POST", "/prospects",
        QJsonObject {{"campaignId", "nosuchcampaign000000"}, {"name", "A B"}, {"url", "in/a-b"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
    QCOMPARE(r.object().value("message").toString(), QString("Campaign not found"));
}

void TstSandboxProspects::batchValidation()
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

void TstSandboxProspects::batchAcceptsHundredRejectsMore()
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

void TstSandboxProspects::legacyAdditionalFields()
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

void TstSandboxProspects::roundRobinErrors()
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

void TstSandboxProspects::roundRobinSpreadsByWorkload()
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

void TstSandboxProspects::salesNavigator()
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

void TstSandboxProspects::salesNavigatorValidation_data()
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

void TstSandboxProspects::salesNavigatorValidation()
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

void TstSandboxProspects::listOffsetPaging()
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

void TstSandboxProspects::listCursorPaging()
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

void TstSandboxProspects::listFilters_data()
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

void TstSandboxProspects::listFilters()
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

void TstSandboxProspects::listErrors_data()
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

void TstSandboxProspects::listErrors()
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

void TstSandboxProspects::details()
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

void TstSandboxProspects::customData()
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

void TstSandboxProspects::pauseResumeQualify()
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

void TstSandboxProspects::deleteOne()
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

void TstSandboxProspects::bulkDelete()
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

QTEST_GUILESS_MAIN(TstSandboxProspects)
#include "tst_sandbox_prospects.moc"
