#include "models/store/ApiKey.h"

#include <QCoreApplication>
#include <QDebug>
#include <algorithm>

namespace kakiyo {

namespace {

bool isKeyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kakiyo::ApiKey", text);
}

} // namespace

ApiKey::ApiKey(const QString &text)
    : m_text(text)
{
}

ApiKey ApiKey::fromUserInput(const QString &text)
{
    return ApiKey(text.trimmed());
}

bool ApiKey::isWellFormed(const QString &text)
{
    return text.size() == Length && std::all_of(text.cbegin(), text.cend(), isKeyCharacter);
}

bool ApiKey::isWellFormed() const
{
    return isWellFormed(m_text);
}

QString ApiKey::problem() const
{
    if (m_text.isEmpty())
        return tr("Enter an API key.");
    if (std::any_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return c.isSpace(); }))
        return tr("An API key has no spaces or line breaks.");
    if (!std::all_of(m_text.cbegin(), m_text.cend(), isKeyCharacter))
        return tr("An API key has only letters and digits.");
    if (m_text.size() != Length) {
        return tr("An API key has %1 characters; this one has %2.").arg(Length).arg(m_text.size());
    }
    return {};
}

QString ApiKey::teamIdPart() const
{
    return isWellFormed() ? m_text.left(TeamIdLength) : QString();
}

QString ApiKey::redacted() const
{
    const QChar ellipsis(0x2026);
    if (m_text.isEmpty())
        return {};
    if (!isWellFormed())
        return QString(ellipsis); // don't show parts of something that may be another secret
    return m_text.left(4) + ellipsis + m_text.right(4);
}

QDebug operator<<(QDebug debug, const ApiKey &key)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiKey(" << key.redacted() << ')';
    return debug;
}

} // namespace kakiyo
