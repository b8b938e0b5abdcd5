#include "sandbox/Validator.h"

#include <QRegularExpression>
#include <QUrl>

namespace kakiyo::sandbox {

void Validator::add(const QString &field, const QString &message)
{
    m_details.append(QJsonObject {{"field", field}, {"message", message}});
}

const QJsonValue *Validator::value(const QString &field, Presence presence)
{
    const auto it = m_body.constFind(field);
    if (it == m_body.constEnd() || it->isUndefined()) {
        if (presence == Required)
            add(field, QStringLiteral("The %1 field is required").arg(field));
        return nullptr;
    }
    if (it->isNull()) {
        if (presence == Required)
            add(field, QStringLiteral("The %1 field is required").arg(field));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

std::optional<QString> Validator::string(
    const QString &field, Presence presence, int minLength, int maxLength)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        add(field, QStringLiteral("The %1 field must be a string").arg(field));
        return std::nullopt;
    }
    const QString text = v->toString();
    const QString trimmed = text.trimmed();
    if (presence == Required && trimmed.isEmpty() && minLength <= 1) {
        add(field, QStringLiteral("The %1 field is required").arg(field));
        return std::nullopt;
    }
    if (trimmed.size() < minLength) {
        add(field,
            QStringLiteral("The %1 field must be at least %2 characters")
                .arg(field)
                .arg(minLength));
        return std::nullopt;
    }
    if (maxLength >= 0 && text.size() > maxLength) {
        add(field,
            QStringLiteral("The %1 field must be at most %2 characters").arg(field).arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> Validator::integer(
    const QString &field, Presence presence, qint64 min, qint64 max)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || d != double(qint64(d))) {
        add(field, QStringLiteral("The %1 field must be an integer").arg(field));
        return std::nullopt;
    }
    const qint64 n = qint64(d);
    if (n < min || n > max) {
        add(field,
            QStringLiteral("The %1 field must be between %2 and %3").arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> Validator::boolean(const QString &field, Presence presence)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        add(field, QStringLiteral("The %1 field must be a boolean").arg(field));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> Validator::object(const QString &field, Presence presence)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        add(field, QStringLiteral("The %1 field must be an object").arg(field));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> Validator::array(
    const QString &field, Presence presence, int minItems, int maxItems)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        add(field, QStringLiteral("The %1 field must be an array").arg(field));
        return std::nullopt;
    }
    const QJsonArray a = v->toArray();
    if (a.size() < minItems) {
        add(field,
            QStringLiteral("The %1 field must contain at least %2 item(s)")
                .arg(field)
                .arg(minItems));
        return std::nullopt;
    }
    if (maxItems >= 0 && a.size() > maxItems) {
        add(field,
            QStringLiteral("The %1 field must contain at most %2 items").arg(field).arg(maxItems));
        return std::nullopt;
    }
    return a;
}

std::optional<QString> Validator::oneOf(
    const QString &field, Presence presence, const QStringList &allowed)
{
    const QJsonValue *v = value(field, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString() || !allowed.contains(v->toString())) {
        add(field,
            QStringLiteral("The %1 field must be one of: %2").arg(field, allowed.join(u", ")));
        return std::nullopt;
    }
    return v->toString();
}

bool Validator::isEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

bool Validator::isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty();
}

std::optional<QString> Validator::email(const QString &field, Presence presence)
{
    const auto text = string(field, presence);
    if (!text)
        return std::nullopt;
    if (!isEmail(text->trimmed())) {
        add(field, QStringLiteral("The %1 field must be a valid email address").arg(field));
        return std::nullopt;
    }
    return text->trimmed();
}

std::optional<QString> Validator::url(const QString &field, Presence presence)
{
    const auto text = string(field, presence);
    if (!text)
        return std::nullopt;
    if (!isHttpUrl(text->trimmed())) {
        add(field, QStringLiteral("The %1 field must be a valid http(s) URL").arg(field));
        return std::nullopt;
    }
    return text->trimmed();
}

std::optional<QJsonObject> Validator::stringMap(const QString &field, Presence presence)
{
    auto o = object(field, presence);
    if (!o)
        return std::nullopt;
    for (auto it = o->begin(); it != o->end(); ++it) {
        if (!it.value().isString()) {
            add(field + u'.' + it.key(), QStringLiteral("Variable values must be strings"));
            return std::nullopt;
        }
    }
    return o;
}

void Validator::rejectUnknown(const QStringList &allowed)
{
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (!allowed.contains(it.key()))
            add(it.key(), QStringLiteral("Unknown field %1").arg(it.key()));
    }
}

Response Validator::error() const
{
    QString message = QStringLiteral("Validation failed");
    if (!m_details.isEmpty())
        message = m_details.first().toObject().value("message").toString();
    return Response::error(400, QStringLiteral("validation_error"), message, m_details);
}

} // namespace kakiyo::sandbox
