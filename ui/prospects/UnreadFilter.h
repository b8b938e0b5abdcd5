// "Unread (N)" on the Prospects page: a toggle that shows only the conversations with a reply the
// user has not read yet, newest first, and says how many there are. The unread state is the live
// desk's (UnreadTracker, fed by each refresh's 100 most recent conversations); the rows come from
// that same search's cached answer, so switching costs no call after a refresh. A conversation
// read while the toggle is on stays in the list (no longer bold) until the toggle goes off; one
// that becomes unread joins it.
#pragma once

#include <QObject>
#include <QStringList>

class QToolButton;
class QWidget;

namespace kakiyo {

class Connection;
class ProspectSearchModel;
class TablePlace;

class UnreadFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnreadFilter)

public:
    UnreadFilter(
        Connection *connection, ProspectSearchModel *model, TablePlace *place, QWidget *parent);

    QToolButton *button() const { return m_button; }
    bool isActive() const { return m_active; }
    void setActive(bool on); // off emits left() so the page shows its filter again
    void setUnreadChats(const QStringList &chats); // most recent reply first
    int count() const { return int(m_unread.size()); }
    // Shows the list again (fromServer: asks instead of taking the cached answer).
    void reload(bool fromServer = false);

signals:
    void left();

private:
    void updateButton();

    Connection *m_connection;
    ProspectSearchModel *m_model;
    TablePlace *m_place;
    QToolButton *m_button;
    QStringList m_unread;
    QStringList m_shown; // the chats the list holds while the toggle is on
    bool m_active = false;
    quint64 m_ticket = 0;
};

} // namespace kakiyo
