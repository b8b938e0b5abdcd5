// `kakiyo-desk export` end to end: the real binary, run with --base-url and KAKIYO_API_KEY (or
// --demo) against a real kakiyo-sandbox, in a throw-away HOME.
#include "common/DeskProcess.h"
#include "common/SandboxProcess.h"
#include "models/import/DncFile.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <algorithm>

using kakiyo::test::HttpReply;
using kakiyo::test::SandboxProcess;

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void prospectTableSpendsOneCallPerPage();
    void listTables_data();
    void listTables();
    void sendersTable();
    void chartPng();
    void helpListsEveryChart();
    void chartEveryFormat_data();
    void chartEveryFormat();
    void funnelCsvEqualsTheApi();
    void report();
    void unknownChartIsUsageAndWritesNothing();
    void wrongKeyFailsAndWritesNothing();
    void dncTableReadsBackAsTheServersList();
    void dncTableMissingFolderWritesNothing();
    void demo();

private:
    using Run = kakiyo::test::DeskRun;
    Run desk(const QStringList &args, const QString &key);
    QString firstCampaign();

    // Three agents: the outreach charts and the senders table ask each agent's details, and a
    // dozen exports share one minute of the per-endpoint limit.
    SandboxProcess m_sandbox {{QStringLiteral("--prospects"), QStringLiteral("250"),
        QStringLiteral("--agents"), QStringLiteral("3")}};
    QTemporaryDir m_home;
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_DESK_BIN"), "KAKIYO_DESK_BIN is not set");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

tst_ExportCommand::Run tst_ExportCommand::desk(const QStringList &args, const QString &key)
{
    return kakiyo::test::runDesk(m_home.path(), args, key);
}

void tst_ExportCommand::prospectTableSpendsOneCallPerPage()
{
    QVERIFY(m_sandbox.resetRequestCounts());
    const QString file = m_home.filePath(QStringLiteral("prospects.csv"));
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--table"), QStringLiteral("prospects"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("-o"), file},
        m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The total comes from the export's own summary; the calls from the server's counter.
    const QRegularExpression summary(QStringLiteral("Wrote (\\d+) prospects \\(of (\\d+)\\)"));
    const QRegularExpressionMatch m = summary.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.constData());
    const qint64 total = m.captured(2).toLongLong();
    QVERIFY(total > 100);
    QCOMPARE(m.captured(1).toLongLong(), total);
    QCOMPARE(
        m_sandbox.requestCount(QStringLiteral("GET /prospects/search")), int((total + 99) / 100));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), total + 1); // header + one row each
    QVERIFY(!r.out.contains(m_sandbox.apiKey().toUtf8()));
    QVERIFY(!r.err.contains(m_sandbox.apiKey().toUtf8()));
}

void tst_ExportCommand::listTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("route");
    QTest::newRow("campaigns") << "campaigns"
                               << "GET /campaigns";
    QTest::newRow("agents") << "agents"
                            << "GET /agents";
}

void tst_ExportCommand::listTables()
{
    QFETCH(QString, table);
    QFETCH(QString, route);
    QVERIFY(m_sandbox.resetRequestCounts());
    const QString file = m_home.filePath(table + QStringLiteral(".csv"));
    const Run r
        = desk({QStringLiteral("export"), QStringLiteral("--base-url"),
                   m_sandbox.baseUrl().toString(), QStringLiteral("--table"), table,
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file},
            m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QRegularExpression summary(QStringLiteral("Wrote (\\d+) "));
    const QRegularExpressionMatch m = summary.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.constData());
    const int rows = m.captured(1).toInt();
    QVERIFY(rows > 0);
    QCOMPARE(m_sandbox.requestCount(route), 1);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.first().startsWith("id,name,status"));
}

void tst_ExportCommand::sendersTable()
{
    // One row per agent, the columns of the page's table, the raw numbers of the API.
    const QString file = m_home.filePath(QStringLiteral("senders.csv"));
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--table"), QStringLiteral("senders"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("-o"), file},
        m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray agents = m_sandbox.call("GET", QStringLiteral("/agents")).json.array();
    QVERIFY(!agents.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 senders").arg(agents.size()).toUtf8()),
        r.out.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const QStringList lines = text.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), agents.size() + 1);
    QVERIFY2(
        lines.first().startsWith(QStringLiteral("Sender,Status,Invited,Accepted,Acceptance rate")),
        qPrintable(lines.first()));
    for (const QJsonValue &agent : agents) {
        const QString id = agent.toObject().value(QStringLiteral("id")).toString();
        const QJsonObject usage = m_sandbox.call("GET", QStringLiteral("/agents/") + id)
                                      .json.object()
                                      .value(QStringLiteral("usage"))
                                      .toObject();
        const QString name = agent.toObject().value(QStringLiteral("name")).toString();
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return line.startsWith(name + u','); });
        QVERIFY2(row != lines.cend(), qPrintable(name));
        const QStringList cells = row->split(u',');
        // Sender, Status, Invited, Accepted, Acceptance rate, Today, 7 days, This month, ...
        QCOMPARE(cells.value(5).toLongLong(),
            usage.value(QStringLiteral("invitationsDaily")).toInteger());
        // The 7 days hold today at least (earlier days come from the snapshots stored so far).
        QVERIFY(cells.value(6).toLongLong() >= cells.value(5).toLongLong());
        QCOMPARE(
            cells.value(7).toLongLong(), usage.value(QStringLiteral("invitations")).toInteger());
    }
}

void tst_ExportCommand::chartPng()
{
    const QString file = m_home.filePath(QStringLiteral("campaigns.png"));
    const Run r
        = desk({QStringLiteral("export"), QStringLiteral("--base-url"),
                   m_sandbox.baseUrl().toString(), QStringLiteral("--chart"),
                   QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("png"),
                   QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("-o"), file},
            m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile png(file);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QImage image(file);
    QCOMPARE(image.width(), 960 * 2);
}

void tst_ExportCommand::helpListsEveryChart()
{
    const Run r = desk({QStringLiteral("export"), QStringLiteral("--help")}, QString());
    QCOMPARE(r.exitCode, 0);
    for (const char *name : {"campaigns", "acceptance", "senders", "heatmap", "activity", "history",
             "daily", "funnel", "qualification", "last7days"})
        QVERIFY2(r.out.contains(QByteArray("  ") + name), name);
}

void tst_ExportCommand::chartEveryFormat_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<bool>("campaign");
    QTest::addColumn<QString>("format");
    for (const char *format : {"png", "svg", "pdf", "csv"}) {
        QTest::addRow("campaigns %s", format) << "campaigns" << false << format;
        QTest::addRow("activity %s", format) << "activity" << false << format;
        QTest::addRow("daily %s", format) << "daily" << true << format;
        QTest::addRow("funnel %s", format) << "funnel" << true << format;
        QTest::addRow("qualification %s", format) << "qualification" << true << format;
        QTest::addRow("last7days %s", format) << "last7days" << true << format;
        QTest::addRow("acceptance %s", format) << "acceptance" << false << format;
        QTest::addRow("heatmap %s", format) << "heatmap" << false << format;
        QTest::addRow("senders %s", format) << "senders" << false << format;
    }
}

void tst_ExportCommand::chartEveryFormat()
{
    QFETCH(QString, chart);
    QFETCH(bool, campaign);
    QFETCH(QString, format);
    const QString file = m_home.filePath(chart + u'.' + format);
    QFile::remove(file);
    QStringList args {QStringLiteral("export"), QStringLiteral("--base-url"),
        m_sandbox.baseUrl().toString(), QStringLiteral("--chart"), chart,
        QStringLiteral("--format"), format, QStringLiteral("-o"), file};
    if (campaign)
        args << QStringLiteral("--campaign") << firstCampaign();
    if (format == QLatin1String("png"))
        args << QStringLiteral("--scale") << QStringLiteral("3");
    const Run r = desk(args, m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    if (format == QLatin1String("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 960 * 3);
    } else if (format == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(bytes.contains("<svg"));
    } else if (format == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(30000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
            qPrintable(pages));
    } else {
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(bytes.count('\n') >= 2); // a header and at least one row
    }
}

void tst_ExportCommand::funnelCsvEqualsTheApi()
{
    const QString id = firstCampaign();
    const auto answer = m_sandbox.call("GET", QStringLiteral("/analytics/campaigns/") + id);
    QCOMPARE(answer.status, 200);
    const QJsonObject buckets
        = answer.object().value(QStringLiteral("statusDistribution")).toObject();
    const QString file = m_home.filePath(QStringLiteral("funnel-check.csv"));
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--chart"), QStringLiteral("funnel"), QStringLiteral("--campaign"), id,
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file},
        m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.takeFirst().trimmed(),
        QByteArray("Stage,Reached stage,In this status now,From previous stage"));
    // Reached = this bucket and every later one, computed here from the API's buckets.
    const QStringList stages {QStringLiteral("pending"), QStringLiteral("contacted"),
        QStringLiteral("responded"), QStringLiteral("qualified"), QStringLiteral("closed")};
    for (int i = 0; i < stages.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
        QCOMPARE(cells.size(), 4);
        qint64 reached = 0;
        for (int j = i; j < stages.size(); ++j)
            reached += buckets.value(stages[j]).toInteger();
        QCOMPARE(cells[1].toLongLong(), reached);
        QCOMPARE(cells[2].toLongLong(), buckets.value(stages[i]).toInteger());
        if (i > 0 && !cells[3].isEmpty())
            QVERIFY2(cells[3].toDouble() <= 100.0, lines.at(i).constData());
    }
}

void tst_ExportCommand::report()
{
    const QString file = m_home.filePath(QStringLiteral("report.pdf"));
    const Run r
        = desk({QStringLiteral("export"), QStringLiteral("--base-url"),
                   m_sandbox.baseUrl().toString(), QStringLiteral("--report"),
                   QStringLiteral("--campaign"), firstCampaign(), QStringLiteral("-o"), file},
            m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QByteArray words = text.readAllStandardOutput();
    for (const char *expected : {"Campaign comparison", "Status funnel", "Last 7 days",
             "Messages per prospect", "Status funnel: reached stage"})
        QVERIFY2(words.contains(expected), expected);
}

QString tst_ExportCommand::firstCampaign()
{
    const auto overview = m_sandbox.call("GET", QStringLiteral("/analytics/overview"));
    return overview.object()
        .value(QStringLiteral("campaigns"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

void tst_ExportCommand::unknownChartIsUsageAndWritesNothing()
{
    const QString file = m_home.filePath(QStringLiteral("nope.png"));
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--chart"), QStringLiteral("nope"), QStringLiteral("--format"),
            QStringLiteral("png"), QStringLiteral("-o"), file},
        m_sandbox.apiKey());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nope"), r.err.constData());
    QVERIFY(!QFileInfo::exists(file));
}

void tst_ExportCommand::wrongKeyFailsAndWritesNothing()
{
    const QString file = m_home.filePath(QStringLiteral("denied.csv"));
    const QString wrong = m_sandbox.teamId() + QStringLiteral("WRONGWRONGWRONGWRONG");
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--table"), QStringLiteral("prospects"), QStringLiteral("-o"), file},
        wrong);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains(wrong.toUtf8()));
    QVERIFY(!QFileInfo::exists(file));
}

void tst_ExportCommand::demo()
{
    const QString file = m_home.filePath(QStringLiteral("demo.svg"));
    const Run r
        = desk({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--chart"),
                   QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("svg"),
                   QStringLiteral("-o"), file},
            QString());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void tst_ExportCommand::dncTableReadsBackAsTheServersList()
{
    // Entries in several spellings; the server stores them canonical.
    QJsonArray entries;
    for (const char *url : {"https://www.linkedin.com/in/Cli-Dnc-One/",
             "linkedin.com/in/cli-dnc-two", "in/cli-dnc-three"})
        entries.append(QJsonObject {{"url", QString::fromLatin1(url)}});
    QCOMPARE(
        m_sandbox.call("POST", QStringLiteral("/dnc/batch"), QJsonObject {{"entries", entries}})
            .status,
        201);
    const HttpReply listed = m_sandbox.call("GET", QStringLiteral("/dnc?limit=1000"));
    QCOMPARE(listed.status, 200);
    QSet<QString> server;
    for (const QJsonValue &e : listed.object().value("data").toObject().value("entries").toArray())
        server.insert(e["url"].toString());
    QVERIFY(server.size() >= 3 && server.size() < 1000);
    QVERIFY(m_sandbox.resetRequestCounts());

    const QString file = m_home.filePath(QStringLiteral("dnc.csv"));
    const Run r
        = desk({QStringLiteral("export"), QStringLiteral("--base-url"),
                   m_sandbox.baseUrl().toString(), QStringLiteral("--table"), QStringLiteral("dnc"),
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file},
            m_sandbox.apiKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(
                 QStringLiteral("Wrote %1 Do Not Contact entries").arg(server.size()).toUtf8()),
        r.out.constData());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET /dnc")), 1); // one short page
    QSet<QString> read;
    QString problem;
    QVERIFY2(kakiyo::DncFile::read(file, &read, &problem), qPrintable(problem));
    QCOMPARE(read, server);
    QVERIFY(read.contains(QStringLiteral("https://linkedin.com/in/cli-dnc-one")));

    // The help names the table.
    const Run help = desk({QStringLiteral("export"), QStringLiteral("--help")}, QString());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--table campaigns|agents|senders|dnc"));
}

void tst_ExportCommand::dncTableMissingFolderWritesNothing()
{
    QVERIFY(m_sandbox.resetRequestCounts());
    const QString file = m_home.filePath(QStringLiteral("missing/dnc.csv"));
    const Run r = desk(
        {QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--table"), QStringLiteral("dnc"), QStringLiteral("-o"), file},
        m_sandbox.apiKey());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("folder does not exist"), r.err.constData());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET /dnc")), 0);
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
