#include "ui/workspaces/WorkspacesPage.h"

#include "models/WorkspaceListModel.h"
#include "models/api/AgentsApi.h"
#include "models/api/Connection.h"
#include "models/api/WorkspacesApi.h"
#include "models/domain/FormCheck.h"
#include "models/store/CurrentWorkspace.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceComparisonView.h"
#include "ui/workspaces/WorkspaceMarker.h"
#include "ui/workspaces/WorkspaceSwitcher.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QPushButton *button(const QString &icon, const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(Theme::icon(icon), text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

} // namespace

WorkspacesPage::WorkspacesPage(Connection *session, CurrentWorkspace *current, QWidget *parent)
    : Page(tr("Workspaces"), parent)
    , m_connection(session)
    , m_current(current)
    , m_model(new WorkspaceListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("workspacesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkspaceListModel::RawRole);
    trackModel(m_model);

    // Header: the window's current workspace, switchable here as in the sidebar.
    if (current) {
        auto *label = new QLabel(tr("Wor&king in"), this);
        m_switcher = new WorkspaceSwitcher(current, this);
        m_switcher->setObjectName(QStringLiteral("pageWorkspaceSwitcher"));
        label->setBuddy(m_switcher);
        headerActions()->addWidget(label);
        headerActions()->addWidget(m_switcher);
    }

    auto *newAction
        = new QAction(Theme::icon(QStringLiteral("add")), tr("New client workspace…"), this);
    newAction->setObjectName(QStringLiteral("newWorkspace"));
    newAction->setToolTip(tr("Create a workspace for a client of the agency"));
    connect(newAction, &QAction::triggered, this, [this] {
        emit showRequested();
        activate();
        m_newName->setFocus();
    });
    addAction(newAction);

    // Shown instead of the content when the team is not on the Agency plan.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("agencyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notice->setText(
        tr("<h3>Workspaces need the Agency plan</h3>"
           "<p>Kakiyo answered that this team is not on the Agency plan, so it has no client "
           "workspaces. With the Agency plan you can give each client a workspace of their own, "
           "invite the client's people by email and assign agents to it; the client then sees "
           "only the campaigns and conversations of those agents.</p>"
           "<p>Everything else in Kakiyo Desk works as before. If the plan was changed "
           "recently, press <b>Refresh</b>.</p>"));
    m_notice->setContentsMargins(4, 8, 4, 8);
    m_notice->hide();
    body()->addWidget(m_notice);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto *createRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&New workspace"), m_content);
    m_newName = new QLineEdit(m_content);
    m_newName->setObjectName(QStringLiteral("newWorkspaceName"));
    m_newName->setAccessibleName(tr("New workspace name"));
    m_newName->setPlaceholderText(tr("Client name, e.g. Acme Robotics"));
    m_newName->setMaxLength(120);
    nameLabel->setBuddy(m_newName);
    m_create = button(QStringLiteral("add"), tr("&Create"), "createWorkspaceButton", m_content);
    m_create->setEnabled(false);
    createRow->addWidget(nameLabel);
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    content->addLayout(createRow);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    m_table = new QTableView(splitter);
    setUpListTable(m_table, m_proxy, QStringLiteral("workspaceTable"), tr("Workspaces"),
        WorkspaceListModel::NameColumn);
    m_table->setTextElideMode(Qt::ElideMiddle);
    stretchListColumn(m_table, WorkspaceListModel::NameColumn);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 4, 0);
    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("workspaceDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_details);

    auto *topButtons = new QHBoxLayout;
    m_workHere = button(
        QStringLiteral("workspaces"), tr("&Work in this workspace"), "workHereButton", panel);
    m_delete = button(QStringLiteral("delete"), tr("&Delete…"), "deleteWorkspaceButton", panel);
    topButtons->addWidget(m_workHere);
    topButtons->addWidget(m_delete);
    topButtons->addStretch(1);
    side->addLayout(topButtons);

    m_clientsBox = new QGroupBox(tr("Clients"), panel);
    m_clientsBox->setObjectName(QStringLiteral("clientsBox"));
    auto *clients = new QVBoxLayout(m_clientsBox);
    m_clients = new QListWidget(m_clientsBox);
    m_clients->setObjectName(QStringLiteral("clientList"));
    m_clients->setAccessibleName(tr("Clients of this workspace"));
    m_clients->setMaximumHeight(m_clients->fontMetrics().lineSpacing() * 5 + 12);
    clients->addWidget(m_clients);
    auto *inviteRow = new QHBoxLayout;
    m_email = new QLineEdit(m_clientsBox);
    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setAccessibleName(tr("Client email to invite"));
    m_email->setPlaceholderText(tr("client@example.com"));
    m_invite = button(QStringLiteral("add"), tr("&Invite"), "inviteButton", m_clientsBox);
    m_removeClient
        = button(QStringLiteral("delete"), tr("Re&move"), "removeClientButton", m_clientsBox);
    inviteRow->addWidget(m_email, 1);
    inviteRow->addWidget(m_invite);
    inviteRow->addWidget(m_removeClient);
    clients->addLayout(inviteRow);
    side->addWidget(m_clientsBox);

    m_agentsBox = new QGroupBox(tr("Assigned agents"), panel);
    m_agentsBox->setObjectName(QStringLiteral("agentsBox"));
    auto *agents = new QVBoxLayout(m_agentsBox);
    m_assigned = new QListWidget(m_agentsBox);
    m_assigned->setObjectName(QStringLiteral("assignedAgents"));
    m_assigned->setAccessibleName(tr("Agents assigned to this workspace"));
    m_assigned->setMaximumHeight(m_assigned->fontMetrics().lineSpacing() * 5 + 12);
    agents->addWidget(m_assigned);
    auto *assignRow = new QHBoxLayout;
    m_agentPicker = new QComboBox(m_agentsBox);
    m_agentPicker->setObjectName(QStringLiteral("agentPicker"));
    m_agentPicker->setAccessibleName(tr("Agent to assign"));
    m_agentPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agentPicker->setMinimumContentsLength(14);
    m_assign = button(QStringLiteral("add"), tr("&Assign"), "assignAgentButton", m_agentsBox);
    m_unassign
        = button(QStringLiteral("close"), tr("&Unassign"), "unassignAgentButton", m_agentsBox);
    assignRow->addWidget(m_agentPicker, 1);
    assignRow->addWidget(m_assign);
    assignRow->addWidget(m_unassign);
    agents->addLayout(assignRow);
    side->addWidget(m_agentsBox);

    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("workspaceMessage"));
    m_message->setAccessibleName(tr("Outcome"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_message);
    side->addStretch(1);
    scroll->setWidget(panel);

    // The details are never narrower than their rows of field and buttons (longer in French
    // than in English); the table gives up the width instead and scrolls.
    scroll->setMinimumWidth(panel->minimumSizeHint().width()
        + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 420});
    content->addWidget(splitter, 1);
    body()->addWidget(m_content, 1);

    // The master view shares the page: one toggle in the header swaps it with the management.
    m_comparison = new WorkspaceComparisonView(session, this);
    m_comparison->hide();
    body()->addWidget(m_comparison, 1);
    m_compareToggle = new QPushButton(tr("Compare a&ll"), this);
    m_compareToggle->setObjectName(QStringLiteral("compareToggle"));
    m_compareToggle->setCheckable(true);
    m_compareToggle->setToolTip(tr("Every client workspace's figures side by side"));
    headerActions()->addWidget(m_compareToggle);
    connect(m_compareToggle, &QPushButton::toggled, this, &WorkspacesPage::showComparison);
    connect(m_comparison, &WorkspaceComparisonView::openWorkspace, this, [this](const QString &id) {
        if (m_current)
            m_current->select(id);
        emit overviewRequested();
    });

    connect(m_newName, &QLineEdit::textChanged, this, &WorkspacesPage::updateButtons);
    connect(m_newName, &QLineEdit::returnPressed, this, &WorkspacesPage::createWorkspace);
    connect(m_create, &QPushButton::clicked, this, &WorkspacesPage::createWorkspace);
    connect(m_email, &QLineEdit::returnPressed, this, &WorkspacesPage::inviteClient);
    connect(m_email, &QLineEdit::textChanged, this, &WorkspacesPage::updateButtons);
    connect(m_invite, &QPushButton::clicked, this, &WorkspacesPage::inviteClient);
    connect(m_removeClient, &QPushButton::clicked, this, &WorkspacesPage::removeClient);
    connect(m_assign, &QPushButton::clicked, this, &WorkspacesPage::assignAgent);
    connect(m_unassign, &QPushButton::clicked, this, &WorkspacesPage::unassignAgent);
    connect(m_delete, &QPushButton::clicked, this, &WorkspacesPage::deleteWorkspace);
    connect(m_workHere, &QPushButton::clicked, this, &WorkspacesPage::workHere);
    connect(m_clients, &QListWidget::currentRowChanged, this, &WorkspacesPage::updateButtons);
    connect(m_assigned, &QListWidget::currentRowChanged, this, &WorkspacesPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            showDetails(index.data(WorkspaceListModel::IdRole).toString());
        });
    connect(m_model, &WorkspaceListModel::loaded, this, [this] {
        // The outcome of the write that caused this reload stays visible, even when the selection
        // moves (a deleted workspace's row is gone).
        const QString outcome = m_message->text();
        showAgencyNotice(false);
        if (m_current)
            m_current->setWorkspaces(m_model->workspaces());
        if (m_model->rowOf(m_selectedId) >= 0)
            selectWorkspace(m_selectedId);
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        else
            showDetails(QString());
        if (m_message->text().isEmpty())
            m_message->setText(outcome);
    });
    connect(m_model, &WorkspaceListModel::loadFailed, this, [this](const QString &message) {
        if (m_model->agencyPlanMissing()) {
            showAgencyNotice(true);
            return;
        }
        setMessage(message, true);
    });
    if (current) {
        connect(current, &CurrentWorkspace::changed, this, [this] { showDetails(m_selectedId); });
        connect(current, &CurrentWorkspace::choicesWanted, this, [this] { activate(); });
    }
    showDetails(QString());
}

WorkspacesPage::~WorkspacesPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void WorkspacesPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->load(false);
    loadAgents(false);
}

void WorkspacesPage::refresh()
{
    m_activated = true;
    m_model->load(true);
    loadAgents(true);
}

QString WorkspacesPage::messageText() const
{
    return m_message->text();
}

void WorkspacesPage::loadAgents(bool refresh)
{
    ReadOptions options;
    options.wholeTeam = true; // any of the team's agents can be assigned
    if (refresh)
        options.cache = ApiRequest::CacheMode::Refresh;
    AgentsApi(m_connection.data())
        .list(
            this,
            [this](const Result<QList<Agent>> &result) {
                if (!result.ok())
                    return; // the banner or the list's own error says it; the picker stays empty
                m_agents = result.value;
                m_agentsLoaded = true;
                showDetails(m_selectedId);
            },
            options);
}

void WorkspacesPage::showComparison(bool show)
{
    if (m_compareToggle->isChecked() != show) {
        m_compareToggle->setChecked(show); // comes back here through toggled
        return;
    }
    const bool notice = !m_notice->isHidden();
    m_content->setVisible(!show && !notice);
    m_comparison->setVisible(show && !notice);
    if (show)
        m_comparison->updateCost(); // the cache may have changed since it was built
}

bool WorkspacesPage::isComparisonShown() const
{
    return m_compareToggle->isChecked();
}

void WorkspacesPage::showAgencyNotice(bool show)
{
    m_notice->setVisible(show);
    m_content->setVisible(!show && !m_compareToggle->isChecked());
    m_comparison->setVisible(!show && m_compareToggle->isChecked());
    if (show && m_current)
        m_current->setWorkspaces({});
}

void WorkspacesPage::setMessage(const QString &text, bool problem)
{
    Theme::showMessage(m_message, text, problem);
}

QString WorkspacesPage::agentName(const QString &id) const
{
    for (const Agent &a : m_agents) {
        if (a.id == id)
            return a.name.isEmpty() ? id : a.name;
    }
    return id;
}

void WorkspacesPage::selectWorkspace(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    selectSourceRow(m_table, m_proxy, row);
    showDetails(id);
}

void WorkspacesPage::showDetails(const QString &id)
{
    if (id != m_selectedId)
        m_message->clear();
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    m_clients->clear();
    m_assigned->clear();
    m_agentPicker->clear();
    m_clientsBox->setEnabled(row >= 0);
    m_agentsBox->setEnabled(row >= 0);
    if (row < 0) {
        m_details->setText(m_model->hasLoaded() && m_model->rowCount() == 0
                ? tr("<h3 style='margin:0'>No client workspaces yet</h3><p>Create one above for "
                     "each client of the agency, then invite the client's people and assign the "
                     "agents that work for them.</p>")
                : tr("Select a workspace to see its clients and agents."));
        updateButtons();
        return;
    }
    const Workspace w = m_model->workspace(row);
    const QLocale locale;
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(w.name.toHtmlEscaped());
    const QColor marker = WorkspaceMarker::colorFor(w.id, Theme::isDark());
    const bool isCurrent = m_current && m_current->id() == w.id;
    html += QStringLiteral("<p style='margin-top:2px'><span style='color:%1'>●</span> %2</p>")
                .arg(marker.name(),
                    isCurrent ? tr("the window works in this workspace")
                              : tr("marker colour of this workspace"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto line = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    line(tr("Workspace id"), w.id);
    line(tr("Client team id"), w.clientTeamId.isEmpty() ? tr("not reported") : w.clientTeamId);
    if (w.createdAt.isValid())
        line(tr("Created"), locale.toString(w.createdAt.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    m_details->setText(html);

    for (const WorkspaceMember &m : w.members) {
        auto *item = new QListWidgetItem(m.roles.isEmpty()
                ? m.email
                : QStringLiteral("%1 (%2)").arg(m.email, m.roles.join(u", ")),
            m_clients);
        item->setData(Qt::UserRole, m.email);
    }
    if (w.members.isEmpty())
        m_clients->addItem(tr("No clients invited yet"));
    for (const QString &agentId : w.agentIds) {
        auto *item = new QListWidgetItem(agentName(agentId), m_assigned);
        item->setData(Qt::UserRole, agentId);
    }
    if (w.agentIds.isEmpty())
        m_assigned->addItem(tr("No agents assigned"));
    // The picker offers the live agents not yet in this workspace.
    for (const Agent &a : std::as_const(m_agents)) {
        if (!w.agentIds.contains(a.id))
            m_agentPicker->addItem(a.name.isEmpty() ? a.id : a.name, a.id);
    }
    // With a placeholder set, a combo box keeps no selection when items arrive: pick the first.
    m_agentPicker->setPlaceholderText(
        m_agentsLoaded ? tr("Every agent is assigned") : tr("Loading agents…"));
    m_agentPicker->setCurrentIndex(m_agentPicker->count() > 0 ? 0 : -1);
    updateButtons();
}

void WorkspacesPage::updateButtons()
{
    const bool selected = m_model->rowOf(m_selectedId) >= 0;
    const bool idle = !m_writing;
    m_create->setEnabled(idle && !m_newName->text().trimmed().isEmpty());
    m_delete->setEnabled(idle && selected);
    m_workHere->setEnabled(selected && !(m_current && m_current->id() == m_selectedId));
    m_invite->setEnabled(idle && selected && !m_email->text().trimmed().isEmpty());
    const auto *client = m_clients->currentItem();
    m_removeClient->setEnabled(
        idle && selected && client && !client->data(Qt::UserRole).toString().isEmpty());
    m_assign->setEnabled(idle && selected && m_agentPicker->currentIndex() >= 0);
    const auto *agent = m_assigned->currentItem();
    m_unassign->setEnabled(
        idle && selected && agent && !agent->data(Qt::UserRole).toString().isEmpty());
}

void WorkspacesPage::startWrite(const QString &what)
{
    m_writing = true;
    setMessage(what);
    updateButtons();
}

void WorkspacesPage::finishWrite(const QString &text, bool ok)
{
    m_writing = false;
    setMessage(text, !ok);
    if (ok)
        m_model->load(true);
    updateButtons();
    emit writeFinished(ok);
}

QString WorkspacesPage::describePropagation(const QMap<QString, qint64> &counts)
{
    if (counts.isEmpty())
        return tr("the server did not say what it changed");
    const QLocale locale;
    return tr("%1 campaigns, %2 conversations, %3 prospects")
        .arg(locale.toString(counts.value(QStringLiteral("campaigns"))),
            locale.toString(counts.value(QStringLiteral("chats"))),
            locale.toString(counts.value(QStringLiteral("prospects"))));
}

void WorkspacesPage::createWorkspace()
{
    const QString name = m_newName->text().trimmed();
    if (m_writing)
        return;
    if (name.isEmpty()) {
        setMessage(tr("Give the workspace a name."), true);
        m_newName->setFocus();
        return;
    }
    startWrite(tr("Creating “%1”…").arg(name));
    WorkspacesApi(m_connection.data())
        .create({name}, this, [this](const Result<Workspace> &result) {
            if (!result.ok()) {
                finishWrite(result.error.httpStatus == 403
                        ? tr("Kakiyo refused: workspaces need the Agency plan.")
                        : result.error.userMessage(),
                    false);
                return;
            }
            m_newName->clear();
            m_selectedId = result.value.id;
            finishWrite(tr("Workspace “%1” created.").arg(result.value.name), true);
            emit workspaceChanged(result.value.id);
        });
}

void WorkspacesPage::deleteWorkspace()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0 || m_writing)
        return;
    const Workspace w = m_model->workspace(row);
    const auto answer = MessageBox::question(this, tr("Delete workspace"),
        tr("Delete the workspace “%1”?\n\nIts %n client(s) lose access and its agents are "
           "unassigned (the agents, campaigns and conversations stay in the team). This cannot be "
           "undone.",
            nullptr, int(w.members.size()))
            .arg(w.name),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    startWrite(tr("Deleting “%1”…").arg(w.name));
    const QString id = w.id;
    const QString name = w.name;
    WorkspacesApi(m_connection.data())
        .remove(id, this, [this, id, name](const Result<WorkspaceDeleted> &result) {
            if (!result.ok()) {
                finishWrite(result.error.userMessage(), false);
                return;
            }
            const QLocale locale;
            const auto &s = result.value.stats;
            const qint64 agents = s.value(QStringLiteral("agentsUnassigned"));
            const QString stats = s.isEmpty()
                ? tr("The server did not report what it unassigned.")
                : tr("The server unassigned %1 and updated %2 campaigns and %3 conversations.")
                      .arg(agents == 1 ? tr("1 agent")
                                       : tr("%1 agents").arg(locale.toString(agents)),
                          locale.toString(s.value(QStringLiteral("campaignsUpdated"))),
                          locale.toString(s.value(QStringLiteral("chatsUpdated"))));
            m_selectedId.clear();
            finishWrite(tr("Workspace “%1” deleted. %2").arg(name, stats), true);
            emit workspaceChanged(id);
        });
}

void WorkspacesPage::inviteClient()
{
    const QString id = m_selectedId;
    const QString email = m_email->text().trimmed();
    if (m_model->rowOf(id) < 0 || m_writing)
        return;
    if (!FormCheck::isEmail(email)) {
        setMessage(tr("“%1” is not an email address. Enter the client's address, e.g. "
                      "name@client.com.")
                       .arg(email),
            true);
        m_email->setFocus();
        m_email->selectAll();
        return;
    }
    startWrite(tr("Inviting %1…").arg(email));
    WorkspaceInvite invite;
    invite.email = email;
    WorkspacesApi(m_connection.data())
        .invite(id, invite, this, [this, id, email](const Result<WorkspaceInvitation> &result) {
            if (!result.ok()) {
                finishWrite(result.error.httpStatus == 409
                        ? tr("%1 is already a client of this workspace.").arg(email)
                        : result.error.userMessage(),
                    false);
                return;
            }
            m_email->clear();
            finishWrite(result.value.emailSent
                    ? tr("%1 invited; Kakiyo sent the sign-in link by email.").arg(email)
                    : tr("%1 invited (no email was sent).").arg(email),
                true);
            emit workspaceChanged(id);
        });
}

void WorkspacesPage::removeClient()
{
    const QString id = m_selectedId;
    const auto *item = m_clients->currentItem();
    if (!item || m_writing)
        return;
    const QString email = item->data(Qt::UserRole).toString();
    if (email.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Remove client"),
        tr("Remove %1 from this workspace? They lose access to its campaigns and conversations.")
            .arg(email),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    startWrite(tr("Removing %1…").arg(email));
    WorkspacesApi(m_connection.data())
        .removeClient(
            id, {email}, this, [this, id, email](const Result<WorkspaceClientRemoved> &result) {
                if (!result.ok()) {
                    finishWrite(result.error.userMessage(), false);
                    return;
                }
                finishWrite(tr("%1 removed from the workspace.").arg(email), true);
                emit workspaceChanged(id);
            });
}

void WorkspacesPage::assignAgent()
{
    const QString id = m_selectedId;
    const QString agentId = m_agentPicker->currentData().toString();
    if (m_model->rowOf(id) < 0 || agentId.isEmpty() || m_writing)
        return;
    const QString name = agentName(agentId);
    startWrite(tr("Assigning %1…").arg(name));
    WorkspacesApi(m_connection.data())
        .assignAgent(
            id, agentId, this, [this, id, name](const Result<WorkspaceAgentChange> &result) {
                if (!result.ok()) {
                    finishWrite(result.error.userMessage(), false);
                    return;
                }
                finishWrite(tr("%1 assigned. The client now sees %2.")
                                .arg(name, describePropagation(result.value.propagated)),
                    true);
                emit workspaceChanged(id);
            });
}

void WorkspacesPage::unassignAgent()
{
    const QString id = m_selectedId;
    const auto *item = m_assigned->currentItem();
    if (!item || m_writing)
        return;
    const QString agentId = item->data(Qt::UserRole).toString();
    if (agentId.isEmpty())
        return;
    const QString name = agentName(agentId);
    startWrite(tr("Unassigning %1…").arg(name));
    WorkspacesApi(m_connection.data())
        .unassignAgent(
            id, agentId, this, [this, id, name](const Result<WorkspaceAgentChange> &result) {
                if (!result.ok()) {
                    finishWrite(result.error.userMessage(), false);
                    return;
                }
                finishWrite(tr("%1 unassigned; the agent stays in the team. The client no longer "
                               "sees %2.")
                                .arg(name, describePropagation(result.value.propagated)),
                    true);
                emit workspaceChanged(id);
            });
}

void WorkspacesPage::workHere()
{
    if (m_current && m_model->rowOf(m_selectedId) >= 0)
        m_current->select(m_selectedId);
}

} // namespace kakiyo
