// The command palette's fuzzy matching: what matches, and which of two candidates ranks first.
#include "ui/shell/FuzzyMatch.h"

#include <QTest>

using kakiyo::FuzzyMatch;

class tst_FuzzyMatch : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void ranking_data();
    void ranking();
};

void tst_FuzzyMatch::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("match");
    QTest::newRow("empty pattern") << ""
                                   << "Go to Agents" << true;
    QTest::newRow("prefix") << "go"
                            << "Go to Agents" << true;
    QTest::newRow("case-insensitive") << "AGENTS"
                                      << "Go to Agents" << true;
    QTest::newRow("subsequence") << "gta"
                                 << "Go to Agents" << true;
    QTest::newRow("spaces ignored") << "go  agents"
                                    << "Go to Agents" << true;
    QTest::newRow("wrong order") << "ag go"
                                 << "Go to Agents" << false;
    QTest::newRow("missing letter") << "agentz"
                                    << "Go to Agents" << false;
    QTest::newRow("longer than candidate") << "refresh this page now"
                                           << "Refresh" << false;
    QTest::newRow("initials") << "dnc"
                              << "Do Not Contact" << true;
    QTest::newRow("non-ascii") << "über"
                               << "Go to Übersicht" << true;
}

void tst_FuzzyMatch::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, candidate);
    QFETCH(bool, match);
    QCOMPARE(FuzzyMatch::score(pattern, candidate) >= 0, match);
}

void tst_FuzzyMatch::ranking_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("worse");
    QTest::newRow("word starts beat scattered letters") << "camp"
                                                        << "Go to Campaigns"
                                                        << "Clear cached answers of this profile";
    QTest::newRow("initials") << "nc"
                              << "New campaign…"
                              << "Command palette";
    QTest::newRow("contiguous run") << "refresh"
                                    << "Refresh this page"
                                    << "Re-enter key from scratch";
    QTest::newRow("shorter wins a tie") << "quit"
                                        << "Quit"
                                        << "Quit and forget everything";
}

void tst_FuzzyMatch::ranking()
{
    QFETCH(QString, pattern);
    QFETCH(QString, better);
    QFETCH(QString, worse);
    const int b = FuzzyMatch::score(pattern, better);
    const int w = FuzzyMatch::score(pattern, worse);
    QVERIFY2(b > w, qPrintable(QStringLiteral("%1 vs %2").arg(b).arg(w)));
}

QTEST_GUILESS_MAIN(tst_FuzzyMatch)
#include "tst_fuzzymatch.moc"
