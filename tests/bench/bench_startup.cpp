// Cold start to the first painted main window with a warm cache, against a bare QWidget window
// built the same way (same process set-up, same event loop, same "first paint" signal). Each
// figure is the median of several runs of a fresh child process, so the process start, Qt's
// platform plugin and library loading are all inside the measurement.
//
//   bench_startup            -> runs both variants as child processes and prints the figures
//   bench_startup --child X  -> one run of variant X (desk | bare); prints "painted <ms>"
#include "app/Desk.h"
#include "common/SandboxProcess.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <ctime>

using namespace kakiyo;

namespace {

// Milliseconds since the process started (CLOCK_MONOTONIC minus the process start time is not
// portable; the parent passes its own clock reading instead, see below).
qint64 monotonicMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Reports the first paint of a widget, then quits.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(qint64 startedAtMs)
        : m_startedAt(startedAtMs)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Paint handled after this filter returns; report on the next turn of the loop.
            QTimer::singleShot(0, qApp, [this] {
                QTextStream(stdout) << "painted " << (monotonicMs() - m_startedAt) << "\n";
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_startedAt;
    bool m_done = false;
};

int runChild(int argc, char **argv, const QString &variant, qint64 startedAt,
    const QString &cacheDir, const QUrl &baseUrl, const QString &key)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KakiyoBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench-startup"));
    QStandardPaths::setTestModeEnabled(true);
    Theme::apply(&app, Theme::Scheme::Light);
    FirstPaint probe(startedAt);
    if (variant == QLatin1String("bare")) {
        QWidget w;
        w.resize(1180, 760);
        w.setWindowTitle(QStringLiteral("bare"));
        w.installEventFilter(&probe);
        w.show();
        return QApplication::exec();
    }
    // Where the time goes: each phase's end, from the same clock as "painted".
    const auto phase = [startedAt](const char *name) {
        QTextStream(stdout) << "phase " << name << " " << (monotonicMs() - startedAt) << "\n";
    };
    phase("app");
    Desk desk(LaunchOptions {}, cacheDir);
    desk.start(false);
    phase("window");
    desk.openSession(baseUrl, key, QStringLiteral("Bench"), QStringLiteral("bench"));
    phase("pages");
    // The first page with data: painted once its cached answer is shown.
    Page *overview = desk.window()->page(MainWindow::PageId::Overview);
    desk.window()->resize(1180, 760);
    QObject::connect(overview, &Page::updated, overview, [&] {
        phase("data");
        desk.window()->installEventFilter(&probe);
        desk.window()->update();
    });
    desk.window()->show();
    return QApplication::exec();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

// One child run: "painted" and the phases it printed (name -> ms).
struct Run
{
    qint64 painted = -1;
    QMap<QString, qint64> phases;
};

Run runOnce(const QString &self, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    const qint64 started = monotonicMs();
    p.start(self, QStringList(args) << QStringLiteral("--started") << QString::number(started));
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2 && words.at(0) == "painted")
            run.painted = words.at(1).toLongLong();
        else if (words.size() == 3 && words.at(0) == "phase")
            run.phases.insert(QString::fromLatin1(words.at(1)), words.at(2).toLongLong());
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto value = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    if (args.contains(QStringLiteral("--child"))) {
        return runChild(argc, argv, value(QStringLiteral("--child")),
            value(QStringLiteral("--started")).toLongLong(), value(QStringLiteral("--cache")),
            QUrl(value(QStringLiteral("--base-url"))), qEnvironmentVariable("BENCH_KEY"));
    }

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    kakiyo::test::SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("7"),
        QStringLiteral("--prospects"), QStringLiteral("2000"), QStringLiteral("--quiet")});
    if (!sandbox.start()) {
        out << "bench_startup: sandbox did not start: " << sandbox.errorString() << "\n";
        return 1;
    }
    QTemporaryDir cache;
    // The key travels through the environment, never argv.
    qputenv("BENCH_KEY", sandbox.apiKey().toUtf8());
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList deskArgs {QStringLiteral("--child"), QStringLiteral("desk"),
        QStringLiteral("--cache"), cache.path(), QStringLiteral("--base-url"),
        sandbox.baseUrl().toString()};
    // Warm the cache: one run that fetches and stores the overview's answers.
    runOnce(self, deskArgs);
    sandbox.resetRequestCounts();

    constexpr int runs = 11;
    QList<qint64> desk;
    QList<qint64> bare;
    QMap<QString, QList<qint64>> phases;
    for (int i = 0; i < runs; ++i) { // interleaved, so machine load hits both alike
        const Run d = runOnce(self, deskArgs);
        desk << d.painted;
        for (auto it = d.phases.cbegin(); it != d.phases.cend(); ++it)
            phases[it.key()] << it.value();
        bare << runOnce(self, {QStringLiteral("--child"), QStringLiteral("bare")}).painted;
    }
    const qint64 d = median(desk);
    const qint64 b = median(bare);
    const int calls = sandbox.requestCounts().value(QLatin1String("total")).toInt();
    out << "bench_startup: cold start to first painted window (median of " << runs
        << " runs, offscreen)\n";
    out << "  bare QWidget window:                 " << b << " ms\n";
    out << "  Kakiyo Desk main window, warm cache: " << d
        << " ms  (API calls during the runs: " << calls << ")\n";
    out << "  desk phases (median ms since launch): application " << median(phases.value("app"))
        << " · window built " << median(phases.value("window")) << " · pages built "
        << median(phases.value("pages")) << " · cached data shown " << median(phases.value("data"))
        << " · painted " << d << "\n";
    out << "  ratio desk / bare:                   "
        << (b > 0 ? QString::number(double(d) / double(b), 'f', 2) : QStringLiteral("n/a")) << "\n";
    return d > 0 && b > 0 ? 0 : 1;
}
