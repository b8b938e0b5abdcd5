// ApiClient and ApiSession against a real kakiyo-sandbox over loopback: the happy path (any 2xx,
// JSON bodies, headers of interest), base URL rules, local refusals, the body cap, a real 429
// from a tightly limited sandbox honoured and retried, and the key never in any log.

#include "common/SandboxProcess.h"
#include "common/SessionCall.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using kakiyo::test::call;
using kakiyo::test::SandboxProcess;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void happyPath();
    void writesSendJsonAndAcceptAny2xx();
    void paginationHeadersCaptured();
    void baseUrlRules_data();
    void baseUrlRules();
    void refusedLocallyWithoutKeyOrUrl();
    void bodyCap();
    void userAgent();
    void redaction();
    void real429IsHonouredAndRetried();
    void tlsFailureIsNeverIgnored();
    void selfSignedCertificateIsRefused();
    void keyNeverLogged();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
};

void tst_ApiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apiclient"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("kakiyo.api.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);

    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--agents"), QStringLiteral("3"), QStringLiteral("--campaigns"),
            QStringLiteral("3"), QStringLiteral("--prospects"), QStringLiteral("60")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("client-test"));
}

void tst_ApiClient::cleanupTestCase()
{
    m_session.reset();
    qInstallMessageHandler(g_previousHandler);
}

void tst_ApiClient::happyPath()
{
    const int before = m_sandbox->requestCount(QStringLiteral("GET /verify"));
    const ApiResult result = call(*m_session, ApiRequest::get(QStringLiteral("/verify")));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.error.category, ApiError::Category::None);
    QVERIFY(result.json.isObject());
    QCOMPARE(result.json.object().value(QStringLiteral("teamId")).toString(), m_sandbox->teamId());
    QVERIFY(!result.body.isEmpty());
    QVERIFY(!result.fromCache);
    QVERIFY(result.fetchedAt.isValid());
    QVERIFY(result.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /verify")), before + 1);

    const ApiResult agents = call(*m_session, ApiRequest::get(QStringLiteral("/agents")));
    QVERIFY2(agents.ok, qPrintable(agents.error.message));
    QVERIFY(agents.json.isArray());
    QCOMPARE(agents.json.array().size(), 3);
    QCOMPARE(m_session->client()->inFlight(), 0);
    QTRY_COMPARE(m_session->scheduler()->state().inFlight, 0);
}

void tst_ApiClient::writesSendJsonAndAcceptAny2xx()
{
    ApiRequest create = ApiRequest::post(QStringLiteral("/products"),
        QJsonDocument(QJsonObject {
            {"name", "Test offering"}, {"description", "An offering created by tst_apiclient"}}));
    const ApiResult created = call(*m_session, create);
    QVERIFY2(created.ok,
        qPrintable(QString::number(created.httpStatus) + created.error.message
            + QString::fromUtf8(created.body)));
    QVERIFY(created.httpStatus >= 200 && created.httpStatus < 300);

    // A body the server rejects comes back as a validation error with details when given.
    const ApiResult rejected = call(*m_session,
        ApiRequest::post(QStringLiteral("/products"), QJsonDocument(QJsonObject {{"name", "x"}})));
    QVERIFY(!rejected.ok);
    QCOMPARE(rejected.httpStatus, 400);
    QCOMPARE(rejected.error.category, ApiError::Category::Validation);
    QVERIFY(!rejected.error.code.isEmpty());
}

void tst_ApiClient::paginationHeadersCaptured()
{
    const ApiResult campaigns = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns")));
    QVERIFY2(campaigns.ok, qPrintable(campaigns.error.message));
    QVERIFY(!campaigns.json.array().isEmpty());
    const QString campaignId
        = campaigns.json.array().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!campaignId.isEmpty());

    const ApiResult page = call(*m_session,
        ApiRequest::get(
            QStringLiteral("/prospects/campaign/") + campaignId, QUrlQuery {{"limit", "2"}}));
    QVERIFY2(page.ok, qPrintable(page.error.message));
    QVERIFY(page.json.isArray());
    QCOMPARE(page.headerNumber("x-limit").value_or(-1), 2);
    QVERIFY(page.hasMore().has_value());
    if (*page.hasMore())
        QVERIFY(!page.nextCursor().isEmpty());
}

void tst_ApiClient::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << "https://api.kakiyo.com/v1" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/v1" << true;
    QTest::newRow("http loopback other") << "http://127.5.5.5/v1" << true;
    QTest::newRow("http localhost") << "http://localhost:1234/v1" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/v1" << true;
    QTest::newRow("http remote") << "http://api.kakiyo.com/v1" << false;
    QTest::newRow("http lan") << "http://192.168.1.10/v1" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example/v1" << false;
    QTest::newRow("ftp") << "ftp://api.kakiyo.com/v1" << false;
    QTest::newRow("no host") << "https:///v1" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void tst_ApiClient::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ApiClient client;
    const ApiError error = client.setBaseUrl(QUrl(url));
    QCOMPARE(!error.isError(), accepted);
    if (!accepted) {
        QCOMPARE(error.category, ApiError::Category::Config);
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(client.baseUrl().isEmpty()); // nothing half-set
    } else {
        QVERIFY(!client.baseUrl().isEmpty());
    }
}

void tst_ApiClient::refusedLocallyWithoutKeyOrUrl()
{
    const int before = m_sandbox->requestCounts().value(QStringLiteral("total")).toInt();
    ApiSession noKey;
    QVERIFY(!noKey.setBaseUrl(m_sandbox->baseUrl()).isError());
    ApiResult result = call(noKey, ApiRequest::get(QStringLiteral("/verify")));
    QCOMPARE(result.error.category, ApiError::Category::Auth);
    QCOMPARE(result.error.code, QStringLiteral("missing_api_key"));

    ApiSession noUrl;
    noUrl.setApiKey(m_sandbox->apiKey());
    result = call(noUrl, ApiRequest::get(QStringLiteral("/verify")));
    QCOMPARE(result.error.category, ApiError::Category::Config);
    QCOMPARE(m_sandbox->requestCounts().value(QStringLiteral("total")).toInt(), before);
    QCOMPARE(noKey.usage()->calls(), 0);
}

void tst_ApiClient::bodyCap()
{
    ApiSession session;
    QVERIFY(!session.setBaseUrl(m_sandbox->baseUrl()).isError());
    session.setApiKey(m_sandbox->apiKey());
    session.client()->setMaxBodyBytes(64);
    const ApiResult result = call(session, ApiRequest::get(QStringLiteral("/agents")));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.category, ApiError::Category::Decode);
    QCOMPARE(result.error.code, QStringLiteral("response_too_large"));
    QCOMPARE(session.client()->inFlight(), 0);
}

void tst_ApiClient::userAgent()
{
    QCOMPARE(ApiClient::userAgent(), QByteArray("KakiyoDesk/" KAKIYO_VERSION));
}

void tst_ApiClient::redaction()
{
    ApiClient client;
    const QString key = QStringLiteral("abcdefghij0123456789ABCDEFGHIJ0123456789");
    client.setApiKey(key);
    const QString text = QStringLiteral("GET /v1/verify key=%1 Authorization: Bearer %1; "
                                        "authorization=%1 bearer other-token")
                             .arg(key);
    const QString safe = client.redact(text);
    QVERIFY(!safe.contains(key));
    QVERIFY(!safe.contains(QStringLiteral("other-token")));
    QVERIFY(safe.contains(QStringLiteral("GET /v1/verify")));
    QCOMPARE(ApiClient::redactSecret(QStringLiteral("nothing secret"), key),
        QStringLiteral("nothing secret"));
}

void tst_ApiClient::real429IsHonouredAndRetried()
{
    SandboxProcess limited({QStringLiteral("--rate-limit"), QStringLiteral("3"),
        QStringLiteral("--rate-window-ms"), QStringLiteral("2000")});
    QVERIFY2(limited.start(), qPrintable(limited.errorString()));
    ApiSession session;
    QVERIFY(!session.setBaseUrl(limited.baseUrl()).isError());
    session.setApiKey(limited.apiKey());
    session.setProfileId(QStringLiteral("limited"));

    // Five distinct calls at once against a server allowing 3 per 2 s: our table (60/min)
    // lets them go, the server refuses some with 429 + Retry-After, and they succeed later.
    QList<ApiResult> results;
    QObject owner;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i)
        session.send(
            ApiRequest::get(QStringLiteral("/agents"), QUrlQuery {{"i", QString::number(i)}}),
            &owner, [&](const ApiResult &r) { results.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 30000);
    int retried = 0;
    for (const ApiResult &r : results) {
        QVERIFY2(r.ok, qPrintable(r.error.message));
        if (r.attempts > 1)
            ++retried;
    }
    QVERIFY(retried >= 1);
    QVERIFY(timer.elapsed() >= 900); // someone waited for the window (Retry-After >= 1 s)
    const int served = limited.requestCount(QStringLiteral("GET /agents"));
    QVERIFY2(served > 5, qPrintable(QString::number(served))); // 429s were counted too
    // Honoured: after a 429 the scheduler never hammered the server.
    QVERIFY2(served <= 5 + 2 * retried, qPrintable(QString::number(served)));
    const SchedulerState state = session.scheduler()->state();
    QCOMPARE(state.inFlight, 0);
    QCOMPARE(state.queued, 0);
    QCOMPARE(session.usage()->calls(), served);
}

void tst_ApiClient::tlsFailureIsNeverIgnored()
{
    // https:// to the sandbox's plain-HTTP port: the handshake cannot succeed and must not be
    // waved through; the call ends as a TLS (or, if the peer just hangs up, network) error.
    QUrl https = m_sandbox->baseUrl();
    https.setScheme(QStringLiteral("https"));
    ApiSession session;
    QVERIFY(!session.setBaseUrl(https).isError());
    session.setApiKey(m_sandbox->apiKey());
    ApiRequest request = ApiRequest::get(QStringLiteral("/verify"));
    request.maxAttempts = 1;
    const ApiResult result = call(session, request);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.category == ApiError::Category::Tls
            || result.error.category == ApiError::Category::Network,
        qPrintable(ApiError::categoryName(result.error.category) + QLatin1Char(' ')
            + result.error.message));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.error.message.contains(m_sandbox->apiKey()));
    qInfo().noquote() << "https to a plain-HTTP port ended as"
                      << ApiError::categoryName(result.error.category) << "-"
                      << result.error.message;
}

void tst_ApiClient::selfSignedCertificateIsRefused()
{
    // A real TLS server on loopback with a self-signed certificate: the client must refuse it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
        "openssl is needed to make a throw-away certificate");
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath);
    QCOMPARE(certs.size(), 1);
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    ApiSession session;
    QVERIFY(
        !session
             .setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort())))
             .isError());
    session.setApiKey(m_sandbox->apiKey());
    ApiRequest request = ApiRequest::get(QStringLiteral("/verify"));
    request.maxAttempts = 1;
    const ApiResult result = call(session, request);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.category, ApiError::Category::Tls);
    QVERIFY(!result.error.userMessage().isEmpty());
}

void tst_ApiClient::keyNeverLogged()
{
    // Some failing calls too: a wrong key, a 404.
    ApiSession wrong;
    QVERIFY(!wrong.setBaseUrl(m_sandbox->baseUrl()).isError());
    const QString wrongKey = QStringLiteral("zzzzzzzzzzzzzzzzzzzz0000000000000000000z");
    wrong.setApiKey(wrongKey);
    QCOMPARE(call(wrong, ApiRequest::get(QStringLiteral("/verify"))).error.category,
        ApiError::Category::Auth);
    QCOMPARE(
        call(*m_session, ApiRequest::get(QStringLiteral("/agents/doesnotexist"))).error.category,
        ApiError::Category::NotFound);

    const QByteArray sandboxLog = m_sandbox->stderrLog();
    QVERIFY(sandboxLog.contains("GET /v1/verify")); // the log is there and being read
    QVERIFY(!sandboxLog.contains(m_sandbox->apiKey().toUtf8()));
    QVERIFY(!sandboxLog.contains(wrongKey.toUtf8()));

    QMutexLocker lock(&g_logMutex);
    QVERIFY2(g_log.size() > 4, "the kakiyo.api debug log was not captured");
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(m_sandbox->apiKey()), qPrintable(line));
        QVERIFY2(!line.contains(wrongKey), qPrintable(line));
    }
    // Nor in QSettings (usage counts are stored there).
    QSettings settings;
    for (const QString &k : settings.allKeys()) {
        QVERIFY(!k.contains(m_sandbox->apiKey()));
        QVERIFY(!settings.value(k).toString().contains(m_sandbox->apiKey()));
    }
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
