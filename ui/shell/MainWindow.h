// The application window: a sidebar of the nine areas (with a header for the workspace switcher),
// the page stack, the banner area above it and the status bar below. It knows nothing about the
// network; the composition root (app/) installs the real pages and feeds banners and the status
// bar from the client core. A CSV/TSV/TXT file dropped on the window is announced by csvDropped.
#pragma once

#include <QList>
#include <QMainWindow>
#include <functional>

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

    using PageFactory = std::function<Page *()>;

    // Replaces the page (the window takes ownership; the old one is deleted). The page's own
    // actions (QWidget::actions) join the command palette.
    void setPage(PageId id, Page *page);
    // The page is built by `factory` when it is first needed — shown, asked for with page(), or
    // built in the idle time after the window's first frame — so start-up builds only the page
    // in front. Until then a placeholder stands in. Replaces a page already there.
    void setPageFactory(PageId id, PageFactory factory);
    bool isPageBuilt(PageId id) const;
    bool hasPendingPages() const;
    // Builds every page still waiting for its first use (the palette lists all their commands).
    void buildPendingPages();
    // Builds the waiting pages one per turn of the event loop: after the next frame is painted
    // when the window is on screen, at once when it is hidden.
    void buildPendingPagesWhenIdle();
    Page *page(PageId id); // builds it first if needed
    Page *currentPage();
    PageId currentPageId() const { return m_current; }
    void goTo(PageId id);

    // The welcome page replaces the sidebar and pages while no profile exists.
    void showWelcome(bool show);
    bool isWelcomeShown() const { return m_welcomeShown; }
    WelcomePage *welcomePage() const { return m_welcome; }

    BannerArea *banners() const { return m_banners; }
    DeskStatusBar *deskStatusBar() const { return m_status; }
    CommandPalette *commandPalette();

    // Adds an action to the command palette (and the window, so its shortcut works).
    void addCommand(QAction *action);
    // Every command, those of pages not yet built included (they are built for it).
    QList<QAction *> commands();
    QAction *command(const QString &objectName);

    static QList<PageId> allPages();
    static QString pageKey(PageId id);
    static QString pageTitle(PageId id);
    static QString pageIcon(PageId id);

    // A count after the page's name in the sidebar ("Prospects (3)"); 0 shows the name alone.
    void setPageBadge(PageId id, int count);

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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildNextPendingPage();

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
    QList<PageFactory> m_factories; // per page: set while it waits for its first use
    bool m_buildWhenIdle = false;
    QList<QAction *> m_commands;
    PageId m_current = PageId::Overview;
    bool m_welcomeShown = false;
};

} // namespace kakiyo
