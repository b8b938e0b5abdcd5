#include "ui/dnc/DncListEditor.h"

#include "models/DncListModel.h"
#include "models/api/DncApi.h"
#include "models/api/UsageMeter.h"
#include "models/import/LinkedinUrl.h"
#include "ui/dnc/DncBatchDialog.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel *mutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("class", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QString sinceText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

DncListEditor::DncListEditor(Connection *session, QWidget *parent)
    : QWidget(parent)
    , m_connection(session)
    , m_list(new DncListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dncListEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(DncListModel::RawRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // Left: the list and its filter.
    auto *listSide = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(listSide);
    m_filter->setObjectName(QStringLiteral("dncFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or URL"));
    m_filter->setAccessibleName(tr("Filter the Do Not Contact list"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter, 1);
    m_count = mutedLabel(QStringLiteral("dncCount"), listSide);
    m_count->setWordWrap(false);
    filterRow->addWidget(m_count);
    listLayout->addLayout(filterRow);

    m_table = new QTableView(listSide);
    setUpListTable(m_table, m_proxy, QStringLiteral("dncTable"), tr("Do Not Contact list"),
        DncListModel::AddedColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several removed at once
    m_table->setWordWrap(false);
    stretchListColumn(m_table, DncListModel::UrlColumn);
    listLayout->addWidget(m_table, 1);

    // Right: one URL, many URLs, removal.
    auto *panel = new QWidget(splitter);
    panel->setObjectName(QStringLiteral("dncPanel"));
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 0, 0);
    side->addWidget(sectionTitle(tr("One profile"), panel));
    auto *urlLabel = new QLabel(tr("LinkedIn &URL"), panel);
    side->addWidget(urlLabel);
    m_url = new QLineEdit(panel);
    m_url->setObjectName(QStringLiteral("dncUrl"));
    m_url->setAccessibleName(tr("LinkedIn profile URL"));
    m_url->setPlaceholderText(tr("linkedin.com/in/username"));
    m_url->setClearButtonEnabled(true);
    urlLabel->setBuddy(m_url);
    side->addWidget(m_url);
    m_hint = mutedLabel(QStringLiteral("dncUrlHint"), panel);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_hint);
    auto *oneRow = new QHBoxLayout;
    m_add = new QPushButton(Theme::icon(QStringLiteral("add")), tr("&Add to list"), panel);
    m_add->setObjectName(QStringLiteral("dncAddButton"));
    m_add->setAccessibleName(tr("Add this URL to Do Not Contact"));
    oneRow->addWidget(m_add);
    m_check = new QPushButton(tr("C&heck (1 call)"), panel);
    m_check->setObjectName(QStringLiteral("dncCheckButton"));
    m_check->setAccessibleName(tr("Check this URL against Do Not Contact on the server"));
    m_check->setToolTip(tr("Asks Kakiyo whether this person is on the list: one API call."));
    oneRow->addWidget(m_check);
    oneRow->addStretch(1);
    side->addLayout(oneRow);
    m_answer = new QLabel(panel);
    m_answer->setObjectName(QStringLiteral("dncCheckAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::PlainText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->hide();
    side->addWidget(m_answer);

    side->addWidget(separator(panel));
    side->addWidget(sectionTitle(tr("Many at once"), panel));
    auto *manyNote = mutedLabel(QStringLiteral("dncManyNote"), panel);
    manyNote->setText(tr("Paste a list or import a CSV; you see what will be added, and how many "
                         "calls it takes, before anything is sent."));
    side->addWidget(manyNote);
    m_batchButton = new QPushButton(tr("&Paste or import many…"), panel);
    m_batchButton->setObjectName(QStringLiteral("dncBatchButton"));
    m_batchButton->setAccessibleName(tr("Paste or import many URLs"));
    side->addWidget(m_batchButton, 0, Qt::AlignLeft);

    side->addWidget(separator(panel));
    side->addWidget(sectionTitle(tr("Remove"), panel));
    auto *removeNote = mutedLabel(QStringLiteral("dncRemoveNote"), panel);
    removeNote->setText(tr("Select entries in the list (Ctrl or Shift for several). Campaigns may "
                           "contact removed people again. One call per entry."));
    side->addWidget(removeNote);
    m_remove
        = new QPushButton(Theme::icon(QStringLiteral("delete")), tr("&Remove selected…"), panel);
    m_remove->setObjectName(QStringLiteral("dncRemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected entries"));
    side->addWidget(m_remove, 0, Qt::AlignLeft);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("dncRemoveProgress"));
    m_progress->setAccessibleName(tr("Entries removed"));
    m_progress->setFormat(tr("%v of %m removed"));
    m_progress->hide();
    side->addWidget(m_progress);
    side->addStretch(1);
    auto *about = mutedLabel(QStringLiteral("dncAbout"), panel);
    about->setText(tr("Kakiyo skips everyone on this list when importing prospects, sending "
                      "invitations and writing messages."));
    side->addWidget(about);

    splitter->addWidget(listSide);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 380});
    layout->addWidget(splitter, 1);

    connect(m_list, &DncListModel::loadFailed, this, [this](const QString &message) {
        say(tr("The list could not be loaded: %1").arg(message), true);
    });
    connect(m_list, &DncListModel::loaded, this, [this] {
        updateCount();
        urlEdited(); // "already on the list" may have changed
        if (const QString id = std::exchange(m_selectAfterLoad, QString()); !id.isEmpty())
            selectIds({id});
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_answer->hide();
        urlEdited();
    });
    connect(m_url, &QLineEdit::returnPressed, this,
        [this] { m_intent == Intent::Check ? checkUrl() : addUrl(); });
    connect(m_add, &QPushButton::clicked, this, &DncListEditor::addUrl);
    connect(m_check, &QPushButton::clicked, this, &DncListEditor::checkUrl);
    connect(m_batchButton, &QPushButton::clicked, this, [this] { openBatch(); });
    connect(m_remove, &QPushButton::clicked, this, &DncListEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DncListEditor::syncButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_url->setText(index.siblingAtColumn(DncListModel::UrlColumn).data().toString());
    });

    auto *removeKey = new QAction(tr("Remove selected entries"), m_table);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &DncListEditor::removeSelected);
    m_table->addAction(removeKey);

    // Palette commands.
    auto *addAction
        = new QAction(Theme::icon(QStringLiteral("dnc")), tr("Add to Do Not Contact…"), this);
    addAction->setObjectName(QStringLiteral("dncAdd"));
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    connect(addAction, &QAction::triggered, this, [this] { bringForward(Intent::Add); });
    m_commands.append(addAction);
    auto *checkAction = new QAction(
        Theme::icon(QStringLiteral("dnc")), tr("Check a URL against Do Not Contact"), this);
    checkAction->setObjectName(QStringLiteral("dncCheck"));
    checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    connect(checkAction, &QAction::triggered, this, [this] { bringForward(Intent::Check); });
    m_commands.append(checkAction);
    auto *batchAction = new QAction(
        Theme::icon(QStringLiteral("dnc")), tr("Add many to Do Not Contact (paste or CSV)…"), this);
    batchAction->setObjectName(QStringLiteral("dncBatch"));
    connect(batchAction, &QAction::triggered, this, [this] {
        emit showRequested();
        activate();
        openBatch();
    });
    m_commands.append(batchAction);

    urlEdited();
    updateCount();
}

DncListEditor::~DncListEditor()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

ServerListModel *DncListEditor::listModel() const
{
    return m_list;
}

void DncListEditor::refresh()
{
    m_list->load(true);
}

void DncListEditor::activate()
{
    if (!m_list->hasLoaded() && !m_list->isLoading())
        m_list->load(false);
}

void DncListEditor::bringForward(Intent intent)
{
    // A palette command may come from another page: show this one first.
    emit showRequested();
    activate();
    m_intent = intent;
    urlEdited();
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void DncListEditor::urlEdited()
{
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    QString hint;
    bool error = false;
    if (url.problem == LinkedinUrl::Problem::Empty) {
        hint = m_intent == Intent::Check
            ? tr("Paste a profile address, then press Enter to check it (one call).")
            : tr("Paste a profile address such as linkedin.com/in/jane-doe.");
    } else if (!url.isValid()) {
        hint = url.reason;
        error = true;
    } else if (const auto entry = m_list->find(url.canonical)) {
        hint = tr("Stored as %1 — already on the list since %2.")
                   .arg(url.canonical, sinceText(entry->createdAt));
    } else {
        hint = tr("Stored as %1").arg(url.canonical);
    }
    m_hint->setText(hint);
    m_hint->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_hint->setProperty("class", error ? QString() : QStringLiteral("muted"));
    syncButtons();
}

void DncListEditor::syncButtons()
{
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    m_add->setEnabled(!m_writing && url.isValid() && !m_list->find(url.canonical));
    m_check->setEnabled(url.isValid());
    m_remove->setEnabled(!m_writing && m_table->selectionModel()->hasSelection());
    // The default button is drawn as the primary one: only when it can act.
    m_add->setDefault(m_intent == Intent::Add && m_add->isEnabled());
    m_check->setDefault(m_intent == Intent::Check && m_check->isEnabled());
    m_batchButton->setEnabled(true);
}

void DncListEditor::addUrl()
{
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    if (m_writing || !url.isValid())
        return;
    if (const auto entry = m_list->find(url.canonical)) {
        // Known from the loaded list: no call needed to say so.
        say(tr("%1 is already on the list since %2.")
                .arg(url.canonical, sinceText(entry->createdAt)));
        selectIds({entry->id});
        return;
    }
    m_writing = true;
    syncButtons();
    say(tr("Adding %1…").arg(url.canonical));
    DncApi(m_connection).add(DncUrl {url.canonical}, this, [this, url](const Result<DncEntry> &r) {
        m_writing = false;
        if (r.ok()) {
            say(tr("%1 is now on the Do Not Contact list.").arg(r.value.url));
            m_selectAfterLoad = r.value.id;
            if (m_url->text() == url.input
                || LinkedinUrl::normalised(m_url->text()) == url.canonical)
                m_url->clear();
        } else if (r.error.category == ApiError::Category::Conflict) {
            say(tr("%1 was already on the list.").arg(url.canonical));
        } else {
            say(tr("%1 was not added: %2").arg(url.canonical, r.error.userMessage()), true);
        }
        syncButtons();
        if (r.ok() || r.error.category == ApiError::Category::Conflict)
            m_list->load(true);
    });
}

void DncListEditor::checkUrl()
{
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    if (!url.isValid())
        return;
    m_answer->setStyleSheet({});
    m_answer->setText(tr("Asking Kakiyo about %1…").arg(url.canonical));
    m_answer->show();
    ReadOptions fresh;
    fresh.cache = ApiRequest::CacheMode::Refresh; // the point of a check is the server's answer
    DncApi(m_connection)
        .check(
            DncUrl {url.canonical}, this,
            [this, url](const Result<DncCheck> &r) {
                if (LinkedinUrl::normalised(m_url->text()) != url.canonical)
                    return; // the field moved on; this answer is about another URL
                if (!r.ok()) {
                    m_answer->setText(tr("The check failed: %1").arg(r.error.userMessage()));
                    m_answer->setStyleSheet(
                        QStringLiteral("color: %1;").arg(Theme::danger().name()));
                } else if (r.value.onList) {
                    const QDateTime since = r.value.entry ? r.value.entry->createdAt : QDateTime();
                    m_answer->setText(since.isValid()
                            ? tr("%1 is on the list since %2.").arg(url.canonical, sinceText(since))
                            : tr("%1 is on the list.").arg(url.canonical));
                    m_answer->setStyleSheet(
                        QStringLiteral("color: %1;").arg(Theme::warning().name()));
                } else {
                    m_answer->setText(tr("%1 is not on the list.").arg(url.canonical));
                    m_answer->setStyleSheet(
                        QStringLiteral("color: %1;").arg(Theme::success().name()));
                }
                m_answer->show();
                // The server knows better than the loaded list: bring the list up to date.
                if (r.ok() && r.value.onList != m_list->find(url.canonical).has_value())
                    m_list->load(true);
            },
            fresh);
}

DncBatchDialog *DncListEditor::openBatch()
{
    if (!m_batch) {
        m_batch = new DncBatchDialog(m_connection, m_list, this);
        connect(m_batch, &DncBatchDialog::sent, this, [this](const DncBatchDialog::Outcome &o) {
            say(tr("Add many: %1 added, %2 already on the list, %3 refused.")
                    .arg(QLocale().toString(o.added), QLocale().toString(o.duplicates),
                        QLocale().toString(o.refused)),
                !o.error.isEmpty());
            if (o.callsDone > 0)
                m_list->load(true);
        });
    }
    m_batch->show();
    m_batch->raise();
    m_batch->activateWindow();
    return m_batch;
}

QStringList DncListEditor::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DncListModel::UrlColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(DncListModel::IdRole).toString());
    return ids;
}

void DncListEditor::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_list->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_list->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(DncListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().constFirst());
}

void DncListEditor::removeSelected()
{
    if (m_writing)
        return;
    m_removeQueue.clear();
    for (const QString &id : selectedIds()) {
        const int row = m_list->rowOf(id);
        if (row >= 0)
            m_removeQueue.append({id, m_list->entry(row).url});
    }
    if (m_removeQueue.isEmpty())
        return;
    const int n = int(m_removeQueue.size());
    const QString who = n == 1 ? m_removeQueue.constFirst().url : tr("%1 entries").arg(n);
    QString text = tr("Remove %1 from Do Not Contact?\n\nCampaigns may contact %2 again. "
                      "This takes %3 (one per entry).")
                       .arg(who, n == 1 ? tr("this person") : tr("these people"),
                           n == 1 ? tr("1 call") : tr("%1 calls").arg(n));
    // Credits only where the server charges them for calls (see ServerGeneration).
    if (m_connection->usage() && m_connection->usage()->callsCostCredits())
        text += QLatin1Char(' ')
            + tr("The server charges 1 credit per call: %n credit(s).", nullptr, n);
    if (MessageBox::question(this, tr("Remove from Do Not Contact"), text) != QMessageBox::Yes) {
        m_removeQueue.clear();
        return;
    }
    m_writing = true;
    m_removeTotal = n;
    m_removed = 0;
    m_removeErrors.clear();
    m_progress->setRange(0, n);
    m_progress->setValue(0);
    m_progress->show();
    syncButtons();
    removeNext();
}

void DncListEditor::removeNext()
{
    if (m_removeQueue.isEmpty()) {
        m_writing = false;
        m_progress->hide();
        if (m_removeErrors.isEmpty())
            say(m_removed == 1 ? tr("1 entry removed.") : tr("%1 entries removed.").arg(m_removed));
        else
            say(tr("%1 of %2 removed. Not removed: %3")
                    .arg(m_removed)
                    .arg(m_removeTotal)
                    .arg(m_removeErrors.join(QStringLiteral("; "))),
                true);
        syncButtons();
        m_list->load(true);
        return;
    }
    const Removal next = m_removeQueue.takeFirst();
    say(tr("Removing %1 of %2: %3…")
            .arg(m_removeTotal - m_removeQueue.size())
            .arg(m_removeTotal)
            .arg(next.url));
    DncApi(m_connection).remove(next.id, this, [this, next](const Result<Ack> &r) {
        if (r.ok() || r.error.category == ApiError::Category::NotFound)
            ++m_removed; // not found: someone else removed it already
        else
            m_removeErrors.append(QStringLiteral("%1 (%2)").arg(next.url, r.error.userMessage()));
        m_progress->setValue(m_progress->value() + 1);
        removeNext();
    });
}

void DncListEditor::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_message->setVisible(!text.isEmpty());
}

void DncListEditor::updateCount()
{
    const int all = m_list->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_list->hasLoaded())
        m_count->setText(QString());
    else if (all == 0)
        m_count->setText(tr("Nobody is on the list yet"));
    else if (shown == all)
        m_count->setText(all == 1 ? tr("1 person") : tr("%1 people").arg(QLocale().toString(all)));
    else
        m_count->setText(
            tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all)));
}

QString DncListEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString DncListEditor::urlHint() const
{
    return m_hint->text();
}

QString DncListEditor::checkAnswer() const
{
    return m_answer->isVisible() ? m_answer->text() : QString();
}

QString DncListEditor::countText() const
{
    return m_count->text();
}

} // namespace kakiyo
