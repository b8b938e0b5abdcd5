// The asynchronous import pipeline of kakiyo-sandbox (contract C5, Decision 7): a list moves
// queued -> processing -> completed with the clock (--import-delay-ms), counters and the per-row
// report follow, a re-sent batch only finds existing rows, DNC and invalid rows are reported, an
// uploading campaign is busy for round-robin, and imported rows show up in list and search.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

namespace {
// Long enough that the processing stage is seen even on a loaded machine.
constexpr int kDelayMs = 1000;
} // namespace

class tst_SandboxImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statesAdvanceWithTime();
    void reportRows();
    void resendGivesExisting();
    void busyCampaignRefusesRoundRobin();
    void importedRowsAreListed();
    void finishesWithoutPolling();
    void unknownList();

private:
    HttpReply call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        if (body.isUndefined() || body.isNull())
            return HttpProbe::send(method, m_sandbox->url(path), m_sandbox->apiKey());
        return HttpProbe::sendJson(method, m_sandbox->url(path), m_sandbox->apiKey(), body);
    }
    QJsonObject status(const QString &listId)
    {
        return call("GET", "/prospects/imports/" + listId).object();
    }
    QJsonObject waitCompleted(const QString &listId);
    QString submit(const QString &campaign, const QJsonArray &prospects);
    QJsonArray mixedBatch() const;
    qint64 chatsIn(const QString &campaign)
    {
        return call("GET", "/prospects/search?limit=1&campaignId=" + campaign)
            .object()
            .value("pagination")["total"]
            .toInteger();
    }

    QStringList m_campaigns;
    QString m_mixedList;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxImports::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {"--seed", "5", "--prospects", "120",
        "--rate-limit", "100000", "--import-delay-ms", QString::number(kDelayMs)});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    for (const QJsonValue &c :
        call("GET", "/analytics/overview").object().value("campaigns").toArray()) {
        if (c["status"] == "active" || c["status"] == "paused")
            m_campaigns << c["id"].toString();
    }
    QVERIFY(m_campaigns.size() >= 4);
    // A person on the Do Not Contact list, typed differently from the import below.
    QCOMPARE(
        call("POST", "/dnc", QJsonObject {{"url", "www.linkedin.com/in/Do-Not-Call-Me/"}}).status,
        201);
}

QJsonObject tst_SandboxImports::waitCompleted(const QString &listId)
{
    // Polls without fixed sleeps' assumptions: up to ten seconds, returns {} on timeout (the
    // callers then fail on the missing fields).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        const QJsonObject s = status(listId);
        if (s["status"] == "completed")
            return s;
        QTest::qWait(20);
    }
    return {};
}

QString tst_SandboxImports::submit(const QString &campaign, const QJsonArray &prospects)
{
    const HttpReply r = call("POST", "/prospects/batch",
        QJsonObject {{"campaignId", campaign}, {"prospects", prospects}});
    if (r.status != 201)
        return {};
    return r.object().value("listId").toString();
}

QJsonArray tst_SandboxImports::mixedBatch() const
{
    return QJsonArray {
        QJsonObject {{"name", "Imogen Park"}, {"url", "https://www.linkedin.com/in/imogen-park-1/"},
            {"customData", "Webinar attendee"}},
        QJsonObject {{"name", "Not A Profile"}, {"url", "https://example.com/imogen"}},
        QJsonObject {{"name", "Dee Ncall"}, {"url", "linkedin.com/in/do-not-call-me"}},
        QJsonObject {{"name", "Imogen Park"}, {"url", "in/imogen-park-1"}},
        QJsonObject {
            {"name", "Ghost Profile"}, {"url", "https://linkedin.com/in/no-such-profile-77"}},
        QJsonObject {{"name", "Theo Grant"}, {"url", "https://linkedin.com/in/theo-grant-2"},
            {"ongoing", true}},
    };
}

void tst_SandboxImports::statesAdvanceWithTime()
{
    QElapsedTimer clock;
    clock.start();
    m_mixedList = submit(m_campaigns.first(), mixedBatch());
    QVERIFY(!m_mixedList.isEmpty());

    QJsonObject s = status(m_mixedList);
    if (clock.elapsed() < kDelayMs - 50) {
        QCOMPARE(s["status"].toString(), QString("queued"));
        QCOMPARE(s["processed"].toInt(), 0);
        QVERIFY(s["report"].toArray().isEmpty());
        QVERIFY(s["startedAt"].isNull());
    }
    QCOMPARE(s["total"].toInt(), 6);
    QCOMPARE(s["campaignId"].toString(), m_campaigns.first());

    // Poll through the processing stage: processed only ever grows and the report follows it.
    QStringList seen {s["status"].toString()};
    int processed = s["processed"].toInt();
    for (int i = 0; i < 400 && s["status"] != "completed"; ++i) {
        QTest::qWait(15);
        s = status(m_mixedList);
        QVERIFY(s["processed"].toInt() >= processed);
        processed = s["processed"].toInt();
        QCOMPARE(s["report"].toArray().size(), processed);
        QCOMPARE(s["currentIndex"].toInt(), processed);
        if (seen.last() != s["status"].toString())
            seen << s["status"].toString();
    }
    QCOMPARE(seen.last(), QString("completed"));
    QVERIFY2(seen.contains("processing"), qPrintable(seen.join(" -> ")));
    QVERIFY(clock.elapsed() >= 2 * kDelayMs - 50);
    // Stages only move forward.
    const QStringList order {"queued", "processing", "completed"};
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(order.indexOf(seen.at(i)) > order.indexOf(seen.at(i - 1)));
    QVERIFY(!s["startedAt"].toString().isEmpty());
    QVERIFY(s["startedAt"].toString() <= s["lastProcessedAt"].toString());
    QVERIFY(s["lastProcessedAt"].toString() <= s["completedAt"].toString());
}

void tst_SandboxImports::reportRows()
{
    const QJsonObject s = waitCompleted(m_mixedList);
    QCOMPARE(s["processed"].toInt(), 6);
    QCOMPARE(s["imported"].toInt(), 2);
    QCOMPARE(s["existing"].toInt(), 1);
    QCOMPARE(s["invalid"].toInt(), 1);
    QCOMPARE(s["skippedDnc"].toInt(), 1);
    QCOMPARE(s["enrichmentFailed"].toInt(), 1);
    const QJsonArray report = s["report"].toArray();
    QCOMPARE(report.size(), 6);
    const QStringList expected {
        "imported", "invalid", "skipped_dnc", "existing", "enrichment_failed", "imported"};
    for (int i = 0; i < 6; ++i) {
        const QJsonObject row = report.at(i).toObject();
        QCOMPARE(row["index"].toInt(), i);
        QCOMPARE(row["status"].toString(), expected.at(i));
        QCOMPARE(row["inputUrl"].toString(), mixedBatch().at(i)["url"].toString());
        QCOMPARE(row["chatCreated"].toBool(), expected.at(i) == "imported");
        QVERIFY(!row["message"].toString().isEmpty());
        if (row["chatCreated"].toBool())
            QVERIFY(!row["chatId"].toString().isEmpty() && !row["prospectId"].toString().isEmpty());
    }
    QCOMPARE(report[0]["linkedinSlug"].toString(), QString("imogen-park-1"));
    QVERIFY(report[0]["customDataSaved"].toBool());
    QVERIFY(!report[5]["customDataSaved"].toBool());
    // The duplicate inside the batch points at the chat the first row created.
    QCOMPARE(report[3]["chatId"].toString(), report[0]["chatId"].toString());
    QVERIFY(!report[1].toObject().contains("chatId"));
}

void tst_SandboxImports::resendGivesExisting()
{
    const qint64 before = chatsIn(m_campaigns.first());
    const QString again = submit(m_campaigns.first(), mixedBatch());
    const QJsonObject s = waitCompleted(again);
    QCOMPARE(s["imported"].toInt(), 0);
    QCOMPARE(s["existing"].toInt(), 3);
    QCOMPARE(s["invalid"].toInt(), 1);
    QCOMPARE(s["skippedDnc"].toInt(), 1);
    QCOMPARE(s["enrichmentFailed"].toInt(), 1);
    QCOMPARE(chatsIn(m_campaigns.first()), before);
    // The same person in another campaign is a new conversation of the same prospect.
    const QString other = submit(m_campaigns.at(1), QJsonArray {mixedBatch().at(0)});
    const QJsonObject o = waitCompleted(other);
    QCOMPARE(o["imported"].toInt(), 1);
    QCOMPARE(o["report"][0]["prospectId"].toString(),
        status(m_mixedList)["report"][0]["prospectId"].toString());
    QVERIFY(o["report"][0]["chatId"].toString()
        != status(m_mixedList)["report"][0]["chatId"].toString());
}

void tst_SandboxImports::busyCampaignRefusesRoundRobin()
{
    const QString list = submit(
        m_campaigns.at(2), QJsonArray {QJsonObject {{"name", "Busy Bee"}, {"url", "in/busy-bee"}}});
    QVERIFY(!list.isEmpty());
    const HttpReply r = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", QJsonArray {m_campaigns.at(2), m_campaigns.at(3)}},
            {"prospects", QJsonArray {QJsonObject {{"name", "R R"}, {"url", "in/rr-busy"}}}}});
    if (status(list)["status"] != "completed") {
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QString("campaign_busy"));
    }
    waitCompleted(list);
    const HttpReply later = call("POST", "/prospects/batch/round-robin",
        QJsonObject {{"campaignIds", QJsonArray {m_campaigns.at(2), m_campaigns.at(3)}},
            {"prospects", QJsonArray {QJsonObject {{"name", "R R"}, {"url", "in/rr-busy"}}}}});
    QCOMPARE(later.status, 201);
    for (const QJsonValue &d : later.object().value("distribution").toArray())
        waitCompleted(d["listId"].toString());
}

void tst_SandboxImports::importedRowsAreListed()
{
    const QJsonObject s = waitCompleted(m_mixedList);
    const QString chat = s["report"][5]["chatId"].toString();
    const HttpReply search
        = call("GET", "/prospects/search?query=Theo%20Grant&campaignId=" + m_campaigns.first());
    QCOMPARE(search.status, 200);
    const QJsonArray items = search.object().value("prospects").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0]["id"].toString(), chat);
    QCOMPARE(items[0]["status"].toInt(), 0);
    QCOMPARE(items[0]["qualification"].toString(), QString("inProgress"));
    QCOMPARE(
        items[0]["prospect"]["url"].toString(), QString("https://linkedin.com/in/theo-grant-2"));
    // Enrichment filled the profile.
    QVERIFY(!items[0]["prospect"]["headline"].toString().isEmpty());

    bool listed = false;
    const HttpReply list
        = call("GET", "/prospects/campaign/" + m_campaigns.first() + "?limit=100&status=0");
    for (const QJsonValue &item : list.json.array())
        listed = listed || item["id"].toString() == chat;
    QVERIFY(listed);
}

void tst_SandboxImports::finishesWithoutPolling()
{
    const QString list = submit(m_campaigns.at(3),
        QJsonArray {QJsonObject {{"name", "Quiet Import"}, {"url", "in/quiet-import"}}});
    // Nobody asks for the status; the prospect still arrives.
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", "/prospects/search?query=Quiet%20Import")
                                  .object()
                                  .value("pagination")["total"]
                                  .toInt(),
        1, 10000);
    QCOMPARE(status(list)["status"].toString(), QString("completed"));
}

void tst_SandboxImports::unknownList()
{
    const HttpReply r = call("GET", "/prospects/imports/nosuchlist0000000000");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("not_found"));
    QCOMPARE(r.object().value("message").toString(), QString("Import not found"));
}

QTEST_GUILESS_MAIN(tst_SandboxImports)
#include "tst_sandbox_imports.moc"
