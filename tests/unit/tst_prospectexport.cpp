// ProspectExport (the headless `export --table prospects` path) against a real sandbox: every
// match costs exactly ceil(total/100) search calls, a limit ceil(min(N,total)/100), the CSV has
// one line per row, and a failed export leaves an earlier file untouched.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/jobs/ProspectExport.h"

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ProspectExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void callsFor_data();
    void callsFor();
    void exportsEveryMatch_data();
    void exportsEveryMatch();
    void failureKeepsEarlierFile();

private:
    QList<QByteArray> lines(const QString &file);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
    QTemporaryDir m_dir;
};

void tst_ProspectExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
        QStringLiteral("5"), QStringLiteral("--prospects"), QStringLiteral("1050"),
        QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("prospect-export-test"));
    RatePolicy policy;
    policy.setOverride(100000, 60000);
    m_session->scheduler()->setPolicy(policy);
    RequestScheduler::Retry once = m_session->scheduler()->retry();
    once.maxAttempts = 1;
    m_session->scheduler()->setRetry(once);
}

void tst_ProspectExport::init()
{
    QVERIFY(m_sandbox->clearFaults());
    QVERIFY(m_sandbox->resetRequestCounts());
}

void tst_ProspectExport::callsFor_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("calls");
    QTest::newRow("none") << qint64(0) << qint64(-1) << 1;
    QTest::newRow("one") << qint64(1) << qint64(-1) << 1;
    QTest::newRow("100") << qint64(100) << qint64(-1) << 1;
    QTest::newRow("101") << qint64(101) << qint64(-1) << 2;
    QTest::newRow("12345") << qint64(12345) << qint64(-1) << 124;
    QTest::newRow("limit below total") << qint64(12345) << qint64(250) << 3;
    QTest::newRow("limit above total") << qint64(150) << qint64(1000) << 2;
    QTest::newRow("limit 0") << qint64(150) << qint64(0) << 1;
}

void tst_ProspectExport::callsFor()
{
    QFETCH(qint64, total);
    QFETCH(qint64, limit);
    QFETCH(int, calls);
    QCOMPARE(ProspectExport::callsFor(total, limit), calls);
}

QList<QByteArray> tst_ProspectExport::lines(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void tst_ProspectExport::exportsEveryMatch_data()
{
    QTest::addColumn<QString>("qualification");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("all") << QString() << qint64(-1);
    QTest::newRow("qualified") << QStringLiteral("qualified") << qint64(-1);
    QTest::newRow("first 250") << QString() << qint64(250);
    QTest::newRow("first 30") << QString() << qint64(30);
}

void tst_ProspectExport::exportsEveryMatch()
{
    QFETCH(QString, qualification);
    QFETCH(qint64, limit);
    ProspectSearchQuery q;
    q.qualification = qualification;
    const QString file
        = m_dir.filePath(QStringLiteral("export-%1.csv").arg(QTest::currentDataTag()));
    qint64 lastProgress = -1;
    const auto out = ProspectExport::run(connectionOf(m_session.get()), q, file, limit,
        [&](qint64 done, qint64) { lastProgress = done; });
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(out.total > 0);
    const qint64 expectedRows = limit >= 0 ? std::min(limit, out.total) : out.total;
    const int expectedCalls = int((expectedRows + 99) / 100);
    QCOMPARE(out.rows, expectedRows);
    QCOMPARE(out.calls, expectedCalls);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /prospects/search")), expectedCalls);
    QCOMPARE(lastProgress, expectedRows);
    const QList<QByteArray> l = lines(file);
    QCOMPARE(qint64(l.size()), expectedRows + 1);
    QVERIFY(l.first().startsWith("chatId,prospectId,name"));
    if (!qualification.isEmpty()) {
        for (int i = 1; i < l.size(); ++i)
            QVERIFY(l.at(i).contains(",qualified,"));
    }
}

void tst_ProspectExport::failureKeepsEarlierFile()
{
    const QString file = m_dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("earlier\n");
    }
    // The search answer is broken: nothing is written over the earlier file.
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        {"method", "GET"}, {"path", "/v1/prospects/search"}, {"count", 1}, {"kind", "malformed"}}));
    const auto out = ProspectExport::run(connectionOf(m_session.get()), {}, file);
    QVERIFY(!out.ok);
    QVERIFY(!out.error.isEmpty());
    QVERIFY(!out.error.contains(m_sandbox->apiKey()));
    QCOMPARE(lines(file), QList<QByteArray> {"earlier"});
}

QTEST_GUILESS_MAIN(tst_ProspectExport)
#include "tst_prospectexport.moc"
