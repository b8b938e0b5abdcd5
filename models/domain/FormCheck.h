// FormCheck: collects client-side validation failures of one request body, so every encoder
// checks the contract's constraints the same way and a bad form fails before it costs a call.
#pragma once

#include "models/domain/FieldError.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace kakiyo {

class FormCheck
{
public:
    explicit FormCheck(QString prefix = {})
        : m_prefix(std::move(prefix))
    {
    }

    const FieldErrors &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }
    QString fieldName(const QString &field) const;

    void add(const QString &field, const QString &message);
    void merge(const FieldErrors &errors);

    // Each returns true when the value passed, so callers can chain dependent checks.
    bool required(const QString &field, const QString &value);
    bool length(const QString &field, const QString &value, int min, int max);
    bool range(const QString &field, qint64 value, qint64 min, qint64 max);
    bool oneOf(const QString &field, const QString &value, const QStringList &allowed);
    bool email(const QString &field, const QString &value);
    bool url(const QString &field, const QString &value, bool httpsOnly = false);
    bool linkedInProfileUrl(const QString &field, const QString &value);
    bool count(const QString &field, qsizetype n, qsizetype min, qsizetype max);

    static bool isEmail(const QString &value);
    static bool isHttpUrl(const QString &value, bool httpsOnly = false);
    static bool isLinkedInProfileUrl(const QString &value);

private:
    QString m_prefix;
    FieldErrors m_errors;
};

// The request's body plus what is wrong with it; send only when `errors` is empty.
struct Encoded
{
    QJsonObject body;
    FieldErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

// A GET request's query plus what is wrong with it.
struct EncodedQuery
{
    QUrlQuery query;
    FieldErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

// Adds a free-text query value percent-encoded, so '&', '+', '#' and '%' in user input arrive
// as typed.
inline void addQueryValue(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
}

// The API key shape the help centre documents: 40 characters (20-char team id + 20-char secret).
FieldErrors validateApiKeyFormat(const QString &key);

} // namespace kakiyo
