// ApiError: the mapping from HTTP status + API `error` code + body hints, and from network errors,
// to a category; validation details; retry hints; one user sentence per category.

#include "models/api/ApiError.h"

#include <QSet>
#include <QTest>

using kakiyo::ApiError;
using Category = ApiError::Category;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttp_data();
    void fromHttp();
    void details();
    void resetTimeIsAWaitFromNow();
    void hugeWaitsStayInRange();
    void fromNetwork_data();
    void fromNetwork();
    void everyCategoryHasAnActionSentence();
    void categoryNamesAreDistinct();
};

void tst_ApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("401 missing key")
        << 401 << QByteArray(R"({"error":"missing_api_key","message":"API key is required"})")
        << Category::Auth << "missing_api_key"
        << "API key is required" << qint64(-1);
    QTest::newRow("401 bad format")
        << 401 << QByteArray(R"({"error":"invalid_api_key_format","message":"m"})")
        << Category::Auth << "invalid_api_key_format"
        << "m" << qint64(-1);
    QTest::newRow("401 dnc variant")
        << 401 << QByteArray(R"({"error":"unauthorized","message":"Invalid or missing API key"})")
        << Category::Auth << "unauthorized"
        << "Invalid or missing API key" << qint64(-1);
    QTest::newRow("402 credits") << 402
                                 << QByteArray(R"({"error":"insufficient_credits","message":"x"})")
                                 << Category::Credits << "insufficient_credits"
                                 << "x" << qint64(-1);
    QTest::newRow("402 keyed on status not code")
        << 402 << QByteArray(R"({"error":"something_else"})") << Category::Credits
        << "something_else"
        << "HTTP 402" << qint64(-1);
    QTest::newRow("403 subscription")
        << 403 << QByteArray(R"({"error":"subscription_inactive","message":"s"})")
        << Category::Subscription << "subscription_inactive"
        << "s" << qint64(-1);
    QTest::newRow("403 forbidden") << 403 << QByteArray(R"({"error":"forbidden","message":"f"})")
                                   << Category::Forbidden << "forbidden"
                                   << "f" << qint64(-1);
    QTest::newRow("403 limit reached no code")
        << 403 << QByteArray("Forbidden - limit reached") << Category::Forbidden << ""
        << "HTTP 403" << qint64(-1);
    QTest::newRow("404") << 404
                         << QByteArray(R"({"error":"not_found","message":"Agent not found"})")
                         << Category::NotFound << "not_found"
                         << "Agent not found" << qint64(-1);
    QTest::newRow("404 dnc") << 404 << QByteArray(R"({"error":"dnc_not_found","message":"n"})")
                             << Category::NotFound << "dnc_not_found"
                             << "n" << qint64(-1);
    QTest::newRow("409 dnc exists")
        << 409 << QByteArray(R"({"error":"dnc_entry_exists","message":"URL already on DNC list"})")
        << Category::Conflict << "dnc_entry_exists"
        << "URL already on DNC list" << qint64(-1);
    QTest::newRow("409 campaign busy") << 409 << QByteArray(R"({"error":"campaign_busy"})")
                                       << Category::Conflict << "campaign_busy"
                                       << "HTTP 409" << qint64(-1);
    QTest::newRow("400 validation")
        << 400 << QByteArray(R"({"error":"validation_error","message":"v"})")
        << Category::Validation << "validation_error"
        << "v" << qint64(-1);
    QTest::newRow("400 invalid_status extra keys")
        << 400
        << QByteArray(R"({"error":"invalid_status","message":"m","currentStatus":"running"})")
        << Category::Validation << "invalid_status"
        << "m" << qint64(-1);
    QTest::newRow("422 other 4xx") << 422 << QByteArray("{}") << Category::Validation << ""
                                   << "HTTP 422" << qint64(-1);
    QTest::newRow("429 retryAfter seconds")
        << 429
        << QByteArray(R"({"error":"rate_limit_exceeded","message":"Too many","retryAfter":45})")
        << Category::Rate << "rate_limit_exceeded"
        << "Too many" << qint64(45000);
    QTest::newRow("429 retryAfter string")
        << 429 << QByteArray(R"({"error":"rate_limit_exceeded","retryAfter":"2"})")
        << Category::Rate << "rate_limit_exceeded"
        << "HTTP 429" << qint64(2000);
    QTest::newRow("429 no hint") << 429 << QByteArray() << Category::Rate << ""
                                 << "HTTP 429" << qint64(-1);
    QTest::newRow("429 sales navigator team limit")
        << 429 << QByteArray(R"({"error":"sales_navigator_team_limit","message":"3 active"})")
        << Category::Rate << "sales_navigator_team_limit"
        << "3 active" << qint64(-1);
    QTest::newRow("500") << 500 << QByteArray(R"({"error":"internal_error","message":"oops"})")
                         << Category::Server << "internal_error"
                         << "oops" << qint64(-1);
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << Category::Server
                              << ""
                              << "HTTP 502" << qint64(-1);
    QTest::newRow("503 empty") << 503 << QByteArray() << Category::Server << ""
                               << "HTTP 503" << qint64(-1);
    QTest::newRow("error not a string")
        << 400 << QByteArray(R"({"error":null,"message":5})") << Category::Validation << ""
        << "HTTP 400" << qint64(-1);
    QTest::newRow("body is an array") << 404 << QByteArray("[1,2]") << Category::NotFound << ""
                                      << "HTTP 404" << qint64(-1);
    QTest::newRow("truncated json body")
        << 500 << QByteArray(R"({"error":"inter)") << Category::Server << ""
        << "HTTP 500" << qint64(-1);
}

void tst_ApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Category, category);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);

    const ApiError error = ApiError::fromHttp(status, body, 1'700'000'000'000);
    QCOMPARE(error.category, category);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryAfterMs, retryAfterMs);
    QVERIFY(error.isError());
    QVERIFY(!error.userMessage().isEmpty());
}

void tst_ApiError::details()
{
    const QByteArray body = R"({"error":"validation_error","message":"Validation failed",
        "details":[{"field":"name","message":"The name field is required"},
                   {"field":"url","message":"Invalid URL"}, "junk", {"other":1}]})";
    const ApiError error = ApiError::fromHttp(400, body);
    QCOMPARE(error.category, Category::Validation);
    QCOMPARE(error.details.size(), 2);
    QCOMPARE(error.details.at(0).field, QStringLiteral("name"));
    QCOMPARE(error.details.at(0).message, QStringLiteral("The name field is required"));
    QCOMPARE(error.details.at(1).field, QStringLiteral("url"));
    // The user sentence names the first problem so the form can be fixed.
    QVERIFY(error.userMessage().contains(QStringLiteral("name")));
    QVERIFY(error.userMessage().contains(QStringLiteral("The name field is required")));
}

void tst_ApiError::resetTimeIsAWaitFromNow()
{
    const qint64 now = 1'700'308'790'000;
    const QByteArray body
        = R"({"error":"rate_limit_exceeded","message":"m","resetTime":1700308800000})";
    ApiError error = ApiError::fromHttp(429, body, now);
    QCOMPARE(error.retryAfterMs, qint64(10'000));
    // Both hints: the longer wait wins.
    error = ApiError::fromHttp(429, R"({"retryAfter":30,"resetTime":1700308800000})", now);
    QCOMPARE(error.retryAfterMs, qint64(30'000));
    // A reset in the past means "now".
    error = ApiError::fromHttp(429, R"({"resetTime":1})", now);
    QCOMPARE(error.retryAfterMs, qint64(0));
}

// Numbers beyond qint64 (found by fuzz_errors: converting them was undefined behaviour) become
// the longest wait the client represents, never a wrapped or negative one.
void tst_ApiError::hugeWaitsStayInRange()
{
    const qint64 now = 1'700'308'790'000;
    const qint64 longest = 1'000'000'000'000'000;
    QCOMPARE(
        ApiError::fromHttp(429, R"({"resetTime":1700308800000700308800000})", now).retryAfterMs,
        longest - now);
    QCOMPARE(ApiError::fromHttp(429, R"({"retryAfter":1e300})", now).retryAfterMs, longest);
    QCOMPARE(ApiError::fromHttp(429, R"({"retryAfter":"1e300"})", now).retryAfterMs, longest);
    QCOMPARE(ApiError::fromHttp(429, R"({"resetTime":-1e300})", now).retryAfterMs, qint64(0));
}

void tst_ApiError::fromNetwork_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Category>("category");

    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false
                             << Category::Network;
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false
                            << Category::Network;
    QTest::newRow("host not found")
        << int(QNetworkReply::HostNotFoundError) << false << Category::Network;
    QTest::newRow("temporary") << int(QNetworkReply::TemporaryNetworkFailureError) << false
                               << Category::Network;
    QTest::newRow("unknown") << int(QNetworkReply::UnknownNetworkError) << false
                             << Category::Network;
    QTest::newRow("timeout error")
        << int(QNetworkReply::TimeoutError) << false << Category::Timeout;
    QTest::newRow("transfer timeout")
        << int(QNetworkReply::OperationCanceledError) << true << Category::Timeout;
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << false
                               << Category::Cancelled;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << Category::Tls;
    QTest::newRow("insecure redirect")
        << int(QNetworkReply::InsecureRedirectError) << false << Category::Config;
    QTest::newRow("protocol failure")
        << int(QNetworkReply::ProtocolFailure) << false << Category::Decode;
}

void tst_ApiError::fromNetwork()
{
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(Category, category);
    const ApiError error = ApiError::fromNetwork(
        QNetworkReply::NetworkError(networkError), QStringLiteral("detail"), timedOut);
    QCOMPARE(error.category, category);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(error.message, QStringLiteral("detail"));
}

void tst_ApiError::everyCategoryHasAnActionSentence()
{
    for (int c = int(Category::Auth); c <= int(Category::Config); ++c) {
        ApiError error = ApiError::make(Category(c), QStringLiteral("why"));
        const QString sentence = error.userMessage();
        QVERIFY2(!sentence.isEmpty(), qPrintable(ApiError::categoryName(Category(c))));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        // One sentence: a single full stop at the end.
        QCOMPARE(sentence.count(QStringLiteral(". ")), 0);
        QVERIFY2(sentence.contains(QLatin1Char(';')), qPrintable(sentence)); // "problem; action"
    }
    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(!ApiError().isError());

    ApiError rate = ApiError::make(Category::Rate, {});
    rate.retryAfterMs = 4500;
    QVERIFY2(rate.userMessage().contains(QStringLiteral("5 s")), qPrintable(rate.userMessage()));
    // The user sees a rate error only once the scheduler has given up: no promised retry, and
    // an absurd wait (Retry-After: 999999) is named as such.
    QVERIFY(!rate.userMessage().contains(QStringLiteral("automatically")));
    rate.retryAfterMs = 999999000LL;
    QVERIFY2(!rate.userMessage().contains(QStringLiteral("automatically")),
        qPrintable(rate.userMessage()));
    QVERIFY2(
        rate.userMessage().contains(QStringLiteral("implausible")), qPrintable(rate.userMessage()));
}

void tst_ApiError::categoryNamesAreDistinct()
{
    QSet<QString> names;
    for (int c = int(Category::None); c <= int(Category::Config); ++c)
        names.insert(ApiError::categoryName(Category(c)));
    QCOMPARE(names.size(), int(Category::Config) + 1);
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
