// SavedSearches: filters round-trip through QSettings per profile (booleans and the optional
// status included), names are listed sorted, other profiles don't see them, and no key is stored.
#include "models/store/SavedSearches.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace kakiyo;

class tst_ProspectSavedSearches : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void perProfileAndRemove();
};

void tst_ProspectSavedSearches::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KakiyoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("saved-searches-test"));
    QSettings().clear();
}

void tst_ProspectSavedSearches::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status"); // -1 = none
    QTest::addColumn<int>("responded"); // -1 none, 0 false, 1 true
    QTest::addColumn<int>("paused");
    QTest::newRow("empty") << QStringLiteral("All") << QString() << -1 << -1 << -1;
    QTest::newRow("text") << QStringLiteral("CFOs in Lyon") << QStringLiteral("cfo") << -1 << 1
                          << 0;
    QTest::newRow("status 0 and false")
        << QStringLiteral("New / waiting") << QString() << 0 << 0 << 1;
    QTest::newRow("unicode name") << QStringLiteral("Zürich — réponses") << QStringLiteral("ä ö")
                                  << 4 << 1 << -1;
}

void tst_ProspectSavedSearches::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, responded);
    QFETCH(int, paused);
    ProspectSearchQuery f;
    f.query = query;
    f.city = QStringLiteral("Lyon");
    f.qualification = QStringLiteral("pending");
    if (status >= 0)
        f.status = status;
    if (responded >= 0)
        f.hasResponded = responded == 1;
    if (paused >= 0)
        f.isPaused = paused == 1;
    SavedSearches saved(QStringLiteral("profile-a"));
    QVERIFY(saved.save(name, f));
    QVERIFY(saved.names().contains(name));
    const auto back = saved.load(name);
    QVERIFY(back.has_value());
    QCOMPARE(back->query, f.query);
    QCOMPARE(back->city, f.city);
    QCOMPARE(back->qualification, f.qualification);
    QCOMPARE(back->status, f.status);
    QCOMPARE(back->hasResponded, f.hasResponded);
    QCOMPARE(back->isPaused, f.isPaused);
}

void tst_ProspectSavedSearches::perProfileAndRemove()
{
    SavedSearches a(QStringLiteral("profile-a"));
    SavedSearches b(QStringLiteral("profile-b"));
    QVERIFY(!a.save(QStringLiteral("  "), {}));
    QVERIFY(b.names().isEmpty());
    QVERIFY(!b.load(QStringLiteral("All")).has_value());
    const QStringList names = a.names();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    QCOMPARE(names, sorted);
    a.remove(QStringLiteral("All"));
    QVERIFY(!a.names().contains(QStringLiteral("All")));
    QVERIFY(!a.load(QStringLiteral("All")).has_value());
    QSettings s;
    for (const QString &k : s.allKeys())
        QVERIFY2(!k.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(k));
}

QTEST_GUILESS_MAIN(tst_ProspectSavedSearches)
#include "tst_prospectsavedsearches.moc"
