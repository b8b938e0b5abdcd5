// The Do Not Contact list of kakiyo-sandbox (contract D1-D5): the {error:null, data} envelope,
// URL normalisation (data-driven), paging newest first, batch results per entry, errors as plain
// {error, message}, and the DNC rate buckets of the current profile.
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace kakiyo::test;

class tst_SandboxDnc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalisation_data();
    void normalisation();
    void invalidUrls_data();
    void invalidUrls();
    void addErrors();
    void listNewestFirstAndPaging();
    void listErrors_data();
    void listErrors();
    void check();
    void batch();
    void batchErrors_data();
    void batchErrors();
    void remove();
    void rateBuckets();

private:
    HttpReply call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        if (body.isUndefined() || body.isNull())
            return HttpProbe::send(method, m_sandbox->url(path), m_sandbox->apiKey());
        return HttpProbe::sendJson(method, m_sandbox->url(path), m_sandbox->apiKey(), body);
    }
    static QString encoded(const QString &url)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(url));
    }
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxDnc::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "3", "--prospects", "50", "--rate-limit", "100000"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_SandboxDnc::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("canonical") << "https://linkedin.com/in/username"
                               << "https://linkedin.com/in/username";
    QTest::newRow("www and slash") << "https://www.linkedin.com/in/username/"
                                   << "https://linkedin.com/in/username";
    QTest::newRow("no scheme") << "linkedin.com/in/username"
                               << "https://linkedin.com/in/username";
    QTest::newRow("short form") << "in/username"
                                << "https://linkedin.com/in/username";
    QTest::newRow("upper case") << "LINKEDIN.COM/IN/JOHN"
                                << "https://linkedin.com/in/john";
    QTest::newRow("http and tracking") << "http://www.linkedin.com/in/Jane-Doe-123?trk=abc"
                                       << "https://linkedin.com/in/jane-doe-123";
    QTest::newRow("spaces and country host") << "  https://uk.linkedin.com/in/maria_s/  "
                                             << "https://linkedin.com/in/maria_s";
    QTest::newRow("profile sub-page") << "https://www.linkedin.com/in/john/details/experience/"
                                      << "https://linkedin.com/in/john";
    QTest::newRow("fragment") << "www.linkedin.com/in/anna#about"
                              << "https://linkedin.com/in/anna";
    QTest::newRow("many slashes") << "linkedin.com/in/zoe-k///"
                                  << "https://linkedin.com/in/zoe-k";
}

void tst_SandboxDnc::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const HttpReply add = call("POST", "/dnc", QJsonObject {{"url", input}});
    QCOMPARE(add.status, 201);
    const QJsonObject body = add.object();
    QVERIFY(body.contains("error") && body["error"].isNull());
    QCOMPARE(body["message"].toString(), QString("Added to Do Not Contact list"));
    const QJsonObject entry = body["data"].toObject();
    QCOMPARE(entry["url"].toString(), canonical);
    QCOMPARE(entry["teamId"].toString(), m_sandbox->teamId());
    QVERIFY(!entry["$id"].toString().isEmpty());
    static const QRegularExpression iso("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");
    QVERIFY(iso.match(entry["$createdAt"].toString()).hasMatch());
    QCOMPARE(entry["$updatedAt"].toString(), entry["$createdAt"].toString());

    // Checking with the raw input finds the same entry.
    const HttpReply check = call("GET", "/dnc/check?url=" + encoded(input));
    QCOMPARE(check.status, 200);
    QVERIFY(check.object().value("data")["onList"].toBool());
    QCOMPARE(check.object().value("data")["entry"]["$id"].toString(), entry["$id"].toString());

    QCOMPARE(call("DELETE", "/dnc/" + entry["$id"].toString()).status, 200);
}

void tst_SandboxDnc::invalidUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("word") << "invalid-url";
    QTest::newRow("other host") << "https://example.com/in/john";
    QTest::newRow("company page") << "https://linkedin.com/company/acme";
    QTest::newRow("no username") << "https://linkedin.com/in/";
    QTest::newRow("space in username") << "linkedin.com/in/jo hn";
    QTest::newRow("lookalike host") << "https://notlinkedin.com/in/john";
}

void tst_SandboxDnc::invalidUrls()
{
    QFETCH(QString, input);
    const HttpReply add = call("POST", "/dnc", QJsonObject {{"url", input}});
    QCOMPARE(add.status, 400);
    QCOMPARE(add.errorCode(), QString("invalid_url"));
    QCOMPARE(add.object().value("message").toString(), QString("Invalid LinkedIn URL format"));
    QVERIFY(!add.object().contains("data"));
    const HttpReply check = call("GET", "/dnc/check?url=" + encoded(input));
    QCOMPARE(check.status, 400);
}

void tst_SandboxDnc::addErrors()
{
    HttpReply r = call("POST", "/dnc", QJsonObject {});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    QCOMPARE(r.object().value("message").toString(), QString("LinkedIn URL is required"));
    r = call("POST", "/dnc", QJsonObject {{"url", 12}});
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    r = HttpProbe::send("POST", m_sandbox->url("/dnc"), m_sandbox->apiKey(), "{not json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));

    QCOMPARE(call("POST", "/dnc", QJsonObject {{"url", "in/twice-added"}}).status, 201);
    r = call("POST", "/dnc", QJsonObject {{"url", "https://www.linkedin.com/in/Twice-Added/"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QString("dnc_entry_exists"));
    QCOMPARE(r.object().value("message").toString(), QString("URL already on DNC list"));
}

void tst_SandboxDnc::listNewestFirstAndPaging()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("POST", "/dnc", QJsonObject {{"url", QString("in/paging-person-%1").arg(i)}})
                     .status,
            201);
    const HttpReply first = call("GET", "/dnc?limit=3");
    QCOMPARE(first.status, 200);
    const QJsonObject data = first.object().value("data").toObject();
    QVERIFY(first.object().value("error").isNull());
    QCOMPARE(data["limit"].toInt(), 3);
    QCOMPARE(data["offset"].toInt(), 0);
    QCOMPARE(data["total"].toInt(), 3); // entries in this page, as documented
    const QJsonArray entries = data["entries"].toArray();
    QCOMPARE(entries[0]["url"].toString(), QString("https://linkedin.com/in/paging-person-4"));
    QCOMPARE(entries[1]["url"].toString(), QString("https://linkedin.com/in/paging-person-3"));
    QCOMPARE(entries[2]["url"].toString(), QString("https://linkedin.com/in/paging-person-2"));

    // Walk every page until a short one; newest first throughout, no repeats.
    QStringList ids;
    QString previous = "9999";
    for (int offset = 0;; offset += 4) {
        const QJsonObject page = call("GET", QString("/dnc?limit=4&offset=%1").arg(offset))
                                     .object()
                                     .value("data")
                                     .toObject();
        const QJsonArray items = page["entries"].toArray();
        QCOMPARE(page["total"].toInt(), int(items.size()));
        for (const QJsonValue &e : items) {
            QVERIFY(!ids.contains(e["$id"].toString()));
            ids << e["$id"].toString();
            QVERIFY(e["$createdAt"].toString() <= previous);
            previous = e["$createdAt"].toString();
        }
        if (items.size() < 4)
            break;
    }
    const QJsonObject all = call("GET", "/dnc?limit=1000").object().value("data").toObject();
    QCOMPARE(all["entries"].toArray().size(), ids.size());
    // The seeded team starts with a few entries of its own.
    QVERIFY(ids.size() >= 5 + 1 + 5);
}

void tst_SandboxDnc::listErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << "limit=0";
    QTest::newRow("limit 1001") << "limit=1001";
    QTest::newRow("limit text") << "limit=abc";
    QTest::newRow("offset negative") << "offset=-5";
}

void tst_SandboxDnc::listErrors()
{
    QFETCH(QString, query);
    const HttpReply r = call("GET", "/dnc?" + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));
}

void tst_SandboxDnc::check()
{
    HttpReply r
        = call("GET", "/dnc/check?url=" + encoded("https://linkedin.com/in/never-listed-person"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value("error").isNull());
    QCOMPARE(r.object().value("data")["onList"].toBool(), false);
    QVERIFY(r.object().value("data").toObject().contains("entry"));
    QVERIFY(r.object().value("data")["entry"].isNull());
    r = call("GET", "/dnc/check");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    QCOMPARE(r.object().value("message").toString(), QString("LinkedIn URL is required"));
}

void tst_SandboxDnc::batch()
{
    QCOMPARE(call("POST", "/dnc", QJsonObject {{"url", "in/already-there"}}).status, 201);
    const QJsonArray entries {QJsonObject {{"url", "https://linkedin.com/in/batch-one"}},
        QJsonObject {{"url", "www.linkedin.com/in/Batch-Two/"}},
        QJsonObject {{"url", "in/already-there"}}, QJsonObject {{"url", "invalid-url"}},
        QJsonObject {{"url", "linkedin.com/in/batch-one"}},
        QJsonObject {{"url", "in/batch-three"}}};
    const HttpReply r = call("POST", "/dnc/batch", QJsonObject {{"entries", entries}});
    QCOMPARE(r.status, 201);
    QVERIFY(r.object().value("error").isNull());
    const QJsonObject data = r.object().value("data").toObject();
    QCOMPARE(data["added"].toInt(), 3);
    QCOMPARE(data["duplicates"].toInt(), 2);
    QCOMPARE(data["errors"].toInt(), 1);
    QCOMPARE(r.object().value("message").toString(),
        QString("Bulk import completed: 3 added, 2 duplicates, 1 errors"));
    const QJsonArray details = data["details"].toArray();
    QCOMPARE(details.size(), 6);
    const QStringList statuses {"added", "added", "duplicate", "error", "duplicate", "added"};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(details[i]["status"].toString(), statuses.at(i));
    QCOMPARE(details[1]["url"].toString(), QString("https://linkedin.com/in/batch-two"));
    QCOMPARE(details[3]["url"].toString(), QString("invalid-url"));
    QCOMPARE(details[3]["error"].toString(), QString("Invalid LinkedIn URL format"));
    QVERIFY(!details[0].toObject().contains("error"));
    QVERIFY(call("GET", "/dnc/check?url=in/batch-three").object().value("data")["onList"].toBool());
}

void tst_SandboxDnc::batchErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no entries") << QByteArray("{}") << "Entries array is required";
    QTest::newRow("empty entries")
        << QByteArray(R"({"entries":[]})") << "Entries array is required";
    QTest::newRow("entries not array")
        << QByteArray(R"({"entries":"in/x"})") << "Entries array is required";
    QTest::newRow("entry without url")
        << QByteArray(R"({"entries":[{"url":"in/ok"},{"link":"in/x"}]})")
        << "Each entry must have a url field";
    QTest::newRow("entry not object")
        << QByteArray(R"({"entries":["in/x"]})") << "Each entry must have a url field";
}

void tst_SandboxDnc::batchErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/dnc/batch"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("invalid_request"));
    QCOMPARE(r.object().value("message").toString(), message);
    // Nothing of a refused batch is stored.
    QCOMPARE(call("GET", "/dnc/check?url=in/ok").object().value("data")["onList"].toBool(), false);
}

void tst_SandboxDnc::remove()
{
    const QString id = call("POST", "/dnc", QJsonObject {{"url", "in/to-be-removed"}})
                           .object()
                           .value("data")["$id"]
                           .toString();
    QVERIFY(!id.isEmpty());
    HttpReply r = call("DELETE", "/dnc/" + id);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value("error").isNull());
    QCOMPARE(
        r.object().value("data")["message"].toString(), QString("DNC entry deleted successfully"));
    QCOMPARE(
        call("GET", "/dnc/check?url=in/to-be-removed").object().value("data")["onList"].toBool(),
        false);
    r = call("DELETE", "/dnc/" + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QString("dnc_not_found"));
    QCOMPARE(r.object().value("message").toString(), QString("DNC entry not found"));
}

void tst_SandboxDnc::rateBuckets()
{
    // Current profile: batch 10/min, single writes 30/min (POST /dnc and DELETE share it),
    // reads 60/min, each its own bucket; a DNC 429 carries resetTime in milliseconds.
    SandboxProcess current({"--profile", "current", "--seed", "3", "--prospects", "10"});
    QVERIFY2(current.start(), qPrintable(current.errorString()));
    auto send = [&](const QByteArray &method, const QString &path, const QJsonValue &body = {}) {
        if (body.isUndefined())
            return HttpProbe::send(method, current.url(path), current.apiKey());
        return HttpProbe::sendJson(method, current.url(path), current.apiKey(), body);
    };
    for (int i = 0; i < 10; ++i) {
        const HttpReply r = send("POST", "/dnc/batch",
            QJsonObject {{"entries",
                QJsonArray {QJsonObject {{"url", QString("in/bucket-batch-%1").arg(i)}}}}});
        QCOMPARE(r.status, 201);
    }
    const HttpReply limited = send("POST", "/dnc/batch",
        QJsonObject {{"entries", QJsonArray {QJsonObject {{"url", "in/x-y"}}}}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QString("rate_limit_exceeded"));
    QVERIFY(limited.object().value("resetTime").toDouble()
        > double(QDateTime::currentMSecsSinceEpoch()) - 1000);
    QVERIFY(!limited.header("Retry-After").isEmpty());

    // Single writes have their own 30: both POST /dnc and DELETE /dnc/{id} draw from it.
    const QString id = send("POST", "/dnc", QJsonObject {{"url", "in/bucket-single"}})
                           .object()
                           .value("data")["$id"]
                           .toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(send("DELETE", "/dnc/" + id).status, 200);
    for (int i = 0; i < 28; ++i)
        QCOMPARE(send("POST", "/dnc", QJsonObject {{"url", QString("in/bucket-single-%1").arg(i)}})
                     .status,
            201);
    QCOMPARE(send("POST", "/dnc", QJsonObject {{"url", "in/bucket-single-over"}}).status, 429);
    QCOMPARE(send("DELETE", "/dnc/" + id).status, 429);
    // Reads are untouched by the write buckets.
    QCOMPARE(send("GET", "/dnc?limit=1").status, 200);
    QCOMPARE(send("GET", "/dnc/check?url=in/bucket-single-3").status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxDnc)
#include "tst_sandbox_dnc.moc"
