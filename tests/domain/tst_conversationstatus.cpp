// The conversation status table (Decision 6) and the two qualification vocabularies.
#include "models/domain/ConversationStatus.h"

#include <QTest>

using namespace kakiyo;

class tst_ConversationStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusLabel_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("label");
        QTest::newRow("0") << 0 << "Not started";
        QTest::newRow("1") << 1 << "Invitation sent";
        QTest::newRow("2") << 2 << "Invitation accepted";
        QTest::newRow("3") << 3 << "Contacted";
        QTest::newRow("4 replied") << 4 << "Replied";
        QTest::newRow("5") << 5 << "Qualified";
        QTest::newRow("6") << 6 << "Unqualified";
        QTest::newRow("7") << 7 << "Skipped";
        QTest::newRow("502") << 502 << "Invites disabled";
        QTest::newRow("503") << 503 << "Unreachable";
        QTest::newRow("504") << 504 << "No longer in network";
        QTest::newRow("505") << 505 << "Invite cooldown";
        QTest::newRow("unknown 8") << 8 << "Status 8";
        QTest::newRow("unknown 501") << 501 << "Status 501";
        QTest::newRow("negative") << -1 << "Status -1";
    }
    void statusLabel()
    {
        QFETCH(int, code);
        QFETCH(QString, label);
        QCOMPARE(kakiyo::statusLabel(code), label);
    }

    void knownCodes() { QCOMPARE(knownStatusCodes().size(), 12); }

    void qualification_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("parsed");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("label");
        QTest::newRow("inProgress") << "inProgress" << int(Qualification::InProgress) << "pending"
                                    << "In progress";
        QTest::newRow("needVerification")
            << "needVerification" << int(Qualification::NeedVerification) << "pending"
            << "Needs verification";
        QTest::newRow("qualified") << "qualified" << int(Qualification::Qualified) << "qualified"
                                   << "Qualified";
        QTest::newRow("unqualified")
            << "unqualified" << int(Qualification::Unqualified) << "disqualified"
            << "Unqualified";
        QTest::newRow("filter disqualified")
            << "disqualified" << int(Qualification::Unqualified) << "disqualified"
            << "Disqualified";
        QTest::newRow("filter pending") << "pending" << int(Qualification::InProgress) << "pending"
                                        << "Pending";
        QTest::newRow("unknown kept") << "maybeLater" << int(Qualification::Unknown) << ""
                                      << "maybeLater";
    }
    void qualification()
    {
        QFETCH(QString, value);
        QFETCH(int, parsed);
        QFETCH(QString, filter);
        QFETCH(QString, label);
        const Qualification q = qualificationFromString(value);
        QCOMPARE(int(q), parsed);
        QCOMPARE(qualificationFilterOf(q), filter);
        QCOMPARE(qualificationLabel(value), label);
        if (q != Qualification::Unknown)
            QCOMPARE(qualificationFromString(qualificationToString(q)), q);
    }

    void filterVocabulary()
    {
        QCOMPARE(
            qualificationFilterValues(), (QStringList {"pending", "qualified", "disqualified"}));
    }

    void agentStatusLabels()
    {
        QCOMPARE(agentStatusLabel("setup_needed"), QStringLiteral("Setup needed"));
        QCOMPARE(agentStatusLabel("ended"), QStringLiteral("Ended"));
        QCOMPARE(agentStatusLabel("setup_pending"), QStringLiteral("setup_pending"));
        QVERIFY(agentStatuses().contains("ended"));
        QVERIFY(campaignStatuses().contains("disabled"));
    }
};

QTEST_GUILESS_MAIN(tst_ConversationStatus)
#include "tst_conversationstatus.moc"
