// The Do Not Contact page's export against a real sandbox: every page of GET /dnc goes through
// DncApi and the scheduler into a CSV file that the project's own DNC import (DncCsvFile for the
// page's batch dialog, DncFile for `import --skip-dnc`) reads back to exactly the server's list.
// A folder that does not exist, or a write that fails half-way (a full disk, simulated with a file
// size limit), leaves nothing behind and an earlier file untouched.
#include "DncPageFixture.h"
#include "common/Screenshots.h"
#include "models/import/DncCsvFile.h"
#include "models/import/DncFile.h"
#include "models/import/LinkedinUrl.h"
#include "models/jobs/DncExport.h"
#include "ui/dnc/DncPage.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <csignal>
#include <sys/resource.h>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

// Every URL the server lists, page after page (read over HTTP, not through the app).
QSet<QString> allServerUrls(SandboxProcess &sandbox)
{
    QSet<QString> urls;
    for (int offset = 0;; offset += 1000) {
        const HttpReply reply
            = sandbox.call("GET", QStringLiteral("/dnc?limit=1000&offset=%1").arg(offset));
        const QJsonArray page = reply.object().value("data").toObject().value("entries").toArray();
        for (const QJsonValue &e : page)
            urls.insert(e["url"].toString());
        if (reply.status != 200 || page.size() < 1000)
            return urls;
    }
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class tst_DncPageExport : public QObject, public DncPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportReadsEveryPageAndImportReadsItBack();
    void missingFolderIsRefusedWithoutACall();
    void failedWriteLeavesTheEarlierFile();

private:
    QTemporaryDir m_dir;
};

void tst_DncPageExport::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
    QVERIFY(m_dir.isValid());
}

void tst_DncPageExport::exportReadsEveryPageAndImportReadsItBack()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    auto *page = qobject_cast<DncPage *>(d.window()->currentPage());
    QVERIFY(page);
    // The button and the palette command exist, named, with a shortcut.
    QAction *command = d.window()->command(QStringLiteral("dncExport"));
    QVERIFY(command);
    QVERIFY(!command->shortcut().isEmpty());
    auto *button = page->findChild<QToolButton *>(QStringLiteral("dncExportButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());

    // More than one page of 1000, and a spelling the server normalises.
    QVERIFY(seedEntries(*d.sandbox, 1100, QStringLiteral("export")));
    const QSet<QString> server = allServerUrls(*d.sandbox);
    QVERIFY(server.size() > 1100);
    QVERIFY(d.sandbox->resetRequestCounts());

    const QString file = m_dir.filePath(QStringLiteral("dnc.csv"));
    QSignalSpy done(page, &DncPage::exportFinished);
    page->exportTo(file);
    QVERIFY(page->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("Exported")));
    // The page says so above the list (the picture for review).
    QVERIFY(editor->message().startsWith(QStringLiteral("Exported")));
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), int(server.size()), 10000);
    QDir().mkpath(QStringLiteral("/tmp/shots-endpoints"));
    const QPixmap shot = d.window()->grab();
    QVERIFY(shot.save(screenshotPath(QStringLiteral("dnc-export.png"))));
    shot.save(QStringLiteral("/tmp/shots-endpoints/dnc-export.png"));
    // Two pages of at most 1000: the second, short one ends the list. The page's list then shows
    // what was exported, from the cache (no further call).
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), int(server.size()), 10000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 2);

    // The page's own CSV import reads it: the URL column is detected, every row is a profile.
    const DncCsvFile csv = DncCsvFile::read(file);
    QVERIFY2(csv.ok(), qPrintable(csv.error()));
    QCOMPARE(csv.recordCount(), int(server.size()));
    QCOMPARE(csv.detectedUrlColumn(), 0);
    QSet<QString> fromCsv;
    for (const DncBatchPlan::Input &in : csv.column(csv.detectedUrlColumn()))
        fromCsv.insert(LinkedinUrl::normalised(in.text));
    QCOMPARE(fromCsv, server);

    // And `import --skip-dnc` reads the same list.
    QSet<QString> fromFile;
    QString problem;
    QVERIFY2(DncFile::read(file, &fromFile, &problem), qPrintable(problem));
    QCOMPARE(fromFile, server);
}

void tst_DncPageExport::missingFolderIsRefusedWithoutACall()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    auto *page = qobject_cast<DncPage *>(d.window()->currentPage());
    QVERIFY(page);
    QVERIFY(d.sandbox->resetRequestCounts());
    const QString file = m_dir.filePath(QStringLiteral("no-such-folder/dnc.csv"));
    QSignalSpy done(page, &DncPage::exportFinished);
    page->exportTo(file);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY(!done.at(0).at(0).toBool());
    const QString message = done.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("folder does not exist")), qPrintable(message));
    QVERIFY(editor->message().contains(QStringLiteral("folder does not exist")));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 0);

    // A "folder" that is a file fails the same way, at the write.
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(blocker, "x"));
    const DncExport::Outcome o = DncExport::write({}, blocker + QStringLiteral("/dnc.csv"));
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(QStringLiteral("Cannot write")), qPrintable(o.error));
}

void tst_DncPageExport::failedWriteLeavesTheEarlierFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("dnc.csv"));
    QVERIFY(writeFile(file, "url\r\nhttps://linkedin.com/in/earlier\r\n"));
    QList<DncEntry> entries;
    for (int i = 0; i < 2000; ++i) {
        DncEntry e;
        e.id = QStringLiteral("id%1").arg(i);
        e.url = QStringLiteral("https://linkedin.com/in/full-disk-%1").arg(i);
        e.createdAt = QDateTime::currentDateTimeUtc();
        entries << e;
    }
    QVERIFY(DncExport::csv(entries).size() > 16384);

    // A disk that fills up half-way: writes beyond 16 KiB fail (EFBIG instead of ENOSPC).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 16384;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const DncExport::Outcome o = DncExport::write(entries, file);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(QStringLiteral("Nothing was written")), qPrintable(o.error));
    QCOMPARE(contents(file), QByteArray("url\r\nhttps://linkedin.com/in/earlier\r\n"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {"dnc.csv"});

    // The same entries without the limit are written whole.
    const DncExport::Outcome ok = DncExport::write(entries, file);
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(ok.rows, 2000);
    QCOMPARE(contents(file), DncExport::csv(entries));
}

QTEST_MAIN(tst_DncPageExport)
#include "tst_dncpage_export.moc"
