// Faults the admin API queued for the next N matching requests (status, delay, drop, malformed,
// truncated, omit: a normal answer without one top-level key, e.g. an agent's `usage`), so client
// tests can provoke every failure on purpose.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo::sandbox {

struct Fault
{
    enum class Kind
    {
        Status,
        Delay,
        Drop,
        Malformed,
        Truncated,
        Omit
    };
    QByteArray method; // empty = any
    QString pathPrefix; // matched against the request path without query (with /v1)
    int count = 1;
    Kind kind = Kind::Status;
    int status = 500;
    QJsonObject body;
    bool hasBody = false;
    QJsonObject headers;
    int delayMs = 0;
    QString omitKey; // Omit: the top-level key the answer leaves out

    // Parses the admin JSON; nullopt and *error on bad input.
    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

class FaultPlan
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    const QList<Fault> &faults() const { return m_faults; }
    // The first fault matching the request, consuming one of its uses.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace kakiyo::sandbox
