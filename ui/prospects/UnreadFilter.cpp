#include "ui/prospects/UnreadFilter.h"

#include "models/ProspectSearchModel.h"
#include "models/api/ProspectsApi.h"
#include "ui/prospects/TablePlace.h"

#include <QSet>
#include <QToolButton>

namespace kakiyo {

UnreadFilter::UnreadFilter(
    Connection *connection, ProspectSearchModel *model, TablePlace *place, QWidget *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(model)
    , m_place(place)
    , m_button(new QToolButton(parent))
{
    m_button->setObjectName(QStringLiteral("unreadFilter"));
    m_button->setCheckable(true);
    m_button->setToolTip(tr("Show only the conversations with a reply you have not read yet"));
    connect(m_button, &QToolButton::toggled, this, &UnreadFilter::setActive);
    updateButton();
}

void UnreadFilter::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    {
        const QSignalBlocker block(m_button);
        m_button->setChecked(on);
    }
    ++m_ticket; // an answer on its way for the other state is of no use
    if (!on) {
        m_shown.clear();
        emit left();
        return;
    }
    m_shown = m_unread;
    reload();
}

void UnreadFilter::setUnreadChats(const QStringList &chats)
{
    m_unread = chats;
    m_model->setUnreadChats(QSet<QString>(chats.cbegin(), chats.cend()));
    updateButton();
    if (!m_active)
        return;
    bool joined = false;
    for (const QString &chat : chats) {
        if (!m_shown.contains(chat)) {
            m_shown.append(chat);
            joined = true;
        }
    }
    if (joined)
        reload();
}

void UnreadFilter::reload(bool fromServer)
{
    if (!m_active)
        return;
    // The live refresh's own question (TeamRefresh): the team's 100 most recent conversations,
    // newest first, which is where every unread one was seen; answered by its cached answer. In a
    // client workspace too (the refresh asks the whole team there): only the shown chats, which
    // are the workspace's, are kept.
    ProspectSearchQuery recent;
    recent.limit = ProspectSearchModel::kPageSize;
    ReadOptions options;
    options.wholeTeam = true;
    options.cache = fromServer ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    const quint64 ticket = ++m_ticket;
    ProspectsApi(m_connection)
        .search(
            recent, this,
            [this, ticket](const Result<SearchPage> &r) {
                if (ticket != m_ticket || !m_active)
                    return;
                QList<ProspectSearchItem> rows;
                if (r.ok()) {
                    const QSet<QString> shown(m_shown.cbegin(), m_shown.cend());
                    for (const ProspectSearchItem &item : r.value.items) {
                        if (shown.contains(item.chatId))
                            rows.append(item);
                    }
                }
                m_place->keep();
                m_model->showItems(rows);
                m_place->restore();
                m_place->forget();
            },
            options);
}

void UnreadFilter::updateButton()
{
    m_button->setText(m_unread.isEmpty() ? tr("Unread") : tr("Unread (%1)").arg(m_unread.size()));
    m_button->setAccessibleName(tr("%n unread conversation(s)", nullptr, int(m_unread.size())));
}

} // namespace kakiyo
