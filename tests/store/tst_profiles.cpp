// Profiles in QSettings: add with generated stable ids, rename, edit, remove, switch, current;
// tolerant loading of a hand-edited file; and the API key never reaches the settings file.
#include "models/store/MemoryKeyStore.h"
#include "models/store/Profiles.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;

class tst_Profiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KakiyoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiles"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("profiles.ini"));
    }

    void startsEmpty()
    {
        Profiles profiles(m_file);
        QVERIFY(profiles.isEmpty());
        QVERIFY(profiles.all().isEmpty());
        QVERIFY(!profiles.current().has_value());
        QVERIFY(profiles.currentId().isEmpty());
    }

    void addUsesDefaultsAndStableIds()
    {
        Profiles profiles(m_file);
        QSignalSpy changed(&profiles, &Profiles::profilesChanged);
        const auto work = profiles.add(QStringLiteral("  Work  "));
        QVERIFY2(work.has_value(), qPrintable(profiles.errorString()));
        QCOMPARE(work->name, QStringLiteral("Work")); // trimmed
        QCOMPARE(work->baseUrl, QUrl(QStringLiteral("https://api.kakiyo.com/v1")));
        QCOMPARE(work->costModel, Profile::CostModel::CreditPerCall);
        QVERIFY(work->workspaceId.isEmpty());
        QVERIFY(!work->lastUsed.isValid());
        QVERIFY(work->id.size() >= 16);
        QCOMPARE(changed.size(), 1);

        const auto local = profiles.add(
            QStringLiteral("Local sandbox"), QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));
        QVERIFY(local.has_value());
        QVERIFY(local->id != work->id);

        // A second object (the next start) sees the same profiles with the same ids.
        QVERIFY(profiles.sync());
        Profiles reloaded(m_file);
        const QList<Profile> all = reloaded.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0], *local); // sorted by name: "Local sandbox" < "Work"
        QCOMPARE(all[1], *work);
    }

    void addRejectsBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("empty name") << QString() << QStringLiteral("https://api.kakiyo.com/v1")
                                    << QStringLiteral("needs a name");
        QTest::newRow("blank name")
            << QStringLiteral("   ") << QStringLiteral("https://api.kakiyo.com/v1")
            << QStringLiteral("needs a name");
        QTest::newRow("duplicate name")
            << QStringLiteral("Existing") << QStringLiteral("https://api.kakiyo.com/v1")
            << QStringLiteral("already a profile");
        QTest::newRow("duplicate, other case")
            << QStringLiteral("eXISTING ") << QStringLiteral("https://api.kakiyo.com/v1")
            << QStringLiteral("already a profile");
        QTest::newRow("too long") << QString(101, QLatin1Char('n'))
                                  << QStringLiteral("https://api.kakiyo.com/v1")
                                  << QStringLiteral("at most 100");
        QTest::newRow("ftp url") << QStringLiteral("A") << QStringLiteral("ftp://api.kakiyo.com/v1")
                                 << QStringLiteral("http or https");
        QTest::newRow("no host") << QStringLiteral("A") << QStringLiteral("https:///v1")
                                 << QStringLiteral("http or https");
        QTest::newRow("relative") << QStringLiteral("A") << QStringLiteral("api.kakiyo.com/v1")
                                  << QStringLiteral("http or https");
        QTest::newRow("credentials in url")
            << QStringLiteral("A") << QStringLiteral("https://user:pw@api.kakiyo.com/v1")
            << QStringLiteral("http or https");
    }

    void addRejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, errorContains);
        Profiles profiles(m_file);
        QVERIFY(profiles.add(QStringLiteral("Existing")).has_value());
        QSignalSpy changed(&profiles, &Profiles::profilesChanged);
        QVERIFY(!profiles.add(name, QUrl(url)).has_value());
        QVERIFY2(
            profiles.errorString().contains(errorContains), qPrintable(profiles.errorString()));
        QCOMPARE(profiles.all().size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void renameKeepsId()
    {
        Profiles profiles(m_file);
        const auto a = profiles.add(QStringLiteral("Alpha"));
        const auto b = profiles.add(QStringLiteral("Beta"));
        QVERIFY(a && b);
        QVERIFY(profiles.rename(a->id, QStringLiteral("Zulu")));
        QCOMPARE(profiles.find(a->id)->name, QStringLiteral("Zulu"));
        QCOMPARE(profiles.findByName(QStringLiteral("zulu"))->id, a->id);
        QVERIFY(!profiles.findByName(QStringLiteral("Alpha")).has_value());
        QVERIFY(!profiles.rename(a->id, QStringLiteral("beta"))); // taken
        QVERIFY(profiles.errorString().contains(QLatin1String("already")));
        QVERIFY(profiles.rename(a->id, QStringLiteral("ZULU"))); // its own name in another case
        QVERIFY(!profiles.rename(QStringLiteral("no-such-id"), QStringLiteral("X")));
    }

    void editWorkspaceUrlAndCostModel()
    {
        Profiles profiles(m_file);
        auto p = profiles.add(QStringLiteral("Team"));
        QVERIFY(p);
        QVERIFY(profiles.setWorkspace(
            p->id, QStringLiteral("workspace_abc123def456"), QStringLiteral("EMEA")));
        auto edited = *profiles.find(p->id);
        QCOMPARE(edited.workspaceId, QStringLiteral("workspace_abc123def456"));
        QCOMPARE(edited.workspaceName, QStringLiteral("EMEA"));

        edited.baseUrl = QUrl(QStringLiteral("https://eu.example.test/api/v1"));
        edited.costModel = Profile::CostModel::NoCredits;
        QVERIFY(profiles.update(edited));
        QVERIFY(profiles.sync());
        Profiles reloaded(m_file);
        QCOMPARE(*reloaded.find(p->id), edited);

        edited.baseUrl = QUrl(QStringLiteral("mailto:someone@example.com"));
        QVERIFY(!profiles.update(edited));
        QCOMPARE(
            profiles.find(p->id)->baseUrl, QUrl(QStringLiteral("https://eu.example.test/api/v1")));
    }

    void switchRecordsLastUsed()
    {
        Profiles profiles(m_file);
        const auto a = profiles.add(QStringLiteral("A"));
        const auto b = profiles.add(QStringLiteral("B"));
        QSignalSpy current(&profiles, &Profiles::currentChanged);

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(profiles.setCurrent(a->id));
        QCOMPARE(profiles.currentId(), a->id);
        QCOMPARE(profiles.current()->id, a->id);
        QVERIFY(profiles.current()->lastUsed >= before);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).at(0).toString(), a->id);

        QVERIFY(profiles.setCurrent(a->id)); // same one again: no change signal
        QCOMPARE(current.size(), 1);
        QVERIFY(profiles.setCurrent(b->id));
        QCOMPARE(current.size(), 2);
        QVERIFY(!profiles.setCurrent(QStringLiteral("missing")));
        QCOMPARE(profiles.currentId(), b->id);

        QVERIFY(profiles.sync());
        QCOMPARE(Profiles(m_file).currentId(), b->id);
    }

    void removingCurrentFallsBackToMostRecentlyUsed()
    {
        Profiles profiles(m_file);
        const auto a = profiles.add(QStringLiteral("A"));
        const auto b = profiles.add(QStringLiteral("B"));
        const auto c = profiles.add(QStringLiteral("C"));
        // b used two days ago, a yesterday; c is current now.
        for (const auto &[p, daysAgo] : {std::pair {*b, 2}, std::pair {*a, 1}}) {
            Profile used = p;
            used.lastUsed = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            QVERIFY(profiles.update(used));
        }
        QVERIFY(profiles.setCurrent(c->id));

        QSignalSpy current(&profiles, &Profiles::currentChanged);
        QVERIFY(profiles.remove(c->id));
        QCOMPARE(profiles.currentId(), a->id); // used after b
        QCOMPARE(current.size(), 1);
        QVERIFY(!profiles.find(c->id).has_value());

        QVERIFY(profiles.remove(b->id)); // not current: current stays
        QCOMPARE(profiles.currentId(), a->id);
        QCOMPARE(current.size(), 1);

        QVERIFY(profiles.remove(a->id));
        QVERIFY(profiles.currentId().isEmpty());
        QVERIFY(profiles.isEmpty());
        QVERIFY(!profiles.remove(a->id));
    }

    void handEditedFileLoadsWithDefaults()
    {
        {
            QFile file(m_file);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[General]\ncurrentProfile=gone\n\n"
                       "[profiles]\n"
                       "abc\\name=\n"
                       "abc\\baseUrl=not a url\n"
                       "abc\\costModel=banana\n"
                       "abc\\lastUsed=yesterday\n"
                       "def\\name=Second\n"
                       "def\\costModel=no-credits\n"
                       "def\\lastUsed=2026-11-01T10:00:00.000Z\n");
        }
        Profiles profiles(m_file);
        const auto abc = profiles.find(QStringLiteral("abc"));
        QVERIFY(abc.has_value());
        QCOMPARE(abc->name, QStringLiteral("abc"));
        QCOMPARE(abc->baseUrl, Profile::defaultBaseUrl());
        QCOMPARE(abc->costModel, Profile::CostModel::CreditPerCall);
        QVERIFY(!abc->lastUsed.isValid());
        const auto def = profiles.find(QStringLiteral("def"));
        QCOMPARE(def->costModel, Profile::CostModel::NoCredits);
        QCOMPARE(def->lastUsed, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(profiles.currentId().isEmpty()); // points at a removed profile
        QVERIFY(!profiles.current().has_value());
    }

    void defaultConstructorUsesApplicationSettings()
    {
        Profiles profiles;
        QVERIFY(profiles.fileName().contains(QLatin1String("tst_profiles")));
        const auto p = profiles.add(
            QStringLiteral("Default location %1").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(p.has_value());
        QVERIFY(profiles.remove(p->id));
    }

    void keyNeverReachesTheSettingsFile()
    {
        // Everything a key dialog does: add, save the key, switch, set workspace; then the file
        // must hold no key (not the one used, and nothing shaped like one).
        const ApiKey key(QStringLiteral("abcdefghij1234567890SECRETsecret0123AAAA"));
        Profiles profiles(m_file);
        MemoryKeyStore keys;
        const auto p = profiles.add(QStringLiteral("Main"));
        QVERIFY(p.has_value());
        bool saved = false;
        keys.save(p->id, key, this, [&](const KeyStoreResult &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        QVERIFY(profiles.setCurrent(p->id));
        QVERIFY(
            profiles.setWorkspace(p->id, QStringLiteral("ws1"), QStringLiteral("Main workspace")));
        QVERIFY(profiles.sync());

        QFile file(profiles.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.isEmpty());
        QVERIFY(!contents.contains(key.text().toUtf8()));
        QVERIFY(!contents.contains(key.text().right(20).toUtf8()));

        QSettings settings(profiles.fileName(), QSettings::IniFormat);
        const QStringList allKeys = settings.allKeys();
        QVERIFY(allKeys.size() >= 5);
        for (const QString &k : allKeys) {
            QVERIFY2(!k.contains(QLatin1String("key"), Qt::CaseInsensitive)
                    || k.endsWith(QLatin1String("/name")),
                qPrintable(k));
            QVERIFY2(!ApiKey::isWellFormed(settings.value(k).toString()), qPrintable(k));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(tst_Profiles)
#include "tst_profiles.moc"
