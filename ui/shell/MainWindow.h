// The application window: a sidebar of the nine areas (with a header for the workspace switcher),
// the page stack, the banner area above it and the status bar below. It knows nothing about the
// network; the composition root (app/) installs the real pages and feeds banners and the status
// bar from the client core. A CSV/TSV/TXT file dropped on the window is announced by csvDropped.
#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QMimeData;
class QVBoxLayout;
class QListWidget;
class QStackedWidget;

namespace kakiyo {

class BannerArea;
class CommandPalette;
class DeskStatusBar;
class Page;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class PageId
    {
        Overview,
        Agents,
        Campaigns,
        Prospects,
        Analytics,
        Library,
        Webhooks,
        Dnc,
        Workspaces
    };
    static constexpr int kPageCount = 9;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the page (the window takes ownership; the old one is deleted).
    void setPage(PageId id, Page *page);
    Page *page(PageId id) const;
    Page *currentPage() const;
    PageId currentPageId() const { return m_current; }
    void goTo(PageId id);

    // The welcome page replaces the sidebar and pages while no profile exists.
    void showWelcome(bool show);
    bool isWelcomeShown() const { return m_welcomeShown; }
    WelcomePage *welcomePage() const { return m_welcome; }

    BannerArea *banners() const { return m_banners; }
    DeskStatusBar *deskStatusBar() const { return m_status; }
    CommandPalette *commandPalette() const { return m_palette; }

    // Adds an action to the command palette (and the window, so its shortcut works).
    void addCommand(QAction *action);
    QList<QAction *> commands() const { return m_commands; }
    QAction *command(const QString &objectName) const;

    static QList<PageId> allPages();
    static QString pageKey(PageId id);
    static QString pageTitle(PageId id);
    static QString pageIcon(PageId id);

    // Puts a widget (the workspace switcher) at the top of the sidebar; the window owns it.
    void setSidebarHeader(QWidget *header);
    QWidget *sidebarHeader() const { return m_sidebarHeader; }

    // Window geometry and last page (never anything secret).
    void restoreState();
    void saveState() const;

signals:
    void pageChanged(kakiyo::MainWindow::PageId id);
    void keyManagerRequested();
    // A lead file was dropped on the window (the first importable one of the drop).
    void csvDropped(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();

    QListWidget *m_sidebar = nullptr;
    QVBoxLayout *m_sidebarColumn = nullptr;
    QWidget *m_sidebarHeader = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_root = nullptr;
    QWidget *m_workArea = nullptr;
    WelcomePage *m_welcome = nullptr;
    BannerArea *m_banners = nullptr;
    DeskStatusBar *m_status = nullptr;
    CommandPalette *m_palette = nullptr;
    QList<Page *> m_pageList;
    QList<QAction *> m_commands;
    PageId m_current = PageId::Overview;
    bool m_welcomeShown = false;
};

} // namespace kakiyo
