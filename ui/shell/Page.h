// Base of every page in the main window's stack: a header with the title, how old the shown data
// is ("updated 4 min ago"), a busy hint and a refresh button, above the page's own content.
// Pages show cached data at once and refresh only when asked (F5, the button, or a write).
#pragma once

#include <QDateTime>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace kakiyo {

class ServerListModel;

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(const QString &title, QWidget *parent = nullptr);
    ~Page() override;

    QString title() const { return m_titleText; }
    // Asks the server again (interactive priority). Default: nothing to refresh.
    virtual void refresh() { }
    // Fresh answers arrived without the user asking (the live desk's auto-refresh stored them in
    // the cache): show what changed in place — no reset, the selection, the current row, the
    // scroll position and an open details pane stay. Default: nothing to update.
    virtual void refreshInPlace() { }
    // Called when the page becomes visible; loads from cache first if never loaded.
    virtual void activate() { }
    // The window is about to close: a page holding unsaved work asks the user and returns false
    // to keep the window open. Default: nothing to lose.
    virtual bool confirmClose() { return true; }

    QDateTime updatedAt() const { return m_updatedAt; }
    bool isBusy() const { return m_busy; }
    QString ageText() const;
    // The note above the content saying why a client workspace leaves the page empty.
    QString scopeNote() const;

signals:
    void busyChanged(bool busy);
    // The page wants to be the one shown (one of its palette commands ran while another page was
    // in front). The window connects it: pages never know the window.
    void showRequested();
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    // Where subclasses put their widgets.
    QVBoxLayout *body() const { return m_body; }
    // Room in the header for page actions (view toggles, "New campaign", ...).
    QHBoxLayout *headerActions() const { return m_actions; }
    void setUpdatedAt(const QDateTime &when);
    void setBusy(bool busy);
    void setRefreshable(bool refreshable);
    // Mirrors a list model's load state in the header: busy while it loads, its data's age after.
    void trackModel(ServerListModel *model);
    // Shows (or, with an empty text, hides) the workspace note above the page's content.
    void setScopeNote(const QString &text);

private:
    void updateAgeLabel();

    QString m_titleText;
    QLabel *m_title = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_scopeNote = nullptr;
    QToolButton *m_refresh = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QVBoxLayout *m_body = nullptr;
    QDateTime m_updatedAt;
    bool m_busy = false;
};

} // namespace kakiyo
