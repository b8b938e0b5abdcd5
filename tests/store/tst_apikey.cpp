// ApiKey: the local format check (40 letters/digits: 20-character team id + 20-character secret),
// the user-facing problem sentence, and the redacted form that never shows the whole key.
#include "models/store/ApiKey.h"

#include <QBuffer>
#include <QDebug>
#include <QTest>

using namespace kakiyo;

class tst_ApiKey : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<QString>("teamId");
        QTest::addColumn<QString>("problemContains");

        const QString team = QStringLiteral("abcdefghij1234567890");
        QTest::newRow("lowercase and digits")
            << team + QStringLiteral("klmnopqrst0987654321") << true << team << QString();
        QTest::newRow("mixed case") << QStringLiteral("ABCDEFGHIJ1234567890KlMnOpQrSt0987654321")
                                    << true << QStringLiteral("ABCDEFGHIJ1234567890") << QString();
        QTest::newRow("all digits")
            << QString(40, QLatin1Char('7')) << true << QString(20, QLatin1Char('7')) << QString();
        QTest::newRow("empty") << QString() << false << QString()
                               << QStringLiteral("Enter an API key");
        QTest::newRow("39 chars") << (team + QStringLiteral("klmnopqrst098765432")) << false
                                  << QString() << QStringLiteral("this one has 39");
        QTest::newRow("41 chars") << (team + QStringLiteral("klmnopqrst09876543210")) << false
                                  << QString() << QStringLiteral("this one has 41");
        QTest::newRow("20 chars (team id only)")
            << team << false << QString() << QStringLiteral("has 40 characters");
        QTest::newRow("dash") << (team + QStringLiteral("klmnopqrs-0987654321")) << false
                              << QString() << QStringLiteral("letters and digits");
        QTest::newRow("underscore") << (team + QStringLiteral("klmnopqrs_0987654321")) << false
                                    << QString() << QStringLiteral("letters and digits");
        QTest::newRow("inner space") << (team + QStringLiteral("klmnopqrs 0987654321")) << false
                                     << QString() << QStringLiteral("no spaces");
        QTest::newRow("trailing newline") << (team + QStringLiteral("klmnopqrst0987654321\n"))
                                          << false << QString() << QStringLiteral("no spaces");
        QTest::newRow("non-ascii letter")
            << (team + QStringLiteral("klmnopqrsé0987654321")) << false << QString()
            << QStringLiteral("letters and digits");
        QTest::newRow("fullwidth digit")
            << (team + QStringLiteral("klmnopqrs\uFF110987654321")) << false << QString()
            << QStringLiteral("letters and digits");
        QTest::newRow("bearer prefix pasted")
            << (QStringLiteral("Bearer ") + team + QStringLiteral("klmnopqrst0987654321")) << false
            << QString() << QStringLiteral("no spaces");
    }

    void format()
    {
        QFETCH(QString, text);
        QFETCH(bool, wellFormed);
        QFETCH(QString, teamId);
        QFETCH(QString, problemContains);

        const ApiKey key(text);
        QCOMPARE(key.isWellFormed(), wellFormed);
        QCOMPARE(ApiKey::isWellFormed(text), wellFormed);
        QCOMPARE(key.teamIdPart(), teamId);
        if (wellFormed) {
            QVERIFY(key.problem().isEmpty());
        } else {
            QVERIFY2(key.problem().contains(problemContains), qPrintable(key.problem()));
            if (text.size() > 8) // never echo what was typed
                QVERIFY(!key.problem().contains(text.mid(4, 8)));
        }
    }

    void userInputIsTrimmed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("wellFormed");

        const QString key = QStringLiteral("abcdefghij1234567890klmnopqrst0987654321");
        QTest::newRow("as is") << key << true;
        QTest::newRow("newline after paste") << key + QStringLiteral("\n") << true;
        QTest::newRow("CRLF") << key + QStringLiteral("\r\n") << true;
        QTest::newRow("spaces around")
            << QStringLiteral("  ") + key + QStringLiteral("\t ") << true;
        QTest::newRow("space inside") << key.left(20) + QStringLiteral(" ") + key.mid(20) << false;
        QTest::newRow("only whitespace") << QStringLiteral(" \n ") << false;
    }

    void userInputIsTrimmed()
    {
        QFETCH(QString, input);
        QFETCH(bool, wellFormed);
        QCOMPARE(ApiKey::fromUserInput(input).isWellFormed(), wellFormed);
    }

    void redacted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("well formed") << QStringLiteral("abcdefghij1234567890klmnopqrst0987657890")
                                     << QStringLiteral("abcd\u20267890");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("malformed shows nothing")
            << QStringLiteral("abcdefghij-1234567890klmnopqrst098765789")
            << QStringLiteral("\u2026");
        QTest::newRow("short") << QStringLiteral("abc") << QStringLiteral("\u2026");
    }

    void redacted()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ApiKey key(text);
        QCOMPARE(key.redacted(), expected);
        if (text.size() >= 8)
            QVERIFY(!key.redacted().contains(text.mid(4, 32)));
    }

    void debugStreamIsRedacted()
    {
        const QString secret = QStringLiteral("abcdefghij1234567890klmnopqrst0987657890");
        QString printed;
        QDebug(&printed) << ApiKey(secret);
        QVERIFY2(printed.contains(QStringLiteral("abcd\u20267890")), qPrintable(printed));
        QVERIFY(!printed.contains(secret));
        QVERIFY(!printed.contains(secret.mid(4, 32)));
    }

    void textAndEquality()
    {
        const QString secret = QStringLiteral("abcdefghij1234567890klmnopqrst0987657890");
        const ApiKey a(secret);
        QCOMPARE(a.text(), secret);
        QVERIFY(a == ApiKey::fromUserInput(secret + QStringLiteral("\n")));
        QVERIFY(!(a == ApiKey()));
        QVERIFY(ApiKey().isEmpty());
        QVERIFY(!a.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ApiKey)
#include "tst_apikey.moc"
