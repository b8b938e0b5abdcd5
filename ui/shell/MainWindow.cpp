#include "ui/shell/MainWindow.h"

#include "ui/import/ImportableFile.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/Page.h"
#include "ui/shell/PlaceholderPage.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {

constexpr MainWindow::PageId kAllPages[]
    = {MainWindow::PageId::Overview, MainWindow::PageId::Agents, MainWindow::PageId::Campaigns,
        MainWindow::PageId::Prospects, MainWindow::PageId::Analytics, MainWindow::PageId::Library,
        MainWindow::PageId::Webhooks, MainWindow::PageId::Dnc, MainWindow::PageId::Workspaces};

} // namespace

QList<MainWindow::PageId> MainWindow::allPages()
{
    return {std::begin(kAllPages), std::end(kAllPages)};
}

QString MainWindow::pageKey(PageId id)
{
    switch (id) {
    case PageId::Overview:
        return QStringLiteral("overview");
    case PageId::Agents:
        return QStringLiteral("agents");
    case PageId::Campaigns:
        return QStringLiteral("campaigns");
    case PageId::Prospects:
        return QStringLiteral("prospects");
    case PageId::Analytics:
        return QStringLiteral("analytics");
    case PageId::Library:
        return QStringLiteral("library");
    case PageId::Webhooks:
        return QStringLiteral("webhooks");
    case PageId::Dnc:
        return QStringLiteral("dnc");
    case PageId::Workspaces:
        return QStringLiteral("workspaces");
    }
    return {};
}

QString MainWindow::pageTitle(PageId id)
{
    switch (id) {
    case PageId::Overview:
        return tr("Overview");
    case PageId::Agents:
        return tr("Agents");
    case PageId::Campaigns:
        return tr("Campaigns");
    case PageId::Prospects:
        return tr("Prospects");
    case PageId::Analytics:
        return tr("Analytics");
    case PageId::Library:
        return tr("Library");
    case PageId::Webhooks:
        return tr("Webhooks");
    case PageId::Dnc:
        return tr("Do Not Contact");
    case PageId::Workspaces:
        return tr("Workspaces");
    }
    return {};
}

QString MainWindow::pageIcon(PageId id)
{
    return id == PageId::Dnc ? QStringLiteral("dnc") : pageKey(id);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kakiyo Desk"));
    setWindowIcon(Theme::icon(QStringLiteral("app"), QColor()));
    resize(1180, 760);

    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("rootStack"));
    setCentralWidget(m_root);

    m_workArea = new QWidget(m_root);
    auto *row = new QHBoxLayout(m_workArea);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    auto *sidebarPane = new QWidget(m_workArea);
    sidebarPane->setObjectName(QStringLiteral("sidebarPane"));
    sidebarPane->setFixedWidth(200);
    m_sidebarColumn = new QVBoxLayout(sidebarPane);
    m_sidebarColumn->setContentsMargins(0, 0, 0, 0);
    m_sidebarColumn->setSpacing(0);
    m_sidebar = new QListWidget(sidebarPane);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebarColumn->addWidget(m_sidebar, 1);
    row->addWidget(sidebarPane);

    auto *right = new QWidget(m_workArea);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banners = new BannerArea(right);
    column->addWidget(m_banners);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    column->addWidget(m_pages, 1);
    row->addWidget(right, 1);
    m_root->addWidget(m_workArea);
    m_welcome = new WelcomePage(m_root);
    m_root->addWidget(m_welcome);

    int n = 0;
    for (const PageId id : kAllPages) {
        auto *item = new QListWidgetItem(Theme::icon(pageIcon(id)), pageTitle(id), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(id)).arg(++n));
        // An empty stand-in until the page (or its "Loading…" placeholder) is first asked for:
        // nothing of a page is built before it is needed.
        m_pages->addWidget(new QWidget(m_pages));
        m_pageList.append(nullptr);
        m_factories.append(PageFactory());
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < kPageCount)
            goTo(kAllPages[row]);
    });

    m_status = new DeskStatusBar(this);
    setStatusBar(m_status);
    buildActions();
    m_sidebar->setCurrentRow(0);
    setAcceptDrops(true);
}

void MainWindow::setSidebarHeader(QWidget *header)
{
    delete m_sidebarHeader;
    m_sidebarHeader = header;
    if (header)
        m_sidebarColumn->insertWidget(0, header);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_welcomeShown && !importableFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_welcomeShown && !importableFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = m_welcomeShown ? QString() : importableFileOf(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit csvDropped(path);
}

MainWindow::~MainWindow()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void MainWindow::buildActions()
{
    int n = 0;
    for (const PageId id : kAllPages) {
        auto *a = new QAction(Theme::icon(pageIcon(id)), tr("Go to %1").arg(pageTitle(id)), this);
        a->setObjectName(QStringLiteral("goTo_") + pageKey(id));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + n++)));
        connect(a, &QAction::triggered, this, [this, id] { goTo(id); });
        addCommand(a);
    }
    auto *refresh
        = new QAction(Theme::icon(QStringLiteral("refresh")), tr("Refresh this page"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(QKeySequence::Refresh)});
    connect(refresh, &QAction::triggered, this, [this] {
        if (Page *p = currentPage())
            p->refresh();
    });
    addCommand(refresh);

    auto *palette
        = new QAction(Theme::icon(QStringLiteral("command")), tr("Command palette"), this);
    palette->setObjectName(QStringLiteral("commandPalette"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(palette, &QAction::triggered, this, [this] {
        buildPendingPages(); // their commands are listed too
        commandPalette()->open();
    });
    addAction(palette); // not listed in itself

    auto *keys
        = new QAction(Theme::icon(QStringLiteral("key")), tr("Manage keys and profiles…"), this);
    keys->setObjectName(QStringLiteral("manageKeys"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(keys, &QAction::triggered, this, &MainWindow::keyManagerRequested);
    addCommand(keys);

    auto *dismiss
        = new QAction(Theme::icon(QStringLiteral("close")), tr("Dismiss all notices"), this);
    dismiss->setObjectName(QStringLiteral("dismissNotices"));
    connect(dismiss, &QAction::triggered, m_banners, &BannerArea::dismissAll);
    addCommand(dismiss);

    auto *quit = new QAction(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QMainWindow::close);
    addCommand(quit);
}

void MainWindow::addCommand(QAction *action)
{
    if (!action->parent())
        action->setParent(this);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    m_commands.append(action);
    // A page's commands go with the page (another profile replaces the pages).
    connect(action, &QObject::destroyed, this, [this, action] {
        m_commands.removeAll(action);
        if (m_palette)
            m_palette->setActions(m_commands);
    });
    if (m_palette)
        m_palette->setActions(m_commands);
}

CommandPalette *MainWindow::commandPalette()
{
    // Built on first use: most sessions open it late or never, and start-up should not pay.
    if (!m_palette) {
        m_palette = new CommandPalette(this);
        m_palette->setActions(m_commands);
    }
    return m_palette;
}

QList<QAction *> MainWindow::commands()
{
    buildPendingPages();
    return m_commands;
}

QAction *MainWindow::command(const QString &objectName)
{
    buildPendingPages();
    for (QAction *a : std::as_const(m_commands)) {
        if (a->objectName() == objectName)
            return a;
    }
    return findChild<QAction *>(objectName);
}

void MainWindow::setPage(PageId id, Page *page)
{
    const int index = static_cast<int>(id);
    QWidget *old = m_pages->widget(index); // the stand-in, the placeholder or the page replaced
    page->setObjectName(pageKey(id) + QStringLiteral("Page"));
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pageList[index] = page;
    m_factories[index] = {};
    connect(page, &Page::showRequested, this, [this, id] { goTo(id); });
    for (QAction *action : page->actions())
        addCommand(action);
    if (m_current == id) {
        m_pages->setCurrentIndex(index);
        if (!m_welcomeShown)
            page->activate();
    }
}

void MainWindow::setPageFactory(PageId id, PageFactory factory)
{
    const int index = static_cast<int>(id);
    if (isPageBuilt(id)) {
        auto *placeholder = new PlaceholderPage(pageTitle(id), pageIcon(id), tr("Loading…"));
        setPage(id, placeholder);
    }
    m_factories[index] = std::move(factory);
    qApp->installEventFilter(this); // shortcuts of waiting pages: see eventFilter
    // The page in front is needed now; the others wait for their first use.
    if (m_current == id && !m_welcomeShown)
        page(id);
}

bool MainWindow::isPageBuilt(PageId id) const
{
    const Page *p = m_pageList.at(static_cast<int>(id));
    return !m_factories.at(static_cast<int>(id)) && p && !qobject_cast<const PlaceholderPage *>(p);
}

Page *MainWindow::page(PageId id)
{
    const int index = static_cast<int>(id);
    if (m_factories.at(index)) {
        const PageFactory factory = std::exchange(m_factories[index], {});
        setPage(id, factory());
        if (!hasPendingPages())
            qApp->removeEventFilter(this);
    } else if (!m_pageList.at(index)) {
        setPage(id, new PlaceholderPage(pageTitle(id), pageIcon(id), tr("Loading…")));
    }
    return m_pageList.at(index);
}

Page *MainWindow::currentPage()
{
    return page(m_current);
}

void MainWindow::buildPendingPages()
{
    for (const PageId id : kAllPages)
        page(id);
}

bool MainWindow::hasPendingPages() const
{
    return std::any_of(m_factories.cbegin(), m_factories.cend(),
        [](const PageFactory &factory) { return bool(factory); });
}

void MainWindow::buildPendingPagesWhenIdle()
{
    if (m_buildWhenIdle)
        return;
    m_buildWhenIdle = true;
    // A window on screen first paints the page in front; a hidden one has no frame to wait for.
    if (isVisible()) {
        installEventFilter(this);
        update();
    } else {
        buildNextPendingPage();
    }
}

void MainWindow::buildNextPendingPage()
{
    // One waiting page per turn of the event loop, so input and repaints are never held up long.
    for (const PageId id : kAllPages) {
        if (m_factories.at(static_cast<int>(id))) {
            QTimer::singleShot(0, this, [this, id] {
                page(id);
                buildNextPendingPage();
            });
            return;
        }
    }
    m_buildWhenIdle = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && m_buildWhenIdle && event->type() == QEvent::Paint) {
        removeEventFilter(this);
        buildNextPendingPage(); // the first frame is on its way
    }
    // A shortcut is looked up right after this event: a page's own shortcut (Ctrl+Alt+D, ...) must
    // work before that page was ever shown, so the waiting pages are built first.
    if (event->type() == QEvent::ShortcutOverride && hasPendingPages()) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this)
            buildPendingPages();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setPageBadge(PageId id, int count)
{
    QListWidgetItem *item = m_sidebar->item(static_cast<int>(id));
    if (!item)
        return;
    item->setText(count > 0 ? tr("%1 (%2)").arg(pageTitle(id)).arg(count) : pageTitle(id));
    item->setData(Qt::AccessibleTextRole,
        count > 0 ? tr("%1, %n unread", nullptr, count).arg(pageTitle(id)) : pageTitle(id));
}

void MainWindow::goTo(PageId id)
{
    const int index = static_cast<int>(id);
    const bool changed = m_current != id;
    m_current = id;
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
    // Before a session gives the page a factory, its stand-in stays (built on demand by page()).
    if (!m_welcomeShown && (m_factories.at(index) || m_pageList.at(index)))
        page(id)->activate();
    if (changed)
        emit pageChanged(id);
}

void MainWindow::showWelcome(bool show)
{
    m_welcomeShown = show;
    m_root->setCurrentWidget(show ? static_cast<QWidget *>(m_welcome) : m_workArea);
    for (QAction *a : std::as_const(m_commands)) {
        if (a->objectName().startsWith(QLatin1String("goTo_"))
            || a->objectName() == QLatin1String("refresh"))
            a->setEnabled(!show);
    }
    if (!show)
        currentPage()->activate();
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QString last = settings.value(QStringLiteral("lastPage")).toString();
    for (const PageId id : kAllPages) {
        if (pageKey(id) == last)
            goTo(id);
    }
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("lastPage"), pageKey(m_current));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Icons are tinted to the palette when made: a scheme switch at run time re-tints them.
    if (event->type() == QEvent::PaletteChange && m_sidebar) {
        for (int i = 0; i < m_sidebar->count() && i < kPageCount; ++i)
            m_sidebar->item(i)->setIcon(Theme::icon(pageIcon(kAllPages[i])));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved work (an edited prompt, ...) is never dropped without asking.
    if (!m_welcomeShown) {
        // A page never built holds nothing to lose.
        for (Page *p : std::as_const(m_pageList)) {
            if (p && !p->confirmClose()) {
                event->ignore();
                return;
            }
        }
    }
    saveState();
    event->accept();
}

} // namespace kakiyo
