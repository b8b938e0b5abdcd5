// What every route handler shares: the team's SQLite database, the parsed options, id and clock
// helpers, and the team-level switches (credits, subscription, agents paused by the credit rule).
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <stdexcept>

namespace kakiyo::sandbox {

// Thrown by SandboxState::run on an SQL error; the server answers 500 internal_error.
class SqlFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct SandboxState
{
    QSqlDatabase db; // SQLite (in memory unless --db), foreign keys on
    SandboxOptions options; // parsed command line (profile, delays, seed sizes, ...)
    QString apiKey;
    QString teamId; // first 20 characters of the key
    QString teamName = QStringLiteral("Northwind Growth");
    QString adminToken;

    qint64 credits = 100000; // help-centre profile only
    bool subscriptionActive = true;
    bool agencyPlan = true; // workspaces need it (403 "Not on agency plan" without)
    bool agentsPaused = false; // set when credits ran out and running agents were paused
    qint64 activityEvents = 0; // events --activity applied so far (GET /__admin/state)
    // Deterministic generator for seeding and new ids (seeded from --seed).
    QRandomGenerator rng;

    // A fresh 20-character [0-9a-z] id, unique for the life of the database: the growing prefix
    // is reserved in blocks in sandbox_meta, so a restart on the same --db never reuses one.
    QString newId();
    // Continues the id sequence after the last block a previous run reserved (call after the
    // schema exists).
    void restoreIdSequence();
    QDateTime now() const; // UTC
    QString isoNow() const; // "YYYY-MM-DDTHH:MM:SS.sssZ"
    static QString iso(const QDateTime &time);

    // Prepares and executes sql with positional (?) binds. Throws SqlFailure on error.
    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    // First column of the first row (or an invalid QVariant).
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    bool exists(const QString &sql, const QVariantList &binds = {}) const;
    // Whether a table exists (a core route reading a data area's table checks first).
    bool hasTable(const QString &name) const;
    // Runs fn inside one transaction (seeding speed); rolls back if fn throws.
    void transaction(const std::function<void()> &fn);

    // Sets every running agent to paused (the help-centre credit rule); returns how many changed.
    int pauseRunningAgents();

private:
    void reserveIds();

    quint32 m_idCounter = 0;
    quint32 m_idReserved = 0; // ids up to this prefix may have been handed out
};

} // namespace kakiyo::sandbox
