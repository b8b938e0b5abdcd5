// kakiyo-sandbox: the Kakiyo API on loopback (see COMMON.md for the command line). Prints one JSON
// line with port, URLs, key and admin token on stdout, then logs requests to stderr.
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"
#include "sandbox/TeamActivity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace kakiyo::sandbox;

namespace {

QString randomText(int length, const char *alphabet, int alphabetSize)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    return text;
}

// SIGTERM/SIGINT end the event loop through a socket pair: a signal handler may only write(2).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakiyo-sandbox"));
    quitOnSignals(app);

    QString error;
    const auto options = SandboxOptions::parse(app.arguments().mid(1), &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    SandboxState state;
    state.options = *options;
    state.rng.seed(quint32(options->seed ^ (options->seed >> 32)));
    state.credits = options->credits;
    static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    if (options->key.isEmpty()) {
        // The team id part is lower-case like real ids; the secret part is mixed.
        state.apiKey = randomText(20, "0123456789abcdefghijklmnopqrstuvwxyz", 36)
            + randomText(20, alnum, 62);
    } else {
        static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9]{40}$"));
        if (!keyShape.match(options->key).hasMatch()) {
            std::fprintf(
                stderr, "--key must be 40 letters or digits (20-char team id + 20-char secret)\n");
            return 2;
        }
        state.apiKey = options->key;
    }
    state.teamId = state.apiKey.left(20);
    state.adminToken = options->adminToken.isEmpty() ? randomText(32, "0123456789abcdef", 16)
                                                     : options->adminToken;

    state.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sandbox"));
    state.db.setDatabaseName(options->db.isEmpty() ? QStringLiteral(":memory:") : options->db);
    if (!state.db.open()) {
        std::fprintf(stderr, "Cannot open database: %s\n", qPrintable(state.db.lastError().text()));
        return 1;
    }

    SandboxServer server(state);
    try {
        state.run(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!options->db.isEmpty())
            state.run(QStringLiteral("PRAGMA journal_mode = WAL"));
        server.prepare();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "Start-up failed: %s\n", e.what());
        return 1;
    }
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const QString root = QStringLiteral("http://%1:%2").arg(options->host).arg(server.port());
    const QJsonObject hello {{"port", server.port()}, {"baseUrl", root + QStringLiteral("/v1")},
        {"adminUrl", root + QStringLiteral("/__admin")}, {"apiKey", state.apiKey},
        {"teamId", state.teamId}, {"adminToken", state.adminToken},
        {"profile", options->profileName()}};
    const QByteArray line = QJsonDocument(hello).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    TeamActivity activity(state, options->activity);
    activity.start();
    const int rc = app.exec();
    return rc;
}
