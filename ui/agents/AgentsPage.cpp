#include "ui/agents/AgentsPage.h"

#include "models/AgentListModel.h"
#include "models/api/AgentsApi.h"
#include "ui/agents/AgentLimitsDialog.h"
#include "ui/agents/AgentSetupDialog.h"
#include "ui/agents/AgentSeverityDelegate.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace kakiyo {

namespace {

constexpr int kLoginCheckDelayMs = 3000; // when to look at the status again after a setup

bool is(const Agent &a, const char *status)
{
    return a.status == QLatin1String(status);
}

QProgressBar *usageBar(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setAccessibleName(accessible);
    bar->setTextVisible(true);
    bar->setMinimumWidth(140);
    return bar;
}

// Shows `used` of `limit` on the bar; the text is exact even above the limit (which the bar's
// own range would clamp).
void setUsage(QProgressBar *bar, qint64 used, int limit)
{
    const QLocale locale;
    const qint64 top = qMax<qint64>(qMax(limit, 1), used);
    bar->setRange(0, int(top));
    bar->setValue(int(used));
    bar->setFormat(limit > 0
            ? QObject::tr("%1 of %2").arg(locale.toString(used), locale.toString(limit))
            : locale.toString(used));
}

} // namespace

AgentsPage::AgentsPage(Connection *session, QWidget *parent)
    : Page(tr("Agents"), parent)
    , m_connection(session)
    , m_model(new AgentListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setFetchesUsage(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgentListModel::RawRole);

    // Commands: buttons on the page and entries (with shortcuts) in the command palette.
    auto makeAction = [this](const char *name, const QString &icon, const QString &text,
                          const QString &tip, const QKeySequence &shortcut) {
        auto *a = new QAction(Theme::icon(icon), text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setShortcutContext(Qt::WindowShortcut);
        }
        addAction(a);
        return a;
    };
    m_newAction = makeAction("newAgent", QStringLiteral("add"), tr("New agent…"),
        tr("Create an agent, then connect a LinkedIn account to it"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_pauseAction = makeAction("pauseAgent", QStringLiteral("pause"), tr("Pause agent"),
        tr("Stop the selected agent's invitations and messages (running agents)"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_resumeAction = makeAction("resumeAgent", QStringLiteral("play"), tr("Resume agent"),
        tr("Start the selected agent again (paused agents without alerts)"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    m_editAction = makeAction("editAgent", QStringLiteral("edit"), tr("Edit agent…"),
        tr("Daily limits, working hours and settings of the selected agent"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_setupAction = makeAction("setUpAgent", QStringLiteral("key"), tr("Set up / reconnect…"),
        tr("Connect the LinkedIn login (agents that need setup or a new login)"), {});
    m_relaunchAction = makeAction("relaunchAgent", QStringLiteral("refresh"), tr("Relaunch agent…"),
        tr("Reset an ended agent to “Setup needed” (its id stays)"), {});
    m_deleteAction = makeAction("deleteAgent", QStringLiteral("delete"), tr("Delete agent…"),
        tr("Delete an ended agent with its campaigns and statistics"), {});
    connect(m_newAction, &QAction::triggered, this, &AgentsPage::newAgent);
    connect(m_pauseAction, &QAction::triggered, this, [this] { pauseOrResume(true); });
    connect(m_resumeAction, &QAction::triggered, this, [this] { pauseOrResume(false); });
    connect(m_editAction, &QAction::triggered, this, &AgentsPage::editLimits);
    connect(m_setupAction, &QAction::triggered, this, &AgentsPage::setUpAgent);
    connect(m_relaunchAction, &QAction::triggered, this, &AgentsPage::relaunchAgent);
    connect(m_deleteAction, &QAction::triggered, this, &AgentsPage::deleteAgent);

    auto *create = new QPushButton(Theme::icon(QStringLiteral("add")), tr("New agent…"), this);
    create->setObjectName(QStringLiteral("newAgentButton"));
    create->setAccessibleName(tr("New agent"));
    create->setToolTip(m_newAction->toolTip());
    connect(create, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_newAction, &QAction::enabledChanged, create, &QPushButton::setEnabled);
    headerActions()->addWidget(create);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    setUpListTable(m_table, m_proxy, QStringLiteral("agentTable"), tr("Agents"),
        AgentListModel::AlertsColumn, Qt::DescendingOrder);
    // Every column as wide as its content; the alerts take what is left (full text in the tooltip).
    m_table->horizontalHeader()->setStretchLastSection(false);
    stretchListColumn(m_table, AgentListModel::AlertsColumn);
    m_table->setItemDelegate(new AgentSeverityDelegate(m_table));
    m_table->hideColumn(AgentListModel::CountryColumn); // in the details; the alerts need room
    m_table->setWordWrap(false);

    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("agentPanel"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    auto *panel = new QWidget(scroll);
    scroll->setWidget(panel);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 4, 0);
    m_header = new QLabel(tr("Select an agent to see its usage, hours and settings."), panel);
    m_header->setObjectName(QStringLiteral("agentHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_header);

    m_usage = new QWidget(panel);
    auto *usageForm = new QFormLayout(m_usage);
    usageForm->setContentsMargins(0, 4, 0, 4);
    usageForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_invitationsBar
        = usageBar(m_usage, QStringLiteral("usageInvitationsBar"), tr("Invitations today"));
    m_messagesBar = usageBar(m_usage, QStringLiteral("usageMessagesBar"), tr("Messages today"));
    usageForm->addRow(tr("Invitations today"), m_invitationsBar);
    usageForm->addRow(tr("Messages today"), m_messagesBar);
    m_usage->hide();
    side->addWidget(m_usage);

    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("agentDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_details);

    auto *buttons = new QGridLayout;
    const QList<std::pair<QAction *, const char *>> buttonActions {
        {m_pauseAction, "pauseAgentButton"}, {m_resumeAction, "resumeAgentButton"},
        {m_editAction, "editLimitsButton"}, {m_setupAction, "setUpAgentButton"},
        {m_relaunchAction, "relaunchAgentButton"}, {m_deleteAction, "deleteAgentButton"}};
    for (int i = 0; i < buttonActions.size(); ++i) {
        auto *b = new QToolButton(panel);
        b->setDefaultAction(buttonActions.at(i).first);
        b->setObjectName(QString::fromLatin1(buttonActions.at(i).second));
        b->setAccessibleName(buttonActions.at(i).first->text().remove(QChar(u'…')));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b, i / 2, i % 2);
    }
    side->addSpacing(6);
    side->addLayout(buttons);
    m_hint = new QLabel(panel);
    m_hint->setObjectName(QStringLiteral("agentActionHint"));
    m_hint->setProperty("class", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    side->addWidget(m_hint);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("agentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_message);
    side->addStretch(1);

    // The panel does not scroll sideways: it is never narrower than its buttons (two to a row,
    // as long as their text), the table gives up the width instead (it scrolls).
    scroll->setMinimumWidth(
        panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 380});
    body()->addWidget(splitter, 1);
    updateActions(nullptr);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showDetails(current.data(AgentListModel::IdRole).toString());
        });
    trackModel(m_model);
    connect(m_model, &AgentListModel::loaded, this, [this] {
        if (!m_pendingSelect.isEmpty() && m_model->rowOf(m_pendingSelect) >= 0)
            selectAgent(std::exchange(m_pendingSelect, QString()));
        else if (!m_selectedId.isEmpty() && m_model->rowOf(m_selectedId) >= 0)
            selectAgent(m_selectedId);
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        else
            clearDetails();
    });
    connect(m_model, &AgentListModel::loadFailed, this,
        [this](const QString &message) { say(message, true); });
    // Details answers, background usage and local status changes all land in the model.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_model->rowOf(m_selectedId);
            if (row >= topLeft.row() && row <= bottomRight.row())
                renderDetails(m_model->agent(row));
        });
}

AgentsPage::~AgentsPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void AgentsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->load(false);
}

void AgentsPage::refreshInPlace()
{
    // The auto-refresh has just stored the list: read from the cache, it costs nothing.
    if (m_activated)
        m_model->load(false);
}

void AgentsPage::refresh()
{
    m_activated = true;
    m_model->load(true); // the list, then every agent's details
}

QString AgentsPage::messageText() const
{
    return m_message->text();
}

Agent AgentsPage::selectedAgent() const
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0)
        return {};
    return m_shown.id == m_selectedId ? m_shown : m_model->agent(row);
}

void AgentsPage::selectAgent(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    selectSourceRow(m_table, m_proxy, row);
    if (id == m_selectedId)
        showDetails(id);
}

void AgentsPage::say(const QString &text, bool problem)
{
    sayAbout(m_selectedId, text, problem);
}

void AgentsPage::sayAbout(const QString &id, const QString &text, bool problem)
{
    m_messageFor = id;
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_message->setText(text);
}

void AgentsPage::showDetails(const QString &id, bool refresh)
{
    if (!m_messageFor.isEmpty() && id != m_messageFor)
        say(QString()); // a message about another agent no longer applies
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        clearDetails();
        return;
    }
    renderDetails(m_model->agent(row));
    // The model asks every agent's details after each list load (same cache rule as the list),
    // so selecting only shows them; after a change the agent is asked again.
    if (!refresh)
        return;
    AgentsApi(m_connection)
        .get(
            id, this,
            [this, id](const Result<Agent> &result) {
                if (result.ok()) {
                    m_model->updateAgent(result.value); // renders through dataChanged
                    return;
                }
                if (id != m_selectedId)
                    return;
                if (result.error.category == ApiError::Category::NotFound) {
                    say(tr("This agent no longer exists on Kakiyo; the list has been refreshed."),
                        true);
                    m_model->load(true);
                } else if (result.error.category == ApiError::Category::Decode) {
                    say(tr("The agent's details could not be read: %1").arg(result.error.message),
                        true);
                }
                // Transport, key, rate and credit problems show in the window's banner.
            },
            ReadOptions {Priority::Interactive, ApiRequest::CacheMode::Refresh});
}

void AgentsPage::clearDetails()
{
    m_selectedId.clear();
    m_shown = {};
    m_header->setText(m_model->rowCount() > 0
            ? tr("Select an agent to see its usage, hours and settings.")
            : tr("No agents yet. Create one with “New agent…”, then connect a LinkedIn account."));
    m_usage->hide();
    m_details->clear();
    updateActions(nullptr);
}

void AgentsPage::renderDetails(const Agent &a)
{
    m_shown = a;
    const QLocale locale;
    QString header
        = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2")
              .arg(a.name.toHtmlEscaped(), AgentListModel::statusLabel(a.status).toHtmlEscaped());
    for (const QString &part : {a.login, a.country}) {
        if (!part.isEmpty())
            header += QStringLiteral(" · ") + part.toHtmlEscaped();
    }
    header += QStringLiteral("</p>");
    for (const AgentAlert &al : a.alerts) {
        const QColor c = al.severity == QLatin1String("error") ? Theme::danger()
            : al.severity == QLatin1String("warning")          ? Theme::warning()
                                                               : Theme::accent();
        header += QStringLiteral("<p style='color:%1; margin:2px 0'>● %2</p>")
                      .arg(c.name(), al.message.toHtmlEscaped());
    }
    m_header->setText(header);

    if (a.usage) {
        setUsage(m_invitationsBar, a.usage->invitationsDaily, a.limits.invitationsMax);
        setUsage(m_messagesBar, a.usage->messagesDaily, a.limits.messagesMax);
    }
    m_usage->setVisible(a.usage.has_value());

    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='padding-right:14px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    if (a.limits.isSet()) {
        row(tr("Invitations / day"),
            tr("%1 to %2").arg(a.limits.invitationsMin).arg(a.limits.invitationsMax));
        row(tr("Messages / day"),
            tr("%1 to %2").arg(a.limits.messagesMin).arg(a.limits.messagesMax));
    }
    if (a.usage) {
        row(tr("Invitations in total"), locale.toString(a.usage->invitations));
        row(tr("Messages in total"), locale.toString(a.usage->messages));
        if (a.usage->nextInvitation.isValid())
            row(tr("Next invitation"),
                locale.toString(a.usage->nextInvitation.toLocalTime(), QLocale::ShortFormat));
        if (a.usage->nextMessage.isValid())
            row(tr("Next message"),
                locale.toString(a.usage->nextMessage.toLocalTime(), QLocale::ShortFormat));
    }
    if (a.workingHours.isSet()) {
        const QString days = AgentListModel::workingDaysText(a.workingHours.days);
        row(tr("Working days"), days.isEmpty() ? tr("none") : days);
        row(tr("Working hours"),
            tr("%1 to %2 (%3)")
                .arg(a.workingHours.start, a.workingHours.stop,
                    AgentListModel::timezoneText(a.workingHours.timezone)));
    }
    for (const AgentSetting &s : a.settings)
        row(s.key == QLatin1String("skipInNetwork")         ? tr("Skip people in network")
                : s.key == QLatin1String("invitationsOnly") ? tr("Invitations only")
                                                            : s.key,
            s.value ? tr("yes") : tr("no"));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    updateActions(&a);
}

void AgentsPage::updateActions(const Agent *a)
{
    const bool any = a != nullptr && !a->id.isEmpty();
    const bool ended = any && is(*a, "ended");
    m_pauseAction->setEnabled(any && is(*a, "running"));
    m_resumeAction->setEnabled(any && is(*a, "paused"));
    m_editAction->setEnabled(any && !ended);
    m_setupAction->setEnabled(any && (is(*a, "setup_needed") || is(*a, "auth_needed")));
    m_relaunchAction->setEnabled(ended);
    m_deleteAction->setEnabled(ended);
    QString hint;
    if (!any)
        hint = QString();
    else if (ended)
        hint = tr("This agent has ended. Relaunch it to connect a LinkedIn account again, or "
                  "delete it together with its campaigns.");
    else if (is(*a, "setup_needed"))
        hint = tr("Connect a LinkedIn account (“Set up / reconnect…”) to start this agent.");
    else if (is(*a, "auth_needed"))
        hint = tr("LinkedIn asks for the login again or for a verification code: reconnect "
                  "the agent.");
    else if (is(*a, "auth_in_progress"))
        hint = tr("Kakiyo is logging in to LinkedIn; the status changes in a moment.");
    else if (is(*a, "paused") && !a->alerts.isEmpty())
        hint = tr("Kakiyo resumes an agent only when it has no active alerts.");
    else
        hint = tr("Relaunch and delete are possible once the agent has ended.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString AgentsPage::refusal(const ApiError &e, const QString &action, const Agent &a) const
{
    const QString name = a.name.isEmpty() ? tr("this agent") : QStringLiteral("“%1”").arg(a.name);
    QString why;
    if (e.code == QLatin1String("invalid_status"))
        why = tr("its status is “%1”. %2")
                  .arg(AgentListModel::statusLabel(a.status),
                      e.message.isEmpty() ? tr("The action is not allowed in this status.")
                                          : e.message);
    else if (e.code == QLatin1String("campaign_busy") || e.httpStatus == 409)
        why = tr("prospects are still being imported into one of its campaigns. Wait for the "
                 "imports to finish, then try again.");
    else if (e.code == QLatin1String("agent_has_alerts")
        || (e.httpStatus == 400 && e.message.contains(QLatin1String("alert"))))
        why = tr("it has active alerts%1. Resolve them first (reconnect the LinkedIn login if "
                 "it asks for one).")
                  .arg(a.alerts.isEmpty()
                          ? QString()
                          : QStringLiteral(" (“%1”)").arg(a.alerts.first().message));
    else if (e.category == ApiError::Category::NotFound)
        why = tr("it no longer exists on Kakiyo. The list has been refreshed.");
    else if (e.category == ApiError::Category::Forbidden)
        why = e.message.isEmpty() ? tr("this API key may not change it.") : e.message;
    else
        return e.userMessage();
    return tr("Kakiyo refused to %1 %2: %3").arg(action, name, why);
}

void AgentsPage::pauseOrResume(bool pause)
{
    const Agent agent = selectedAgent();
    if (agent.id.isEmpty())
        return;
    const QString id = agent.id;
    m_pauseAction->setEnabled(false);
    m_resumeAction->setEnabled(false);
    say(pause ? tr("Pausing…") : tr("Resuming…"));
    auto done = [this, agent, pause](const Result<Ack> &result) {
        const QString id = agent.id;
        if (!result.ok()) {
            say(refusal(result.error, pause ? tr("pause") : tr("resume"), agent), true);
            if (result.error.category == ApiError::Category::NotFound)
                m_model->load(true);
            else
                showDetails(id, true);
            return;
        }
        say(pause ? tr("Agent paused.") : tr("Agent resumed."));
        Agent a = m_model->agent(m_model->rowOf(id));
        if (!a.id.isEmpty()) {
            a.status = pause ? QStringLiteral("paused") : QStringLiteral("running");
            m_model->updateAgent(a);
        }
        showDetails(id, true);
        emit agentChanged(id);
    };
    if (pause)
        AgentsApi(m_connection).pause(id, this, done);
    else
        AgentsApi(m_connection).resume(id, this, done);
}

void AgentsPage::editLimits()
{
    const Agent agent = selectedAgent();
    if (agent.id.isEmpty())
        return;
    auto *dialog = new AgentLimitsDialog(m_connection, agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgentLimitsDialog::saved, this, [this](const QString &id) {
        say(tr("Limits, hours and settings saved."));
        showDetails(id, true);
        emit agentChanged(id);
    });
    dialog->open();
    emit limitsDialogOpened(dialog);
}

void AgentsPage::openSetup(const Agent &agent)
{
    auto *dialog = new AgentSetupDialog(m_connection, agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgentSetupDialog::submitted, this,
        [this](const QString &id, const QString &login) {
            say(tr("Logging in to LinkedIn as %1… The status updates in a moment.").arg(login));
            Agent a = m_model->agent(m_model->rowOf(id));
            if (!a.id.isEmpty()) {
                a.status = QStringLiteral("auth_in_progress");
                a.login = login;
                m_model->updateAgent(a);
            }
            emit agentChanged(id);
            // LinkedIn answers after a while: look again then (the user may also press F5).
            QTimer::singleShot(kLoginCheckDelayMs, this, [this, id] {
                AgentsApi(m_connection)
                    .get(
                        id, this,
                        [this](const Result<Agent> &r) {
                            if (r.ok())
                                m_model->updateAgent(r.value);
                        },
                        ReadOptions {Priority::Interactive, ApiRequest::CacheMode::Refresh});
            });
        });
    dialog->open();
    emit setupDialogOpened(dialog);
}

void AgentsPage::setUpAgent()
{
    const Agent agent = selectedAgent();
    if (!agent.id.isEmpty())
        openSetup(agent);
}

void AgentsPage::newAgent()
{
    const auto answer = MessageBox::question(this, tr("New agent"),
        tr("Create a new agent?\n\nKakiyo adds an empty LinkedIn profile in “Setup needed”; it "
           "counts towards your plan's agent limit. Next you connect a LinkedIn account to it."),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_newAction->setEnabled(false);
    say(tr("Creating an agent…"));
    AgentsApi(m_connection).create(this, [this](const Result<Ack> &result) {
        m_newAction->setEnabled(true);
        if (!result.ok()) {
            say(result.error.category == ApiError::Category::Forbidden
                    ? tr("Kakiyo refused to create an agent: %1. Your plan's agent limit is "
                         "probably reached; delete an agent that has ended or upgrade the plan.")
                          .arg(result.error.message)
                    : result.error.userMessage(),
                true);
            return;
        }
        const QString id = result.value.id;
        sayAbout(id, tr("Agent created. Connect a LinkedIn account to start it."));
        m_pendingSelect = id;
        m_model->load(true);
        emit agentChanged(id);
        if (!id.isEmpty()) {
            Agent fresh;
            fresh.id = id;
            fresh.status = QStringLiteral("setup_needed");
            openSetup(fresh);
        }
    });
}

void AgentsPage::confirmThenCall(const Agent &agent, const QString &title, const QString &question,
    const QString &verb, void (AgentsApi::*call)(const QString &, QObject *, ResultHandler<Ack>),
    const std::function<void(const Ack &)> &accepted)
{
    if (agent.id.isEmpty())
        return;
    const auto answer = MessageBox::question(this, title, question,
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_relaunchAction->setEnabled(false);
    m_deleteAction->setEnabled(false);
    say(tr("Sending…"));
    AgentsApi api(m_connection);
    (api.*call)(agent.id, this, [this, agent, verb, accepted](const Result<Ack> &result) {
        if (!result.ok()) {
            say(refusal(result.error, verb, agent), true);
            m_model->load(true); // show the status the server has
            return;
        }
        accepted(result.value);
        emit agentChanged(agent.id);
    });
}

void AgentsPage::relaunchAgent()
{
    const Agent agent = selectedAgent();
    confirmThenCall(agent, tr("Relaunch agent"),
        tr("Relaunch “%1”?\n\nKakiyo resets it to “Setup needed”: its LinkedIn login, browser "
           "profile, alerts and pending tasks are cleared. Its id, campaigns and statistics stay. "
           "You then connect a LinkedIn account again.")
            .arg(agent.name),
        tr("relaunch"), &AgentsApi::relaunch, [this, agent](const Ack &ack) {
            say(tr("“%1” relaunched. Connect a LinkedIn account to start it again.")
                    .arg(agent.name));
            Agent a = m_model->agent(m_model->rowOf(agent.id));
            if (!a.id.isEmpty()) {
                a.status = ack.status.isEmpty() ? QStringLiteral("setup_needed") : ack.status;
                a.alerts.clear();
                m_model->updateAgent(a);
            }
            showDetails(agent.id, true);
        });
}

void AgentsPage::deleteAgent()
{
    const Agent agent = selectedAgent();
    confirmThenCall(agent, tr("Delete agent"),
        tr("Delete “%1” for good?\n\nThis deletes the agent, all of its campaigns with their "
           "prospects and conversations, and its usage statistics. It cannot be undone.")
            .arg(agent.name),
        tr("delete"), &AgentsApi::remove, [this, agent](const Ack &) {
            // About no agent: it stays while the next one is selected.
            sayAbout(QString(), tr("“%1” deleted with its campaigns.").arg(agent.name));
            if (m_selectedId == agent.id)
                m_selectedId.clear();
            m_model->load(true);
        });
}

} // namespace kakiyo
