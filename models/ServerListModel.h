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
#include <QSet>
#include <QStringList>
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

    // Makes `rows` equal to `fresh` the way a view can follow: rows gone are removed, new ones
    // inserted, moved ones moved, and only the cells whose text changed are reported — never a
    // reset, so the selection, the current row and the scroll position stay where the user left
    // them when a list is loaded again. `key` gives a row's identity (an id).
    template<typename T, typename Key>
    void mergeRows(QList<T> &rows, const QList<T> &fresh, Key key)
    {
        QSet<QString> keep;
        for (const T &f : fresh)
            keep.insert(key(f));
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!keep.contains(key(rows.at(i)))) {
                beginRemoveRows({}, int(i), int(i));
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const QString id = key(fresh.at(i));
            qsizetype at = -1;
            for (qsizetype j = i; j < rows.size(); ++j) {
                if (key(rows.at(j)) == id) {
                    at = j;
                    break;
                }
            }
            if (at < 0) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, fresh.at(i));
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, int(at), int(at), {}, int(i));
                rows.move(at, i);
                endMoveRows();
            }
            const QStringList before = rowTexts(int(i));
            rows[i] = fresh.at(i);
            reportChangedCells(int(i), before);
        }
    }

private:
    QStringList rowTexts(int row) const; // every column's text and tooltip
    void reportChangedCells(int row, const QStringList &before);
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
