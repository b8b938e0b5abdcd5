// Runs the real kakiyo-desk binary (KAKIYO_DESK_BIN) for a command-line test, in a throw-away
// HOME (config, cache and data below it), with the API key in the environment for that run only
// (none when `key` is empty: any inherited one is removed). Waits up to 90 s; a run that does not
// end is killed and reported with exit code -1, a crash with -2.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kakiyo::test {

struct DeskRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline DeskRun runDesk(const QString &home, const QStringList &args, const QString &key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral(".local/share")));
    env.remove(QStringLiteral("KAKIYO_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("KAKIYO_API_KEY"), key);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("KAKIYO_DESK_BIN"), args);
    DeskRun r;
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace kakiyo::test
