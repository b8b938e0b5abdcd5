// The headless commands keep per-profile state under the profile's id, as the window does (issue
// 12): in a throw-away HOME, a stored profile whose name differs from its id; an alert dismissed
// and a billing choice saved the way the window saves them (AlertInbox's shared dismissals,
// ServerGeneration::setBillingFor — the key manager's "Credits per call") are honoured by
// `kakiyo-desk watch --once` and by the cost an import prints.
#include "common/DeskProcess.h"
#include "common/SandboxProcess.h"
#include "models/api/ServerGeneration.h"
#include "models/live/AlertInbox.h"
#include "models/store/Profiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_HeadlessProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowDismissalSilencesWatch();
    void windowBillingChoiceSetsTheImportCost();

private:
    DeskRun run(const QStringList &args);
    static QStringList ids(const QJsonArray &alerts);

    SandboxProcess m_sandbox {{QStringLiteral("--prospects"), QStringLiteral("300"),
        QStringLiteral("--seed"), QStringLiteral("13"), QStringLiteral("--import-delay-ms"),
        QStringLiteral("50"), QStringLiteral("--quiet")}};
    QTemporaryDir m_home;
    Profile m_profile;
};

void tst_HeadlessProfile::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_DESK_BIN"), "KAKIYO_DESK_BIN is not set");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    // This process reads and writes the throw-away HOME's files as the window would.
    const QDir home(m_home.path());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral(".cache")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral(".config")));
    QCoreApplication::setOrganizationName(QStringLiteral("Kakiyo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kakiyo.com"));
    QCoreApplication::setApplicationName(QStringLiteral("kakiyo-desk"));
    Profiles profiles;
    const std::optional<Profile> added
        = profiles.add(QStringLiteral("Client Desk"), m_sandbox.baseUrl());
    QVERIFY2(added, qPrintable(profiles.errorString()));
    QVERIFY(profiles.setCurrent(added->id));
    QVERIFY(profiles.sync());
    m_profile = *added;
    QVERIFY(m_profile.id != m_profile.name);
    QVERIFY(QSettings().fileName().startsWith(m_home.path()));
}

DeskRun tst_HeadlessProfile::run(const QStringList &args)
{
    return runDesk(m_home.path(), args + QStringList {QStringLiteral("--profile"), m_profile.name},
        m_sandbox.apiKey());
}

QStringList tst_HeadlessProfile::ids(const QJsonArray &alerts)
{
    QStringList out;
    for (const QJsonValue &a : alerts)
        out << a.toObject().value(QStringLiteral("id")).toString();
    return out;
}

void tst_HeadlessProfile::windowDismissalSilencesWatch()
{
    const QStringList watch {
        QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--json")};
    const DeskRun first = run(watch);
    QVERIFY2(first.exitCode == 0 || first.exitCode == 3, first.err.constData());
    const QStringList before
        = ids(QJsonDocument::fromJson(first.out).object().value("current").toArray());
    QVERIFY2(!before.isEmpty(), first.out.constData()); // the seeded team has alerts

    // Dismissed in the window: its inbox of the profile (by id) and the whole team.
    AlertInbox desk({}, CachePartition {m_profile.id, {}}, QStringLiteral("desk"));
    QString error;
    QVERIFY2(desk.load(&error), qPrintable(error));
    desk.dismiss(before.first());
    QVERIFY2(desk.save(&error), qPrintable(error));

    const DeskRun second = run(watch);
    QVERIFY2(second.exitCode == 0 || second.exitCode == 3, second.err.constData());
    const QStringList after
        = ids(QJsonDocument::fromJson(second.out).object().value("current").toArray());
    QVERIFY2(!after.isEmpty() || before.size() == 1, second.out.constData());
    QVERIFY2(!after.contains(before.first()), second.out.constData());
    QCOMPARE(after.size(), before.size() - 1);
}

void tst_HeadlessProfile::windowBillingChoiceSetsTheImportCost()
{
    QString campaign;
    for (const QJsonValue &c : m_sandbox.call("GET", QStringLiteral("/campaigns")).json.array())
        if (c[QStringLiteral("status")].toString() == u"active" || campaign.isEmpty())
            campaign = c[QStringLiteral("id")].toString();
    QVERIFY(!campaign.isEmpty());
    // Two files of new people (an import of the same people again is another story).
    const auto importArgs = [&](const QString &tag) {
        const QString csv = QDir(m_home.path()).filePath(tag + QStringLiteral(".csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return QStringList {};
        f.write("Full Name,Company,Person Linkedin Url\n");
        for (int i = 0; i < 2; ++i)
            f.write(QStringLiteral("Person %1,Acme,https://www.linkedin.com/in/%2-profile-%1/\n")
                        .arg(i)
                        .arg(tag)
                        .toUtf8());
        f.close();
        return QStringList {QStringLiteral("import"), csv, QStringLiteral("--campaign"), campaign,
            QStringLiteral("--journal"),
            QDir(m_home.path()).filePath(tag + QStringLiteral(".sqlite"))};
    };

    // The sandbox's default generation charges for calls, and the earlier watch runs learnt it.
    ServerGeneration::setBillingFor(m_profile.id, ServerGeneration::Billing::Automatic);
    QSettings().sync();
    const DeskRun charged = run(importArgs(QStringLiteral("charged")));
    QVERIFY2(charged.exitCode == 0, charged.err.constData() + charged.out);
    QVERIFY2(charged.out.contains(" credits, at least"), charged.out.constData());

    // "Credits per call: none" chosen in the key manager reaches the command.
    ServerGeneration::setBillingFor(m_profile.id, ServerGeneration::Billing::NoCredits);
    QSettings().sync();
    const DeskRun free = run(importArgs(QStringLiteral("free")));
    QVERIFY2(free.exitCode == 0, free.err.constData() + free.out);
    QVERIFY2(free.out.contains("no credits for calls on this server"), free.out.constData());
}

QTEST_GUILESS_MAIN(tst_HeadlessProfile)
#include "tst_headlessprofile.moc"
