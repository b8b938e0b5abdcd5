#include "sandbox/LinkedinUrl.h"

#include <QRegularExpression>

namespace kakiyo::sandbox {

std::optional<QString> LinkedinUrl::normalise(const QString &input)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty() || text.size() > 2048)
        return std::nullopt;
    // A query or fragment never belongs to the profile ("?trk=...", "#experience").
    const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        text.truncate(cut);

    // The short form "in/username" names the profile without any host.
    if (text.startsWith(QStringLiteral("in/")))
        text.prepend(QStringLiteral("linkedin.com/"));
    if (text.startsWith(QStringLiteral("http://")))
        text.remove(0, 7);
    else if (text.startsWith(QStringLiteral("https://")))
        text.remove(0, 8);
    if (text.startsWith(QStringLiteral("www.")))
        text.remove(0, 4);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);

    // Country sub-domains (uk.linkedin.com) point at the same profile.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[a-z]{2}\\.)?linkedin\\.com/in/([^/\\s]+)(?:/[^\\s]*)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString username = match.captured(1);
    // Usernames are letters, digits, hyphens and underscores; non-Latin names arrive
    // percent-encoded or as plain Unicode letters.
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_%.-]{2,200}$"));
    if (!allowed.match(username).hasMatch())
        return std::nullopt;
    return canonicalPrefix() + username;
}

QString LinkedinUrl::slugOf(const QString &canonicalUrl)
{
    if (canonicalUrl.startsWith(canonicalPrefix()))
        return canonicalUrl.mid(canonicalPrefix().size());
    return {};
}

} // namespace kakiyo::sandbox
