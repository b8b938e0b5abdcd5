// The local kakiyo-sandbox behind `kakiyo-desk --demo`: started as a child process on a free
// port with a seeded team, read for its address and key (from its first stdout line, never from
// argv), and stopped when the app goes away — by destructor on a normal exit or exception, and by
// the kernel (PR_SET_PDEATHSIG) if the app is killed or crashes.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace kakiyo {

// What the sandbox announces on its first stdout line.
struct DemoConnection
{
    int port = 0;
    QUrl baseUrl;
    QUrl adminUrl;
    QString apiKey;
    QString adminToken;
    QString teamId;
    QString profile;

    // Parses the announcement line; on failure returns false and says why in *error.
    static bool fromJsonLine(const QByteArray &line, DemoConnection *out, QString *error);
};

class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // kakiyo-sandbox beside our own executable, else on PATH; empty when neither exists.
    static QString findProgram();
    // --port 0 --seed 7 --prospects 5000 --import-delay-ms 150 --quiet
    static QStringList defaultArguments();

    void start(const QString &program, const QStringList &arguments = defaultArguments());
    // Runs a local event loop until ready or failed (used by the CLI path and tests).
    bool waitUntilReady(int timeoutMs = 30000);
    void stop();

    bool isReady() const { return m_ready; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    const DemoConnection &connection() const { return m_connection; }
    QString errorString() const { return m_error; }

signals:
    void ready();
    void failed(const QString &message);
    // The sandbox went away after it was ready (crash or killed from outside).
    void lost(const QString &message);

private:
    void readAnnouncement();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_stdout;
    DemoConnection m_connection;
    QString m_error;
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace kakiyo
