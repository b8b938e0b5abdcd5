#include "models/domain/FormCheck.h"

#include <QRegularExpression>
#include <QUrl>

namespace kakiyo {

QString FormCheck::fieldName(const QString &field) const
{
    if (m_prefix.isEmpty())
        return field;
    if (field.isEmpty() || field.startsWith(QLatin1Char('[')))
        return m_prefix + field;
    return m_prefix + QLatin1Char('.') + field;
}

void FormCheck::add(const QString &field, const QString &message)
{
    m_errors.append({fieldName(field), message});
}

void FormCheck::merge(const FieldErrors &errors)
{
    for (const FieldError &e : errors)
        m_errors.append({fieldName(e.field), e.message});
}

bool FormCheck::required(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        add(field, QStringLiteral("is required"));
        return false;
    }
    return true;
}

bool FormCheck::length(const QString &field, const QString &value, int min, int max)
{
    if (value.size() < min) {
        add(field,
            min <= 1 ? QStringLiteral("is required")
                     : QStringLiteral("must be at least %1 characters").arg(min));
        return false;
    }
    if (max > 0 && value.size() > max) {
        add(field, QStringLiteral("must be at most %1 characters").arg(max));
        return false;
    }
    return true;
}

bool FormCheck::range(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value < min || value > max) {
        add(field, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return false;
    }
    return true;
}

bool FormCheck::oneOf(const QString &field, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(value)) {
        add(field, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

bool FormCheck::isEmail(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return value.size() <= 254 && re.match(value).hasMatch();
}

bool FormCheck::email(const QString &field, const QString &value)
{
    if (!required(field, value))
        return false;
    if (!isEmail(value)) {
        add(field, QStringLiteral("must be an email address"));
        return false;
    }
    return true;
}

bool FormCheck::isHttpUrl(const QString &value, bool httpsOnly)
{
    const QUrl u(value, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    const QString scheme = u.scheme().toLower();
    return httpsOnly ? scheme == QLatin1String("https")
                     : (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

bool FormCheck::url(const QString &field, const QString &value, bool httpsOnly)
{
    if (!required(field, value))
        return false;
    if (!isHttpUrl(value, httpsOnly)) {
        add(field,
            httpsOnly ? QStringLiteral("must be an https:// URL")
                      : QStringLiteral("must be an http(s):// URL"));
        return false;
    }
    return true;
}

bool FormCheck::isLinkedInProfileUrl(const QString &value)
{
    // The forms the DNC rules accept: with or without scheme and www, trailing slash allowed.
    static const QRegularExpression re(
        QStringLiteral(R"(^(https?://)?(www\.)?linkedin\.com/in/[^/?#\s]+/?([?#].*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return value.size() <= 2000 && re.match(value.trimmed()).hasMatch();
}

bool FormCheck::linkedInProfileUrl(const QString &field, const QString &value)
{
    if (!required(field, value))
        return false;
    if (!isLinkedInProfileUrl(value)) {
        add(field, QStringLiteral("must be a LinkedIn profile URL (linkedin.com/in/…)"));
        return false;
    }
    return true;
}

bool FormCheck::count(const QString &field, qsizetype n, qsizetype min, qsizetype max)
{
    if (n < min) {
        add(field,
            min == 1 ? QStringLiteral("needs at least one item")
                     : QStringLiteral("needs at least %1 items").arg(min));
        return false;
    }
    if (max > 0 && n > max) {
        add(field, QStringLiteral("allows at most %1 items").arg(max));
        return false;
    }
    return true;
}

FieldErrors validateApiKeyFormat(const QString &key)
{
    // Only the length is documented; printable ASCII without spaces is all we can safely demand.
    static const QRegularExpression re(QStringLiteral("^[\\x21-\\x7e]{40}$"));
    if (key.isEmpty())
        return {{QStringLiteral("apiKey"), QStringLiteral("is required")}};
    if (key.size() != 40)
        return {{QStringLiteral("apiKey"),
            QStringLiteral("must be 40 characters (it has %1)").arg(key.size())}};
    if (!re.match(key).hasMatch())
        return {{QStringLiteral("apiKey"),
            QStringLiteral("must not contain spaces or special characters")}};
    return {};
}

} // namespace kakiyo
