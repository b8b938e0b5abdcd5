// ApiCall, the plumbing under every resource class: path ids are checked before they are put in a
// URL, refused forms become Validation errors with one detail per field, decode failures become
// Decode errors naming the field, and a refusal is reported asynchronously like any answer.
#include "models/api/ApiCall.h"
#include "models/api/ApiSession.h"
#include "models/api/ManualClock.h"

#include <QStandardPaths>
#include <QTest>

using namespace kakiyo;

class tst_ResourcesApiCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ok");
        QTest::newRow("20-char") << "69724b7100331796aae2" << true;
        QTest::newRow("prefixed") << "campaign_12345abcde" << true;
        QTest::newRow("event name") << "linkedin.message.received" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blank") << "   " << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("traversal") << ".." << false;
        QTest::newRow("dot") << "." << false;
        QTest::newRow("query") << "a?x=1" << false;
        QTest::newRow("fragment") << "a#b" << false;
        QTest::newRow("padded") << " abc" << false;
        QTest::newRow("huge") << QString(201, QLatin1Char('a')) << false;
    }
    void pathIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, ok);
        const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        QCOMPARE(errors.isEmpty(), ok);
        if (!ok)
            QCOMPARE(errors.first().field, QStringLiteral("id"));
    }

    void validationError()
    {
        const ApiError e = ApiCall::validationError(
            {{QStringLiteral("name"), QStringLiteral("must be at least 3 characters")},
                {QString(), QStringLiteral("nothing to change")}});
        QCOMPARE(e.category, ApiError::Category::Validation);
        QCOMPARE(e.httpStatus, 0);
        QCOMPARE(e.code, QStringLiteral("client_validation"));
        QCOMPARE(e.details.size(), 2);
        QCOMPARE(e.details[0].field, QStringLiteral("name"));
        QCOMPARE(
            e.message, QStringLiteral("name must be at least 3 characters; nothing to change"));
        QVERIFY(!e.userMessage().isEmpty());
    }

    void decodeError()
    {
        const ApiError e = ApiCall::decodeError({QStringLiteral("prospects[3].prospect.name"),
                                                    QStringLiteral("expected string, got number")},
            200);
        QCOMPARE(e.category, ApiError::Category::Decode);
        QCOMPARE(e.httpStatus, 200);
        QVERIFY(e.message.endsWith(
            QStringLiteral("prospects[3].prospect.name: expected string, got number")));
        QCOMPARE(e.details.first().field, QStringLiteral("prospects[3].prospect.name"));
    }

    void refusalIsAsynchronousAndRespectsOwner()
    {
        ManualClock clock;
        ApiSession session(nullptr, &clock);
        ApiCall call(&session);
        int calls = 0;
        Result<int> got;
        QObject owner;
        call.refuse<int>(
            {{QStringLiteral("x"), QStringLiteral("bad")}}, &owner, [&](const Result<int> &r) {
                ++calls;
                got = r;
            });
        QCOMPARE(calls, 0); // never inside the call
        QTRY_COMPARE(calls, 1);
        QCOMPARE(got.error.category, ApiError::Category::Validation);
        QVERIFY(!got.ok());

        auto *gone = new QObject;
        call.refuse<int>({{QStringLiteral("x"), QStringLiteral("bad")}}, gone,
            [&](const Result<int> &) { ++calls; });
        delete gone; // the owner left before the answer: nobody is called
        // Answers are delivered in the order they were made: once a later one has arrived, the
        // one for the gone owner would have too.
        bool later = false;
        QObject marker;
        call.refuse<int>({{QStringLiteral("x"), QStringLiteral("bad")}}, &marker,
            [&](const Result<int> &) { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ResourcesApiCall)
#include "tst_resources_apicall.moc"
