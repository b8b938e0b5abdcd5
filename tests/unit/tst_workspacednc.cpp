// The DNC list and the Library in a client workspace (issue 12). DNC entries name a team: the
// sandbox files some under two clients' teams (as an agency does in the dashboard) and the
// expected list of each workspace is computed from the sandbox's own GET /dnc and GET
// /workspaces over HTTP — its client team's entries and the agency's own, never another
// client's — with the note that says so. The Library names no workspace: the team's list, with
// a note saying so.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "common/SandboxSession.h"
#include "models/DncListModel.h"
#include "models/ProductListModel.h"
#include "models/api/ApiSession.h"
#include "models/api/DncApi.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/jobs/DncExport.h"
#include "models/store/Cache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_WorkspaceDnc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShowsTheClientsAndTheAgencysEntries();
    void teamShowsEveryEntry();
    void pagingCountsWhatTheServerSent();
    void libraryIsTheTeamsWithANote();

private:
    struct Client
    {
        QString id;
        QString teamId;
        QString url; // an entry filed under its team
    };
    Client createClient(const QString &name, const QString &slug);
    std::unique_ptr<ApiSession> sessionIn(const QString &workspaceId, const QString &partition);
    QSet<QString> expectedFor(const QString &workspaceId);
    QSet<QString> loadUrls(ApiSession *session);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    Client m_acme;
    Client m_bluefin;
};

void tst_WorkspaceDnc::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--prospects"),
            QStringLiteral("50"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache")));
    m_acme = createClient(QStringLiteral("Acme DNC"), QStringLiteral("acme-only-person"));
    m_bluefin = createClient(QStringLiteral("Bluefin DNC"), QStringLiteral("bluefin-only-person"));
    QVERIFY(!m_acme.teamId.isEmpty() && !m_bluefin.teamId.isEmpty());
    // An unknown team is refused: the sandbox files only under the team and its clients.
    QCOMPARE(m_sandbox->admin("POST", QStringLiteral("/dnc"),
                 QJsonObject {{QStringLiteral("url"), QStringLiteral("linkedin.com/in/nobody-x")},
                     {QStringLiteral("teamId"), QStringLiteral("not-a-team-of-ours")}}),
        404);
}

tst_WorkspaceDnc::Client tst_WorkspaceDnc::createClient(const QString &name, const QString &slug)
{
    Client c;
    const HttpReply created = m_sandbox->call(
        "POST", QStringLiteral("/workspaces"), QJsonObject {{QStringLiteral("name"), name}});
    if (created.status != 201)
        return c;
    c.id = created.json[QStringLiteral("id")].toString();
    c.url = QStringLiteral("https://linkedin.com/in/%1").arg(slug);
    QJsonObject entry;
    if (m_sandbox->admin("POST", QStringLiteral("/dnc"),
            QJsonObject {{QStringLiteral("url"), c.url},
                {QStringLiteral("teamId"),
                    created.json[QStringLiteral("clientTeamId")].toString()}},
            &entry)
        == 201)
        c.teamId = entry[QStringLiteral("teamId")].toString();
    return c;
}

std::unique_ptr<ApiSession> tst_WorkspaceDnc::sessionIn(
    const QString &workspaceId, const QString &partition)
{
    return sandboxSession(*m_sandbox, m_cache.get(), {partition, workspaceId});
}

// From the sandbox's data: the entries of the workspace's client team, and those of no other
// workspace's client team (the agency's own).
QSet<QString> tst_WorkspaceDnc::expectedFor(const QString &workspaceId)
{
    QString own;
    QSet<QString> others;
    const HttpReply workspaces = m_sandbox->call("GET", QStringLiteral("/workspaces"));
    for (const QJsonValue &w : workspaces.json[QStringLiteral("workspaces")].toArray()) {
        const QString team = w[QStringLiteral("clientTeamId")].toString();
        if (w[QStringLiteral("id")].toString() == workspaceId)
            own = team;
        else
            others.insert(team);
    }
    QSet<QString> urls;
    const HttpReply list = m_sandbox->call("GET", QStringLiteral("/dnc?limit=1000"));
    for (const QJsonValue &e :
        list.json[QStringLiteral("data")][QStringLiteral("entries")].toArray()) {
        const QString team = e[QStringLiteral("teamId")].toString();
        if (workspaceId.isEmpty() || team == own || !others.contains(team))
            urls.insert(e[QStringLiteral("url")].toString());
    }
    return urls;
}

QSet<QString> tst_WorkspaceDnc::loadUrls(ApiSession *session)
{
    DncListModel model(connectionOf(session));
    QSignalSpy loaded(&model, &ServerListModel::loaded);
    model.load();
    if (!loaded.wait(20000))
        return {QStringLiteral("<not loaded>")};
    QSet<QString> urls;
    for (const DncEntry &e : model.entries())
        urls.insert(e.url);
    if (session->cachePartition().workspaceId.isEmpty() ? !model.emptyText().isEmpty()
                                                        : model.emptyText().isEmpty())
        urls.insert(QStringLiteral("<note wrong>"));
    return urls;
}

void tst_WorkspaceDnc::listShowsTheClientsAndTheAgencysEntries()
{
    const auto session = sessionIn(m_acme.id, QStringLiteral("acme"));
    const QSet<QString> shown = loadUrls(session.get());
    QCOMPARE(shown, expectedFor(m_acme.id));
    QVERIFY(shown.contains(m_acme.url));
    QVERIFY(!shown.contains(m_bluefin.url));
    QVERIFY(shown.size() > 1); // the agency's own entries are there too

    // The export of the DNC list follows the same rule.
    const QString file = m_dir.filePath(QStringLiteral("acme-dnc.csv"));
    DncExport job(connectionOf(session.get()));
    std::optional<DncExport::Outcome> finished;
    connect(&job, &DncExport::finished, this, [&](const DncExport::Outcome &o) { finished = o; });
    job.start(file);
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 20000);
    const DncExport::Outcome out = *finished;
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.rows, qint64(expectedFor(m_acme.id).size()));

    const auto other = sessionIn(m_bluefin.id, QStringLiteral("bluefin"));
    const QSet<QString> theirs = loadUrls(other.get());
    QCOMPARE(theirs, expectedFor(m_bluefin.id));
    QVERIFY(theirs.contains(m_bluefin.url));
    QVERIFY(!theirs.contains(m_acme.url));
}

void tst_WorkspaceDnc::teamShowsEveryEntry()
{
    const auto session = sessionIn({}, QStringLiteral("team"));
    const QSet<QString> shown = loadUrls(session.get());
    QCOMPARE(shown, expectedFor({}));
    QVERIFY(shown.contains(m_acme.url) && shown.contains(m_bluefin.url));
}

void tst_WorkspaceDnc::pagingCountsWhatTheServerSent()
{
    // Bluefin's entry is the newest: in Acme a first page of 2 keeps one entry, yet says more
    // follow, and the next page starts after both.
    const auto session = sessionIn(m_acme.id, QStringLiteral("paging"));
    DncListQuery query;
    query.limit = 2;
    bool done = false;
    DncListPage page;
    DncApi(connectionOf(session.get()))
        .list(query, session.get(), [&](const Result<DncListPage> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
            page = r.value;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(page.served, 2);
    QCOMPARE(page.entries.size(), 1);
    QCOMPARE(page.entries.first().url, m_acme.url);
    QVERIFY(page.hasMore());
}

void tst_WorkspaceDnc::libraryIsTheTeamsWithANote()
{
    const int teamProducts
        = int(m_sandbox->call("GET", QStringLiteral("/products")).json.array().size());
    const auto session = sessionIn(m_acme.id, QStringLiteral("library"));
    ProductListModel products(connectionOf(session.get()));
    QSignalSpy loaded(&products, &ServerListModel::loaded);
    products.load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(products.rowCount(), teamProducts);
    QCOMPARE(products.emptyText(), WorkspaceScopeLookup::teamWideNote());

    const auto team = sessionIn({}, QStringLiteral("library-team"));
    ProductListModel all(connectionOf(team.get()));
    QSignalSpy allLoaded(&all, &ServerListModel::loaded);
    all.load();
    QVERIFY(allLoaded.wait(20000));
    QVERIFY(all.emptyText().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkspaceDnc)
#include "tst_workspacednc.moc"
