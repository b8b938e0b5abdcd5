// Checks a JSON request body field by field and collects the documented validation_error
// details[] ({field, message}); a handler asks for each field, then returns error() if !ok().
#pragma once

#include "sandbox/HttpTypes.h"

#include <QStringList>

namespace kakiyo::sandbox {

class Validator
{
public:
    enum Presence
    {
        Optional,
        Required
    };

    explicit Validator(const QJsonObject &body)
        : m_body(body)
    {
    }

    // Each getter returns the value when present and valid; nullopt when absent or invalid
    // (invalid values and missing required fields are recorded as details).
    std::optional<QString> string(
        const QString &field, Presence presence, int minLength = 0, int maxLength = -1);
    std::optional<qint64> integer(const QString &field, Presence presence, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &field, Presence presence);
    std::optional<QJsonObject> object(const QString &field, Presence presence);
    std::optional<QJsonArray> array(
        const QString &field, Presence presence, int minItems = 0, int maxItems = -1);
    std::optional<QString> oneOf(
        const QString &field, Presence presence, const QStringList &allowed);
    std::optional<QString> email(const QString &field, Presence presence);
    std::optional<QString> url(const QString &field, Presence presence);
    // An object whose values must all be strings (campaign variables).
    std::optional<QJsonObject> stringMap(const QString &field, Presence presence);

    // Records a detail for any key not in allowed ("Unknown field").
    void rejectUnknown(const QStringList &allowed);
    void add(const QString &field, const QString &message);

    bool has(const QString &field) const { return m_body.contains(field); }
    bool ok() const { return m_details.isEmpty(); }
    QJsonArray details() const { return m_details; }
    // 400 {"error":"validation_error","message":"<first problem>","details":[...]}
    Response error() const;

    static bool isEmail(const QString &text);
    static bool isHttpUrl(const QString &text);

private:
    const QJsonValue *value(const QString &field, Presence presence);

    QJsonObject m_body;
    QJsonValue m_current;
    QJsonArray m_details;
};

} // namespace kakiyo::sandbox
