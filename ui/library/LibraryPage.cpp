#include "ui/library/LibraryPage.h"

#include "models/ModelCatalogModel.h"
#include "models/ProductListModel.h"
#include "models/PromptListModel.h"
#include "models/api/Connection.h"
#include "ui/library/ModelDetailsPane.h"
#include "ui/library/ProductDialog.h"
#include "ui/library/PromptDialog.h"
#include "ui/library/PromptEditor.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QPushButton *primaryButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setProperty("primary", true);
    button->setAccessibleName(text);
    return button;
}

QLabel *mutedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("class", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QString countText(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

} // namespace

LibraryPage::LibraryPage(Connection *session, QWidget *parent)
    : Page(tr("Library"), parent)
    , m_connection(session)
    , m_products(new ProductListModel(session, this))
    , m_prompts(new PromptListModel(session, this))
    , m_catalogue(new ModelCatalogModel(session, this))
    , m_productProxy(new QSortFilterProxyModel(this))
    , m_promptProxy(new QSortFilterProxyModel(this))
    , m_modelProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_productProxy->setSourceModel(m_products);
    m_productProxy->setSortRole(ProductListModel::RawRole);
    m_promptProxy->setSourceModel(m_prompts);
    m_promptProxy->setSortRole(PromptListModel::RawRole);
    m_modelProxy->setSourceModel(m_catalogue);
    m_modelProxy->setSortRole(ModelCatalogModel::RawRole);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("libraryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    body()->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setAccessibleName(tr("Library sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildProductsTab(), tr("&Products"));
    m_tabs->addTab(buildPromptsTab(), tr("P&rompts"));
    m_tabs->addTab(buildModelsTab(), tr("&Models"));
    body()->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_activated)
            ensureLoaded(currentTab());
        syncHeader();
    });

    // The header follows the visible tab: trackModel mirrors every load, syncHeader (connected
    // after it, so it runs last) puts back the visible tab's age and busy state.
    for (ServerListModel *m :
        {static_cast<ServerListModel *>(m_products), static_cast<ServerListModel *>(m_prompts),
            static_cast<ServerListModel *>(m_catalogue)}) {
        trackModel(m);
        connect(m, &ServerListModel::loadingChanged, this, &LibraryPage::syncHeader);
        connect(m, &ServerListModel::loaded, this, &LibraryPage::syncHeader);
        connect(m, &ServerListModel::loadFailed, this, [this](const QString &message) {
            say(tr("The list could not be loaded: %1").arg(message), true);
        });
    }

    auto *newProductAction = new QAction(tr("New product…"), this);
    newProductAction->setObjectName(QStringLiteral("newProduct"));
    newProductAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    connect(newProductAction, &QAction::triggered, this, &LibraryPage::newProduct);
    addAction(newProductAction);
    auto *newPromptAction = new QAction(tr("New prompt…"), this);
    newPromptAction->setObjectName(QStringLiteral("newPrompt"));
    newPromptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(newPromptAction, &QAction::triggered, this, &LibraryPage::newPrompt);
    addAction(newPromptAction);
    restyle();
}

LibraryPage::~LibraryPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void LibraryPage::restyle()
{
    const QString primary
        = QStringLiteral("QPushButton { background: %1; color: white; border-color: %1; }")
              .arg(Theme::accent().name());
    for (const char *name : {"newProductButton", "newPromptButton"}) {
        if (auto *button = findChild<QPushButton *>(QLatin1String(name))) {
            button->setIcon(Theme::icon(QStringLiteral("add"), Qt::white));
            button->setStyleSheet(primary);
        }
    }
    const char *const tabIcons[] = {"library", "edit", "analytics"};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabIcon(i, Theme::icon(QLatin1String(tabIcons[i])));
    for (QAction *action : actions())
        action->setIcon(Theme::icon(QStringLiteral("add")));
    m_message->setStyleSheet(
        m_messageIsError ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
}

void LibraryPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

QTableView *LibraryPage::makeTable(QWidget *parent, const QString &objectName,
    const QString &accessible, QSortFilterProxyModel *proxy, int stretchColumn)
{
    auto *table = new QTableView(parent);
    // Sorted by its first column until the caller picks the column that suits the list.
    setUpListTable(table, proxy, objectName, accessible, 0, Qt::DescendingOrder);
    table->setWordWrap(false);
    stretchListColumn(table, stretchColumn);
    return table;
}

QWidget *LibraryPage::buildProductsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("productsTab"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *bar = new QHBoxLayout;
    m_productCount = mutedLabel(tab, QStringLiteral("productCount"));
    bar->addWidget(m_productCount, 1);
    auto *create = primaryButton(tr("New product…"), QStringLiteral("newProductButton"), tab);
    connect(create, &QPushButton::clicked, this, &LibraryPage::newProduct);
    bar->addWidget(create);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    m_productTable = makeTable(splitter, QStringLiteral("productTable"), tr("Products"),
        m_productProxy, ProductListModel::DescriptionColumn);
    m_productTable->sortByColumn(ProductListModel::CreatedColumn, Qt::DescendingOrder);
    // In a scroll area: wrapped labels get the height their text needs, however long it is.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    panel->setObjectName(QStringLiteral("productDetails"));
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 0, 0);
    m_productTitle = new QLabel(panel);
    m_productTitle->setObjectName(QStringLiteral("cardTitle"));
    m_productTitle->setWordWrap(true);
    m_productTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_productTitle);
    m_productMeta = mutedLabel(panel, QStringLiteral("productMeta"));
    m_productMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_productMeta);
    m_productDescription = new QLabel(panel);
    m_productDescription->setObjectName(QStringLiteral("productDescriptionText"));
    m_productDescription->setWordWrap(true);
    m_productDescription->setTextFormat(Qt::PlainText);
    m_productDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_productDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_productDescription);
    side->addStretch(1);
    scroll->setWidget(panel);
    splitter->addWidget(m_productTable);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    layout->addWidget(splitter, 1);

    connect(m_productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LibraryPage::showProductDetails);
    connect(m_products, &ProductListModel::loaded, this, [this] {
        m_productCount->setText(countText(m_products->rowCount(), tr("product"), tr("products")));
        QString want = std::exchange(m_selectProductAfterLoad, QString());
        if (!want.isEmpty() && m_products->rowOf(want) < 0) {
            for (const Product &p : m_products->products()) {
                if (p.name == want)
                    want = p.id;
            }
        }
        // Keep the product that was shown (a reload resets the table), else show the first.
        if (want.isEmpty())
            want = m_shownProduct;
        if (want.isEmpty() || m_products->rowOf(want) < 0) {
            const QModelIndex top = m_productProxy->index(0, 0);
            want = top.isValid() ? top.data(ProductListModel::IdRole).toString() : QString();
        }
        if (!want.isEmpty())
            selectProduct(want);
        showProductDetails();
    });
    showProductDetails();
    return tab;
}

QWidget *LibraryPage::buildPromptsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("promptsTab"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *bar = new QHBoxLayout;
    m_promptCount = mutedLabel(tab, QStringLiteral("promptCount"));
    bar->addWidget(m_promptCount, 1);
    auto *create = primaryButton(tr("New prompt…"), QStringLiteral("newPromptButton"), tab);
    connect(create, &QPushButton::clicked, this, &LibraryPage::newPrompt);
    bar->addWidget(create);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    m_promptTable = makeTable(splitter, QStringLiteral("promptTable"), tr("Prompts"), m_promptProxy,
        PromptListModel::NameColumn);
    m_promptTable->sortByColumn(PromptListModel::CreatedColumn, Qt::DescendingOrder);
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("promptEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new PromptEditor(m_connection, scroll);
    m_editor->setContentsMargins(12, 0, 4, 0);
    scroll->setWidget(m_editor);
    splitter->addWidget(m_promptTable);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 540});
    layout->addWidget(splitter, 1);

    connect(m_promptTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LibraryPage::promptChosen);
    connect(m_prompts, &PromptListModel::loaded, this, [this] {
        m_promptCount->setText(countText(m_prompts->rowCount(), tr("prompt"), tr("prompts")));
        const QString name = std::exchange(m_selectPromptAfterLoad, QString());
        const QString created = name.isEmpty() ? QString() : m_prompts->newestNamed(name);
        // A reset drops the selection: mark the prompt the editor shows again.
        markPromptRow(m_editor->promptId());
        if (m_prompts->rowCount() == 0 && m_editor->promptId().isEmpty())
            m_editor->clear(tr("No prompts yet: create one with “New prompt…”."));
        if (!created.isEmpty())
            selectPrompt(created);
    });
    connect(m_catalogue, &ModelCatalogModel::loaded, this,
        [this] { m_prompts->setModelNames(m_catalogue->names()); });
    connect(m_editor, &PromptEditor::detailsLoaded, m_prompts, &PromptListModel::completeFrom);
    connect(m_editor, &PromptEditor::saved, this, [this](const QString &id) {
        const int row = m_prompts->rowOf(id);
        say(tr("Prompt “%1” saved.").arg(row >= 0 ? m_prompts->prompt(row).name : id));
        const QString next = std::exchange(m_promptAfterSave, QString());
        if (!next.isEmpty())
            selectPrompt(next);
        if (std::exchange(m_closeAfterSave, false))
            window()->close();
    });
    connect(m_editor, &PromptEditor::saveFailed, this, [this] {
        m_closeAfterSave = false; // the edit stays, and so does the window
        if (!std::exchange(m_promptAfterSave, QString()).isEmpty())
            say(tr("The prompt was not saved, so it stays open; see the message in the editor."),
                true);
    });
    return tab;
}

QWidget *LibraryPage::buildModelsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("modelsTab"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    m_modelCount = mutedLabel(tab, QStringLiteral("modelCount"));
    layout->addWidget(m_modelCount);
    m_modelTable = makeTable(tab, QStringLiteral("modelTable"), tr("AI models and prices"),
        m_modelProxy, ModelCatalogModel::NameColumn);
    m_modelTable->sortByColumn(ModelCatalogModel::NameColumn, Qt::AscendingOrder);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_modelTable);
    m_modelDetails = new ModelDetailsPane(m_connection, splitter);
    splitter->addWidget(m_modelDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    // The details of the row the user moves to (or activates) are asked of the server.
    auto showModel = [this](const QModelIndex &index) {
        const QModelIndex source = m_modelProxy->mapToSource(index);
        const QString id = source.isValid() ? m_catalogue->model(source.row()).id : QString();
        if (id.isEmpty())
            m_modelDetails->clear();
        else
            m_modelDetails->showModel(id); // the cache answers a model asked before
    };
    connect(m_modelTable, &QTableView::activated, this, showModel);
    connect(m_modelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [showModel](const QModelIndex &current) { showModel(current); });
    auto *note = mutedLabel(tab, QStringLiteral("modelPricingNote"));
    note->setText(tr("Prices in USD as Kakiyo reports them; the API documents them per 1,000 "
                     "tokens. “Cached input” is the price of input the provider has cached; "
                     "“—” means the model has none. Click a column to sort."));
    layout->addWidget(note);
    connect(m_catalogue, &ModelCatalogModel::loaded, this, [this] {
        m_modelCount->setText(
            tr("%1 a prompt can use")
                .arg(countText(m_catalogue->rowCount(), tr("model"), tr("models"))));
    });
    return tab;
}

LibraryPage::Tab LibraryPage::currentTab() const
{
    return static_cast<Tab>(qBound(0, m_tabs->currentIndex(), 2));
}

void LibraryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

ServerListModel *LibraryPage::modelFor(Tab tab) const
{
    switch (tab) {
    case Tab::Products:
        return m_products;
    case Tab::Prompts:
        return m_prompts;
    case Tab::Models:
        return m_catalogue;
    }
    return m_products;
}

void LibraryPage::ensureLoaded(Tab tab)
{
    ServerListModel *m = modelFor(tab);
    if (!m->hasLoaded() && !m->isLoading())
        m->load(false);
    // The prompt list names its models; the catalogue answer is usually cached and cheap.
    if (tab == Tab::Prompts && !m_catalogue->hasLoaded() && !m_catalogue->isLoading())
        m_catalogue->load(false);
}

void LibraryPage::activate()
{
    m_activated = true;
    ensureLoaded(currentTab());
    syncHeader();
}

void LibraryPage::refresh()
{
    m_activated = true;
    say(QString());
    const Tab tab = currentTab();
    modelFor(tab)->load(true);
    if (tab == Tab::Prompts) {
        // A refresh also re-asks for the open prompt's sections unless the user is editing them.
        m_editor->resetSupport();
        if (!m_editor->promptId().isEmpty() && !m_editor->isDirty()) {
            const int row = m_prompts->rowOf(m_editor->promptId());
            if (row >= 0) {
                const Prompt p = m_prompts->prompt(row);
                m_editor->showPrompt(p, m_prompts->modelLabel(p.model), true);
            }
        }
    }
}

void LibraryPage::syncHeader()
{
    const ServerListModel *m = modelFor(currentTab());
    setBusy(m->isLoading());
    if (m->updatedAt() != updatedAt())
        setUpdatedAt(m->updatedAt());
}

void LibraryPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_messageIsError = error;
    m_message->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_message->setVisible(!text.isEmpty());
}

QString LibraryPage::lastMessage() const
{
    return m_message->text();
}

QString LibraryPage::productDetailsText() const
{
    return QStringList {m_productTitle->text(), m_productMeta->text(), m_productDescription->text()}
        .join(QLatin1Char('\n'));
}

void LibraryPage::showProductDetails()
{
    const QModelIndex current = m_productTable->selectionModel()->currentIndex();
    const int row = current.isValid()
        ? m_products->rowOf(current.data(ProductListModel::IdRole).toString())
        : -1;
    m_shownProduct = row < 0 ? QString() : m_products->product(row).id;
    if (row < 0) {
        m_productTitle->setText(m_products->rowCount() == 0 && m_products->hasLoaded()
                ? tr("No products yet")
                : tr("No product selected"));
        m_productMeta->setText(m_products->rowCount() == 0 && m_products->hasLoaded()
                ? tr("Create one with “New product…”: campaigns need a product to talk about.")
                : tr("Select a product to see its full description."));
        m_productDescription->clear();
        return;
    }
    const Product p = m_products->product(row);
    m_productTitle->setText(p.name);
    QStringList meta;
    if (p.createdAt.isValid())
        meta << tr("Created %1")
                    .arg(QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
    meta << tr("Id %1").arg(p.id);
    m_productMeta->setText(meta.join(QLatin1Char('\n')));
    m_productDescription->setText(p.description.isEmpty() ? tr("(no description)") : p.description);
}

void LibraryPage::selectProduct(const QString &id)
{
    const int row = m_products->rowOf(id);
    if (row < 0)
        return;
    m_productTable->scrollTo(selectSourceRow(m_productTable, m_productProxy, row));
}

void LibraryPage::markPromptRow(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_prompts->rowOf(id);
    m_markingRow = true;
    if (row < 0) {
        m_promptTable->selectionModel()->clear();
    } else {
        m_promptTable->scrollTo(selectSourceRow(m_promptTable, m_promptProxy, row));
    }
    m_markingRow = false;
}

void LibraryPage::selectPrompt(const QString &id)
{
    const int row = m_prompts->rowOf(id);
    if (row < 0)
        return;
    // Goes through promptChosen, which asks about unsaved changes.
    selectSourceRow(m_promptTable, m_promptProxy, row);
}

void LibraryPage::promptChosen(const QModelIndex &current)
{
    if (m_markingRow || !current.isValid())
        return;
    const QString id = current.data(PromptListModel::IdRole).toString();
    if (id == m_editor->promptId())
        return;
    if (m_editor->state() == PromptEditor::State::Saving) {
        // One thing at a time: open it once the save is answered.
        m_promptAfterSave = id;
        markPromptRow(m_editor->promptId());
        return;
    }
    if (m_editor->isDirty()) {
        const auto answer = askAboutUnsavedPrompt(
            tr("“%1” has unsaved changes. Save them before opening another prompt?"));
        if (answer == QMessageBox::Save) {
            m_promptAfterSave = id;
            markPromptRow(m_editor->promptId());
            m_editor->save();
            return;
        }
        if (answer != QMessageBox::Discard) {
            markPromptRow(m_editor->promptId());
            return;
        }
    }
    openPrompt(id);
}

MessageBox::Button LibraryPage::askAboutUnsavedPrompt(const QString &question)
{
    const int row = m_prompts->rowOf(m_editor->promptId());
    const QString name = row >= 0 ? m_prompts->prompt(row).name : m_editor->promptId();
    return MessageBox::question(this, tr("Unsaved changes"), question.arg(name),
        MessageBox::Buttons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel),
        QMessageBox::Save);
}

bool LibraryPage::confirmClose()
{
    if (!m_editor->isDirty() && m_editor->state() != PromptEditor::State::Saving)
        return true;
    bringForward(Tab::Prompts);
    if (m_editor->state() == PromptEditor::State::Saving) {
        // Closing while a save is on its way: close as soon as it is answered.
        m_closeAfterSave = true;
        say(tr("Saving the prompt; the window closes when it is saved."));
        return false;
    }
    const auto answer
        = askAboutUnsavedPrompt(tr("“%1” has unsaved changes. Save them before closing?"));
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        m_closeAfterSave = true;
        m_editor->save();
    }
    return false;
}

void LibraryPage::openPrompt(const QString &id)
{
    const int row = m_prompts->rowOf(id);
    if (row < 0)
        return;
    const Prompt p = m_prompts->prompt(row);
    markPromptRow(id);
    m_editor->showPrompt(p, m_prompts->modelLabel(p.model));
}

void LibraryPage::bringForward(Tab tab)
{
    // A palette command may come from another page: show the Library first.
    emit showRequested();
    showTab(tab);
    activate();
}

void LibraryPage::newProduct()
{
    bringForward(Tab::Products);
    auto *dialog = new ProductDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::created, this, [this](const QString &id, const QString &name) {
        say(tr("Product “%1” created.").arg(name));
        m_selectProductAfterLoad = id.isEmpty() ? name : id;
        m_products->load(true);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void LibraryPage::newPrompt()
{
    bringForward(Tab::Prompts);
    auto *dialog = new PromptDialog(m_connection, m_catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PromptDialog::created, this, [this](const QString &name) {
        say(tr("Prompt “%1” created. Write its sections in the editor.").arg(name));
        m_selectPromptAfterLoad = name;
        m_prompts->load(true);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace kakiyo
