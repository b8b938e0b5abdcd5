// Base of the table models that hold one server list (agents, campaigns, products, webhooks, ...):
// the load state every page shows — loading, when the data was produced, whether it came from the
// cache, the last error — and a generation check so a late answer never overwrites a newer one.
// Subclasses issue the request in fetch() and hand the decoded value to the handler that
// completion() makes; they keep their rows and their data()/headerData() themselves.
#pragma once

#include "models/api/ApiCall.h"
#include "models/api/Connection.h"
#include "models/api/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <functional>
#include <utility>

namespace kakiyo {

class Connection;

class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)

public:
    // refresh=false answers from the cache when it can (costs nothing); true asks the server.
    void load(bool refresh = false);
    bool isLoading() const { return m_loading; }
    QDateTime updatedAt() const { return m_updatedAt; }
    bool isFromCache() const { return m_fromCache; }
    QString errorText() const { return m_error; }
    bool hasLoaded() const { return m_updatedAt.isValid(); }
    Connection *connection() const { return m_connection; }
    // How a client workspace chooses this list's rows (WorkspaceScope.h says why for each).
    enum class ScopeRule
    {
        Agents, // the workspace's agents and what they own
        Dnc, // the client team's entries and the agency's own
        TeamWide, // nothing in the data ties the rows to a workspace: the team's list
    };
    // What a page says above this list in a client workspace: why it is empty (its agents own
    // none of it, or it has no agents), or which entries a Dnc/TeamWide list shows — always,
    // so the team's rows are never passed off as the client's. Empty for the team.
    QString emptyText() const;

    int columnCount(const QModelIndex &parent = {}) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

protected:
    ServerListModel(Connection *session, int columns, QObject *parent);
    void setScopeRule(ScopeRule rule) { m_scopeRule = rule; }

    // Sends the list request with `options`; its answer goes to a handler from completion(ticket).
    virtual void fetch(const ReadOptions &options, quint64 ticket) = 0;

    // The handler for one fetch: ignores a stale answer, records an error, or calls `apply` with
    // the value (apply resets or updates the rows) and records when the data was produced.
    template<typename T>
    ResultHandler<T> completion(quint64 ticket, std::function<void(const T &)> apply)
    {
        return [this, ticket, apply = std::move(apply)](const Result<T> &result) {
            if (ticket != m_generation)
                return;
            if (!result.ok()) {
                finishFailed(result.error.userMessage());
                return;
            }
            apply(result.value);
            finishLoaded(result.fetchedAt, result.fromCache);
        };
    }

private:
    void finishFailed(const QString &message);
    void finishLoaded(const QDateTime &fetchedAt, bool fromCache);

    QPointer<Connection> m_connection;
    int m_columns = 0;
    QDateTime m_updatedAt;
    QString m_error;
    bool m_loading = false;
    bool m_fromCache = false;
    quint64 m_generation = 0;
    ScopeRule m_scopeRule = ScopeRule::Agents;
};

} // namespace kakiyo
