#include "sandbox/SandboxOptions.h"

#include <QHostAddress>

namespace kakiyo::sandbox {

QString SandboxOptions::profileName(Profile profile)
{
    return profile == Profile::Current ? QStringLiteral("current") : QStringLiteral("help-centre");
}

QString SandboxOptions::usage()
{
    return QStringLiteral(
        "Usage: kakiyo-sandbox [--host 127.0.0.1] [--port N] [--profile help-centre|current]\n"
        "                      [--key KEY] [--admin-token TOKEN] [--seed N] [--agents N]\n"
        "                      [--campaigns N] [--prospects N] [--credits N] [--rate-limit N]\n"
        "                      [--rate-window-ms MS] [--import-delay-ms MS] [--db FILE] "
        "[--quiet]\n"
        "                      [--activity SPEED]\n");
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    SandboxOptions o;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SandboxOptions> {};
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(u"--") && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (name == u"--quiet") {
            o.quiet = true;
            continue;
        }
        if (name == u"--help" || name == u"-h")
            return fail(usage());
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return fail(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        auto number = [&](qint64 min, qint64 max, qint64 *out) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < min || n > max) {
                if (error)
                    *error = QStringLiteral("%1 expects a number between %2 and %3, got \"%4\"")
                                 .arg(name)
                                 .arg(min)
                                 .arg(max)
                                 .arg(value);
                return false;
            }
            *out = n;
            return true;
        };
        qint64 n = 0;
        if (name == u"--host") {
            if (QHostAddress(value).isNull() && value != u"localhost")
                return fail(QStringLiteral("--host expects an IP address, got \"%1\"").arg(value));
            o.host = value == u"localhost" ? QStringLiteral("127.0.0.1") : value;
        } else if (name == u"--port") {
            if (!number(0, 65535, &n))
                return std::nullopt;
            o.port = quint16(n);
        } else if (name == u"--profile") {
            if (value == u"help-centre" || value == u"help-center")
                o.profile = Profile::HelpCentre;
            else if (value == u"current")
                o.profile = Profile::Current;
            else
                return fail(QStringLiteral("--profile expects help-centre or current"));
        } else if (name == u"--key") {
            o.key = value;
        } else if (name == u"--admin-token") {
            if (value.isEmpty())
                return fail(QStringLiteral("--admin-token must not be empty"));
            o.adminToken = value;
        } else if (name == u"--seed") {
            if (!number(0, std::numeric_limits<qint64>::max(), &n))
                return std::nullopt;
            o.seed = quint64(n);
        } else if (name == u"--agents") {
            if (!number(0, 1000, &n))
                return std::nullopt;
            o.agents = int(n);
        } else if (name == u"--campaigns") {
            if (!number(0, 5000, &n))
                return std::nullopt;
            o.campaigns = int(n);
        } else if (name == u"--prospects") {
            if (!number(0, 200000, &n))
                return std::nullopt;
            o.prospects = int(n);
        } else if (name == u"--credits") {
            if (!number(0, std::numeric_limits<qint64>::max(), &n))
                return std::nullopt;
            o.credits = n;
        } else if (name == u"--rate-limit") {
            if (!number(1, 1000000000, &n))
                return std::nullopt;
            o.rateLimit = int(n);
        } else if (name == u"--rate-window-ms") {
            if (!number(1, 86400000, &n))
                return std::nullopt;
            o.rateWindowMs = int(n);
        } else if (name == u"--import-delay-ms") {
            if (!number(0, 600000, &n))
                return std::nullopt;
            o.importDelayMs = int(n);
        } else if (name == u"--activity") {
            if (!number(0, 1000000, &n))
                return std::nullopt;
            o.activity = int(n);
        } else if (name == u"--db") {
            o.db = value;
        } else {
            return fail(QStringLiteral("Unknown option %1\n%2").arg(name, usage()));
        }
    }
    return o;
}

} // namespace kakiyo::sandbox
