#include "models/ConversationModel.h"

#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/domain/ProspectRequests.h"

namespace kakiyo {

ConversationModel::ConversationModel(Connection *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(session)
    , m_api(std::make_unique<ProspectsApi>(session))
    , m_owner(new QObject(this))
{
}

ConversationModel::~ConversationModel() = default;

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_details.messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_details.messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case RoleNameRole:
        return m.roleName;
    case FromAgentRole:
        return m.role == Message::Role::Assistant;
    case DateRole:
        return m.date;
    case Qt::ToolTipRole:
        return m.date.isValid() ? m.date.toLocalTime().toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoleNameRole, "role");
    names.insert(FromAgentRole, "fromAgent");
    names.insert(DateRole, "date");
    names.insert(ContentRole, "content");
    return names;
}

QString ConversationModel::actionName(Action action)
{
    switch (action) {
    case Action::Load:
        return tr("Load");
    case Action::Pause:
        return tr("Pause");
    case Action::Resume:
        return tr("Resume");
    case Action::Qualify:
        return tr("Qualify");
    case Action::SaveCustomData:
        return tr("Save custom data");
    case Action::Delete:
        return tr("Delete");
    }
    return {};
}

void ConversationModel::clear()
{
    delete m_owner;
    m_owner = new QObject(this);
    beginResetModel();
    m_chatId.clear();
    m_details = {};
    m_loaded = false;
    m_error.clear();
    endResetModel();
    setBusy(false);
}

void ConversationModel::load(const QString &chatId, bool fromServer)
{
    if (chatId.isEmpty()) {
        clear();
        return;
    }
    if (chatId != m_chatId) {
        clear();
        m_chatId = chatId;
    }
    setBusy(true);
    ReadOptions options;
    options.cache = fromServer ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    m_api->details(
        chatId, m_owner,
        [this, chatId](const Result<ChatDetails> &r) {
            if (chatId != m_chatId)
                return;
            setBusy(false);
            if (!r.ok()) {
                m_error = r.error.userMessage();
                emit actionFinished(Action::Load, false, m_error);
                return;
            }
            beginResetModel();
            m_details = r.value;
            if (m_details.id.isEmpty())
                m_details.id = chatId;
            m_loaded = true;
            m_error.clear();
            endResetModel();
            emit loaded();
        },
        options);
}

void ConversationModel::afterWrite(Action action, bool ok, const QString &message)
{
    setBusy(false);
    emit actionFinished(action, ok, message);
    if (ok)
        reload();
}

void ConversationModel::pause()
{
    if (m_chatId.isEmpty())
        return;
    setBusy(true);
    m_api->pause(m_chatId, m_owner, [this](const Result<Ack> &r) {
        afterWrite(Action::Pause, r.ok(),
            r.ok() ? (r.value.message.isEmpty() ? tr("Paused") : r.value.message)
                   : r.error.userMessage());
    });
}

void ConversationModel::resume()
{
    if (m_chatId.isEmpty())
        return;
    setBusy(true);
    m_api->resume(m_chatId, m_owner, [this](const Result<Ack> &r) {
        afterWrite(Action::Resume, r.ok(),
            r.ok() ? (r.value.message.isEmpty() ? tr("Resumed") : r.value.message)
                   : r.error.userMessage());
    });
}

void ConversationModel::qualify()
{
    if (m_chatId.isEmpty())
        return;
    setBusy(true);
    m_api->qualify(m_chatId, m_owner, [this](const Result<Ack> &r) {
        afterWrite(Action::Qualify, r.ok(),
            r.ok() ? (r.value.message.isEmpty() ? tr("Qualified") : r.value.message)
                   : r.error.userMessage());
    });
}

void ConversationModel::saveCustomData(const QString &text)
{
    if (m_chatId.isEmpty())
        return;
    if (text.size() > kMaxCustomDataChars) {
        emit actionFinished(Action::SaveCustomData, false,
            tr("Custom data is limited to %1 characters (this is %2).")
                .arg(kMaxCustomDataChars)
                .arg(text.size()));
        return;
    }
    setBusy(true);
    CustomDataUpdate update;
    update.customData = text;
    m_api->updateCustomData(m_chatId, update, m_owner, [this](const Result<CustomDataResult> &r) {
        afterWrite(Action::SaveCustomData, r.ok(),
            r.ok() ? tr("Custom data saved") : r.error.userMessage());
    });
}

void ConversationModel::remove()
{
    const QString prospectId = m_details.prospect.id;
    if (prospectId.isEmpty()) {
        emit actionFinished(Action::Delete, false, tr("This conversation names no prospect id."));
        return;
    }
    setBusy(true);
    const QString chatId = m_chatId;
    m_api->remove(prospectId, m_owner, [this, chatId](const Result<DeletionResult> &r) {
        setBusy(false);
        if (!r.ok()) {
            QString message = r.error.userMessage();
            if (r.error.category == ApiError::Category::Conflict
                || r.error.category == ApiError::Category::Validation)
                message = tr("The API refuses to delete a prospect whose conversation is still "
                             "active. Pause it first, or wait until it ends. (%1)")
                              .arg(message);
            emit actionFinished(Action::Delete, false, message);
            return;
        }
        emit actionFinished(Action::Delete, true,
            r.value.message.isEmpty() ? tr("Prospect deleted") : r.value.message);
        emit removed(chatId);
        clear();
    });
}

void ConversationModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace kakiyo
