// Cache: answers come back with their age, invalidation by prefix, partitions never leak into each
// other, files are owner-only, damaged files are replaced (never a crash), daily snapshots,
// headers kept with their entry (and a version-1 file upgraded without losing entries), the
// integrity check runs after the first read instead of before it, and the size/age policy.
#include "models/store/Cache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace kakiyo;

namespace {

const CachePartition Alpha {QStringLiteral("p1"), QStringLiteral("ws-a")};

QByteArray bodyOf(int size, char fill)
{
    return QByteArray(size, fill);
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

} // namespace

class tst_Cache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultDirectoryIsTheCacheLocation()
    {
        const Cache cache;
        QCOMPARE(
            cache.directory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
        QVERIFY(
            cache.filePath(QStringLiteral("abc")).startsWith(cache.directory() + QLatin1Char('/')));
    }

    void missIsEmpty()
    {
        Cache cache(m_dir->path());
        QVERIFY(!cache.get(Alpha, QStringLiteral("GET /v1/agents")).has_value());
        QVERIFY(cache.lastError().isEmpty());
    }

    void putGetKeepsBodyAndFetchTime()
    {
        Cache cache(m_dir->path());
        const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-90);
        const QByteArray body = R"({"agents":[{"id":"a1","name":"Ada"}]})";
        QVERIFY(cache.put(Alpha, QStringLiteral("GET /v1/agents"), body, fetched));

        const auto entry = cache.get(Alpha, QStringLiteral("GET /v1/agents"));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->body, body);
        QCOMPARE(entry->fetchedAt.toMSecsSinceEpoch(), fetched.toMSecsSinceEpoch());
        QCOMPARE(entry->fetchedAt.timeSpec(), Qt::UTC);
        QCOMPARE(entry->ageSeconds(fetched.addSecs(125)), 125);
        QCOMPARE(entry->ageSeconds(fetched.addSecs(-10)), 0); // clock went back: not negative
        QVERIFY(entry->ageSeconds() >= 90);
    }

    void survivesReopen()
    {
        const QDateTime fetched = QDateTime::currentDateTimeUtc();
        {
            Cache cache(m_dir->path());
            QVERIFY(cache.put(Alpha, QStringLiteral("k"), "persisted", fetched));
        }
        Cache again(m_dir->path());
        const auto entry = again.get(Alpha, QStringLiteral("k"));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->body, QByteArray("persisted"));
    }

    void headersAreKeptWithTheEntry()
    {
        const QMap<QByteArray, QByteArray> headers {
            {"x-has-more", "true"}, {"x-next-cursor", "eyJhIjoxfQ=="}, {"x-limit", "25"}};
        {
            Cache cache(m_dir->path());
            QVERIFY(cache.put(Alpha, QStringLiteral("/prospects/campaign/c1?limit=25"), "[]",
                QDateTime::currentDateTimeUtc(), headers));
            QVERIFY(cache.put(Alpha, QStringLiteral("plain"), "{}"));
            QCOMPARE(cache.get(Alpha, QStringLiteral("/prospects/campaign/c1?limit=25"))->headers,
                headers);
        }
        Cache again(m_dir->path()); // from disk, not from memory
        const auto entry = again.get(Alpha, QStringLiteral("/prospects/campaign/c1?limit=25"));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->headers, headers);
        QVERIFY(again.get(Alpha, QStringLiteral("plain"))->headers.isEmpty());
        // A later answer without headers replaces them too.
        QVERIFY(again.put(Alpha, QStringLiteral("/prospects/campaign/c1?limit=25"), "[1]"));
        QVERIFY(
            again.get(Alpha, QStringLiteral("/prospects/campaign/c1?limit=25"))->headers.isEmpty());
    }

    void versionOneFileKeepsItsEntries()
    {
        // A cache written by the previous schema (no headers column) is upgraded in place.
        const Cache probe(m_dir->path());
        const QString path = probe.filePath(Alpha.profileId);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE entries (workspace TEXT NOT NULL, key BLOB NOT NULL, body BLOB NOT "
                "NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (workspace, key))")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE snapshots (workspace TEXT NOT NULL, key BLOB NOT NULL, day INTEGER "
                "NOT NULL, body BLOB NOT NULL, stored_at INTEGER NOT NULL, PRIMARY KEY "
                "(workspace, key, day))")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO entries VALUES (?, ?, ?, ?)")));
            q.addBindValue(Alpha.workspaceId);
            q.addBindValue(QByteArray("old"));
            q.addBindValue(QByteArray("kept"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Cache cache(m_dir->path());
        const auto old = cache.get(Alpha, QStringLiteral("old"));
        QVERIFY2(old.has_value(), qPrintable(cache.lastError()));
        QCOMPARE(old->body, QByteArray("kept"));
        QVERIFY(old->headers.isEmpty());
        QVERIFY(cache.put(Alpha, QStringLiteral("new"), "v", QDateTime::currentDateTimeUtc(),
            {{"x-has-more", "false"}}));
        QCOMPARE(cache.get(Alpha, QStringLiteral("new"))->headers.value("x-has-more"),
            QByteArray("false"));
    }

    void overwriteReplaces()
    {
        Cache cache(m_dir->path());
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "old"));
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "new"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("new"));
        QCOMPARE(cache.payloadBytes(Alpha), 3);
    }

    void emptyBodyIsAHit()
    {
        Cache cache(m_dir->path());
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), QByteArray()));
        const auto entry = cache.get(Alpha, QStringLiteral("k"));
        QVERIFY(entry.has_value());
        QVERIFY(entry->body.isEmpty());
    }

    void invalidateByPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QStringList>("left");

        const QString agents = QStringLiteral("GET /v1/agents");
        QTest::newRow("resource and children")
            << agents << 3
            << QStringList {QStringLiteral("GET /v1/campaigns"),
                   QStringLiteral("GET /v1/campaigns/c1"), QStringLiteral("GET /v1/prospects/é1")};
        QTest::newRow("children only")
            << QStringLiteral("GET /v1/agents/") << 1
            << QStringList {QStringLiteral("GET /v1/agents"),
                   QStringLiteral("GET /v1/agents?page=2"), QStringLiteral("GET /v1/campaigns"),
                   QStringLiteral("GET /v1/campaigns/c1"), QStringLiteral("GET /v1/prospects/é1")};
        QTest::newRow("exact key")
            << QStringLiteral("GET /v1/campaigns/c1") << 1
            << QStringList {agents, QStringLiteral("GET /v1/agents/a1"),
                   QStringLiteral("GET /v1/agents?page=2"), QStringLiteral("GET /v1/campaigns"),
                   QStringLiteral("GET /v1/prospects/é1")};
        QTest::newRow("non-ascii prefix")
            << QStringLiteral("GET /v1/prospects/é") << 1
            << QStringList {agents, QStringLiteral("GET /v1/agents/a1"),
                   QStringLiteral("GET /v1/agents?page=2"), QStringLiteral("GET /v1/campaigns"),
                   QStringLiteral("GET /v1/campaigns/c1")};
        QTest::newRow("no match") << QStringLiteral("GET /v1/webhooks") << 0
                                  << QStringList {agents, QStringLiteral("GET /v1/agents/a1"),
                                         QStringLiteral("GET /v1/agents?page=2"),
                                         QStringLiteral("GET /v1/campaigns"),
                                         QStringLiteral("GET /v1/campaigns/c1"),
                                         QStringLiteral("GET /v1/prospects/é1")};
        QTest::newRow("empty prefix clears partition") << QString() << 6 << QStringList {};
    }

    void invalidateByPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(int, removed);
        QFETCH(QStringList, left);

        const QStringList all {QStringLiteral("GET /v1/agents"),
            QStringLiteral("GET /v1/agents/a1"), QStringLiteral("GET /v1/agents?page=2"),
            QStringLiteral("GET /v1/campaigns"), QStringLiteral("GET /v1/campaigns/c1"),
            QStringLiteral("GET /v1/prospects/é1")};
        Cache cache(m_dir->path());
        for (const QString &key : all)
            QVERIFY(cache.put(Alpha, key, key.toUtf8()));
        const CachePartition other {Alpha.profileId, QStringLiteral("ws-b")};
        QVERIFY(cache.put(other, QStringLiteral("GET /v1/agents"), "other workspace"));

        QCOMPARE(cache.invalidate(Alpha, prefix), removed);
        for (const QString &key : all)
            QCOMPARE(cache.get(Alpha, key).has_value(), left.contains(key));
        QVERIFY(cache.get(other, QStringLiteral("GET /v1/agents")).has_value());
    }

    void partitionsAreIsolated()
    {
        Cache cache(m_dir->path());
        const QString key = QStringLiteral("GET /v1/campaigns");
        const QList<CachePartition> partitions {
            {QStringLiteral("p1"), QStringLiteral("ws-a")},
            {QStringLiteral("p1"), QStringLiteral("ws-b")},
            {QStringLiteral("p1"), QString()},
            {QStringLiteral("p2"), QStringLiteral("ws-a")},
        };
        for (int i = 0; i < partitions.size(); ++i)
            QVERIFY(cache.put(partitions[i], key, QByteArray::number(i)));
        for (int i = 0; i < partitions.size(); ++i)
            QCOMPARE(cache.get(partitions[i], key)->body, QByteArray::number(i));

        QVERIFY(cache.clear(partitions[0]));
        QVERIFY(!cache.get(partitions[0], key).has_value());
        for (int i = 1; i < partitions.size(); ++i)
            QVERIFY2(cache.get(partitions[i], key).has_value(), qPrintable(QString::number(i)));

        // One file per profile.
        QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("p1"))));
        QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("p2"))));
        QVERIFY(cache.filePath(QStringLiteral("p1")) != cache.filePath(QStringLiteral("p2")));
    }

    void hostileProfileIdStaysInsideTheFolder()
    {
        Cache cache(m_dir->path());
        const CachePartition odd {QStringLiteral("../../etc/passwd"), QString()};
        QVERIFY(cache.put(odd, QStringLiteral("k"), "v"));
        QCOMPARE(QFileInfo(cache.filePath(odd.profileId)).absolutePath(),
            QDir(m_dir->path()).absolutePath());
        QCOMPARE(cache.get(odd, QStringLiteral("k"))->body, QByteArray("v"));
    }

    void filesAreOwnerOnly()
    {
        const mode_t previous = ::umask(0); // the most permissive umask must not loosen anything
        const QString dir = m_dir->filePath(QStringLiteral("fresh/cache"));
        {
            Cache cache(dir);
            QVERIFY(cache.put(Alpha, QStringLiteral("k"), bodyOf(10000, 'x')));
            const QString path = cache.filePath(Alpha.profileId);
            QCOMPARE(modeOf(path), mode_t(0600));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal"))); // WAL mode is on
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
            QCOMPARE(modeOf(dir), mode_t(0700));
        }
        ::umask(previous);
    }

    void looserExistingFileIsTightened()
    {
        Cache cache(m_dir->path());
        const QString path = cache.filePath(Alpha.profileId);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "v"));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void garbageFileIsMovedAsideAndReplaced()
    {
        Cache cache(m_dir->path());
        const QString path = cache.filePath(Alpha.profileId);
        const QByteArray garbage = QByteArray("this is not a database ").repeated(500);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(!cache.get(Alpha, QStringLiteral("k")).has_value());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("damaged")));
        QVERIFY(!cache.lastError().isEmpty());

        // The fresh cache works and the old bytes were kept, not destroyed.
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "fresh"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("fresh"));
        const QStringList aside
            = QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(m_dir->path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QCOMPARE(problems.size(), 1); // said once
    }

    void damagedPagesAreDetectedAtOpen()
    {
        const QString path = Cache(m_dir->path()).filePath(Alpha.profileId);
        {
            Cache cache(m_dir->path());
            for (int i = 0; i < 200; ++i)
                QVERIFY(
                    cache.put(Alpha, QStringLiteral("GET /v1/items/%1").arg(i), bodyOf(1000, 'a')));
        } // closing the last connection checkpoints the WAL into the file
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))
            || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            QVERIFY(file.seek(4096)); // page 2 onwards: the tables' b-tree pages
            file.write(QByteArray(3 * 4096, '\x5a'));
        }
        Cache cache(m_dir->path());
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(!cache.get(Alpha, QStringLiteral("GET /v1/items/1")).has_value());
        QCOMPARE(problems.size(), 1);
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "fresh"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("fresh"));
    }

    void integrityCheckRunsBehindTheFirstRead()
    {
        // Damage in pages the first read does not touch: that read is answered at once (no check
        // of every page before it), and the background check still finds the damage and the file
        // is replaced, said once.
        const QString path = Cache(m_dir->path()).filePath(Alpha.profileId);
        {
            Cache cache(m_dir->path());
            QVERIFY(cache.put(Alpha, QStringLiteral("k"), "v"));
            const QDate today = QDate::currentDate();
            for (int i = 0; i < 100; ++i) // snapshots fill the pages after the small tables
                QVERIFY(cache.putSnapshot(
                    Alpha, QStringLiteral("history"), today.addDays(-i), bodyOf(4000, 's')));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 64 * 4096);
            QVERIFY(file.seek(16 * 4096));
            file.write(QByteArray(int(file.size()) - 20 * 4096, '\x5a'));
        }
        Cache cache(m_dir->path());
        QSignalSpy problems(&cache, &Cache::problem);
        const auto first = cache.get(Alpha, QStringLiteral("k"));
        QVERIFY2(first.has_value(), "the first read waited for a check of the whole file");
        QCOMPARE(first->body, QByteArray("v"));
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("damaged")));
        QVERIFY(!cache.get(Alpha, QStringLiteral("k")).has_value()); // a fresh, empty file
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "fresh"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("fresh"));
        QCOMPARE(problems.size(), 1);
    }

    void healthyFileCheckSaysNothing()
    {
        {
            Cache cache(m_dir->path());
            for (int i = 0; i < 50; ++i)
                QVERIFY(cache.put(Alpha, QStringLiteral("GET /v1/x/%1").arg(i), bodyOf(5000, 'h')));
        }
        Cache cache(m_dir->path());
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(cache.get(Alpha, QStringLiteral("GET /v1/x/1")).has_value());
        cache.close(Alpha.profileId); // waits for the check of that file
        QCoreApplication::processEvents();
        QCOMPARE(problems.size(), 0);
        QVERIFY(cache.get(Alpha, QStringLiteral("GET /v1/x/49")).has_value());
    }

    void entriesOlderThanThePolicyGoAfterAWrite()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            Cache cache(m_dir->path());
            cache.setPolicy({/*maxAgeDays=*/1000, qint64(64) * 1024 * 1024, 1000});
            QVERIFY(cache.put(Alpha, QStringLiteral("old"), "o", now.addDays(-31)));
            QVERIFY(cache.put(Alpha, QStringLiteral("recent"), "r", now.addDays(-29)));
        }
        Cache cache(m_dir->path());
        QCOMPARE(cache.policy().maxAgeDays, 30); // the default
        // Reading never cleans up: the old answer is still shown (with its age) ...
        QVERIFY(cache.get(Alpha, QStringLiteral("old")).has_value());
        // ... the next write applies the policy.
        QVERIFY(cache.put(Alpha, QStringLiteral("new"), "n"));
        QVERIFY(!cache.get(Alpha, QStringLiteral("old")).has_value());
        QCOMPARE(cache.get(Alpha, QStringLiteral("recent"))->body, QByteArray("r"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("new"))->body, QByteArray("n"));
    }

    void sizeBoundDropsTheLongestFetchedFirst()
    {
        Cache cache(m_dir->path());
        const qint64 bound = 1024 * 1024;
        cache.setPolicy({30, bound, 400});
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QByteArray body = bodyOf(100 * 1024, 'z');
        for (int i = 0; i < 40; ++i) // 4 MB written into a 1 MB bound
            QVERIFY(
                cache.put(Alpha, QStringLiteral("GET /v1/p/%1").arg(i), body, start.addSecs(i)));
        QVERIFY2(cache.payloadBytes(Alpha) <= bound,
            qPrintable(QString::number(cache.payloadBytes(Alpha))));
        qInfo("payload kept under a 1 MiB bound: %lld bytes", cache.payloadBytes(Alpha));
        QVERIFY(cache.payloadBytes(Alpha) >= 3 * body.size()); // not emptied either
        QVERIFY(cache.get(Alpha, QStringLiteral("GET /v1/p/39")).has_value());
        QVERIFY(!cache.get(Alpha, QStringLiteral("GET /v1/p/0")).has_value());
        // Whatever is kept is a suffix of the newest: nothing newer went before something older.
        bool kept = false;
        for (int i = 0; i < 40; ++i) {
            const bool has = cache.get(Alpha, QStringLiteral("GET /v1/p/%1").arg(i)).has_value();
            QVERIFY2(!kept || has, qPrintable(QStringLiteral("entry %1 dropped").arg(i)));
            kept = kept || has;
        }
        // The file stops growing: freed pages are reused (without the bound: 8 MB).
        for (int i = 40; i < 80; ++i)
            QVERIFY(
                cache.put(Alpha, QStringLiteral("GET /v1/p/%1").arg(i), body, start.addSecs(i)));
        cache.close(Alpha.profileId); // checkpoints the WAL into the file
        QVERIFY2(QFileInfo(cache.filePath(Alpha.profileId)).size() <= 2 * bound,
            qPrintable(QString::number(QFileInfo(cache.filePath(Alpha.profileId)).size())));
    }

    void snapshotsFollowTheirOwnAge()
    {
        Cache cache(m_dir->path());
        cache.setPolicy({30, qint64(64) * 1024 * 1024, 10});
        const QDate today = QDate::currentDate();
        for (int i = 0; i < 20; ++i)
            QVERIFY(cache.putSnapshot(Alpha, QStringLiteral("h"), today.addDays(-i), "s"));
        // The first write applied the policy (nothing to remove then); the next run is due after
        // 1/16 of the size bound has been written, or when asked, as here.
        QCOMPARE(cache.enforcePolicy(Alpha.profileId), 9);
        const QList<CacheSnapshot> left
            = cache.snapshots(Alpha, QStringLiteral("h"), today.addDays(-30), today);
        QCOMPARE(left.size(), 11); // today and the 10 days before
        QCOMPARE(left.first().day, today.addDays(-10));
    }

    void corruptionFoundWhileOpenIsRecovered()
    {
        // The file is damaged under a running cache (disk error, another program): the statement
        // that trips over it fails cleanly, the file is replaced once, and the cache keeps working.
        Cache cache(m_dir->path());
        QSignalSpy problems(&cache, &Cache::problem);
        const QByteArray body = bodyOf(100 * 1024, 'c');
        for (int i = 0; i < 100; ++i) // ~10 MB: far more than SQLite's 2 MB page cache
            QVERIFY(cache.put(Alpha, QStringLiteral("GET /v1/pages/%1").arg(i), body));
        {
            QFile file(cache.filePath(Alpha.profileId));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 4 * 1024 * 1024);
            QVERIFY(file.seek(4096));
            file.write(QByteArray(int(file.size()) - 4096, '\0'));
        }
        int hits = 0;
        for (int i = 0; i < 100; ++i) {
            if (const auto entry = cache.get(Alpha, QStringLiteral("GET /v1/pages/%1").arg(i))) {
                QCOMPARE(entry->body, body); // whatever comes back is never garbage
                ++hits;
            }
        }
        QVERIFY2(hits < 100, "the damage went unnoticed");
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("damaged")));
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "fresh"));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("fresh"));
        QCOMPARE(problems.size(), 1);
    }

    void busyFileIsNeverMovedAside()
    {
        // Another program holds an exclusive lock: that is not damage. The cache works from
        // memory for now and leaves the healthy file exactly where it is.
        Cache cache(m_dir->path());
        const QString path = cache.filePath(Alpha.profileId);
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE mine (x)")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO mine VALUES (1)")));

            QSignalSpy problems(&cache, &Cache::problem);
            QVERIFY(cache.put(Alpha, QStringLiteral("k"), "v"));
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("memory")));
            QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("v"));
            QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());

            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mine")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        cache.close(Alpha.profileId);
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "on disk")); // the lock is gone: back on disk
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("on disk"));
    }

    void directoryInPlaceOfTheFileIsMovedAside()
    {
        Cache cache(m_dir->path());
        QVERIFY(QDir().mkpath(cache.filePath(Alpha.profileId)));
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "v"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(QFileInfo(cache.filePath(Alpha.profileId)).isFile());
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("v"));
    }

    void uncreatableFolderFallsBackToMemory()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Cache cache(blocker + QStringLiteral("/cache")); // a folder below a regular file
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(cache.put(Alpha, QStringLiteral("k"), "v"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("memory")));
        QCOMPARE(cache.get(Alpha, QStringLiteral("k"))->body, QByteArray("v"));
    }

    void snapshotsOnePerDayLatestWins()
    {
        Cache cache(m_dir->path());
        const QString key = QStringLiteral("GET /v1/analytics/overview");
        const QDate d1(2026, 11, 1);
        QVERIFY(cache.putSnapshot(Alpha, key, d1, "day1"));
        QVERIFY(cache.putSnapshot(Alpha, key, d1.addDays(2), "day3"));
        QVERIFY(cache.putSnapshot(Alpha, key, d1.addDays(1), "day2-early"));
        QVERIFY(cache.putSnapshot(Alpha, key, d1.addDays(1), "day2-late"));
        QVERIFY(cache.putSnapshot(
            Alpha, QStringLiteral("GET /v1/analytics/campaigns/c1"), d1, "other key"));
        QVERIFY(cache.putSnapshot(
            {Alpha.profileId, QStringLiteral("ws-b")}, key, d1, "other workspace"));
        QVERIFY(!cache.putSnapshot(Alpha, key, QDate(), "no day"));

        const QList<CacheSnapshot> all = cache.snapshots(Alpha, key, d1, d1.addDays(30));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].day, d1);
        QCOMPARE(all[0].body, QByteArray("day1"));
        QCOMPARE(all[1].day, d1.addDays(1));
        QCOMPARE(all[1].body, QByteArray("day2-late"));
        QCOMPARE(all[2].body, QByteArray("day3"));
        QVERIFY(all[1].storedAt.isValid());

        const QList<CacheSnapshot> middle
            = cache.snapshots(Alpha, key, d1.addDays(1), d1.addDays(1));
        QCOMPARE(middle.size(), 1); // both ends inclusive
        QCOMPARE(middle[0].body, QByteArray("day2-late"));
        QVERIFY(cache.snapshots(Alpha, key, d1.addDays(3), d1.addDays(10)).isEmpty());

        // Snapshots are history, not answers: invalidating entries keeps them; clearing does not.
        QCOMPARE(cache.invalidate(Alpha, QString()), 0);
        QCOMPARE(cache.snapshots(Alpha, key, d1, d1.addDays(30)).size(), 3);
        QVERIFY(cache.clear(Alpha));
        QVERIFY(cache.snapshots(Alpha, key, d1, d1.addDays(30)).isEmpty());
        QCOMPARE(cache.snapshots({Alpha.profileId, QStringLiteral("ws-b")}, key, d1, d1).size(), 1);
    }

    void sizesAndClearing()
    {
        Cache cache(m_dir->path());
        const CachePartition other {QStringLiteral("p2"), QString()};
        QCOMPARE(cache.sizeBytes(), 0);
        QVERIFY(cache.put(Alpha, QStringLiteral("big"), bodyOf(100 * 1024, 'b')));
        QVERIFY(cache.put(other, QStringLiteral("small"), "s"));
        QCOMPARE(cache.payloadBytes(Alpha), 100 * 1024);
        QVERIFY(cache.sizeBytes(Alpha.profileId) >= 100 * 1024);
        QVERIFY(cache.sizeBytes()
            >= cache.sizeBytes(Alpha.profileId) + cache.sizeBytes(other.profileId));

        QVERIFY(cache.clearProfile(Alpha.profileId));
        QVERIFY(!QFileInfo::exists(cache.filePath(Alpha.profileId)));
        QCOMPARE(cache.sizeBytes(Alpha.profileId), 0);
        QVERIFY(!cache.get(Alpha, QStringLiteral("big")).has_value()); // reopens an empty file
        QCOMPARE(cache.get(other, QStringLiteral("small"))->body, QByteArray("s"));

        QVERIFY(cache.clearAll());
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
        QCOMPARE(cache.sizeBytes(), 0);
        QVERIFY(!cache.get(other, QStringLiteral("small")).has_value());
        QVERIFY(cache.put(other, QStringLiteral("small"), "again")); // usable after clearing
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_Cache)
#include "tst_cache.moc"
