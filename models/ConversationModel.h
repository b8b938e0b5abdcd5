// ConversationModel: one conversation (GET /prospects/{chatId}) — its messages as list rows for
// the chat view, plus the details around them (prospect card, campaign, status, qualification,
// paused, custom data) and the actions the API allows on it: pause, resume, qualify, save custom
// data (≤ 3,000 characters) and delete. After a write the conversation is read again.
#pragma once

#include "models/domain/ChatDetails.h"

#include <QAbstractListModel>
#include <memory>

namespace kakiyo {

class Connection;
class ProspectsApi;

class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role
    {
        RoleNameRole = Qt::UserRole + 1, // "assistant" | "user" | as sent
        FromAgentRole, // true for our agent's messages
        DateRole, // QDateTime (UTC)
        ContentRole,
    };

    enum class Action
    {
        Load,
        Pause,
        Resume,
        Qualify,
        SaveCustomData,
        Delete
    };

    explicit ConversationModel(Connection *session, QObject *parent = nullptr);
    ~ConversationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the conversation (cache first unless `fromServer`); an empty id clears the model.
    void load(const QString &chatId, bool fromServer = false);
    void reload() { load(m_chatId, true); }
    void clear();

    QString chatId() const { return m_chatId; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    const ChatDetails &details() const { return m_details; }
    QString errorMessage() const { return m_error; }

    void pause();
    void resume();
    void qualify();
    // Refused locally (no call) above kMaxCustomDataChars.
    void saveCustomData(const QString &text);
    // Deletes the prospect (by prospect id). The API refuses while the conversation is active.
    void remove();

    static QString actionName(Action action);

signals:
    void loaded();
    void busyChanged(bool busy);
    // ok false: `message` says why (user-facing).
    void actionFinished(kakiyo::ConversationModel::Action action, bool ok, const QString &message);
    void removed(const QString &chatId);

private:
    void setBusy(bool busy);
    void afterWrite(Action action, bool ok, const QString &message);

    Connection *m_connection;
    std::unique_ptr<ProspectsApi> m_api;
    QObject *m_owner = nullptr;
    QString m_chatId;
    ChatDetails m_details;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_error;
};

} // namespace kakiyo
