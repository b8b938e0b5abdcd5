#include "ui/AgentsPage.h"

#include "models/AgentListModel.h"
#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/ApiSession.h"
#include "ui/AgentLimitsDialog.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

// Colours the alerts and status columns by severity so problems stand out in a long list, and
// draws a thin bar under the usage columns (today's count against the daily maximum).
class SeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant fraction = index.data(AgentListModel::UsageFractionRole);
        if (!fraction.isValid())
            return;
        const double f = fraction.toDouble();
        const QRect track = option.rect.adjusted(6, option.rect.height() - 5, -6, -2);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Mid));
        painter->drawRect(track);
        QRect fill = track;
        fill.setWidth(int(track.width() * qBound(0.0, f, 1.0)));
        painter->setBrush(f >= 1.0 ? Theme::warning() : Theme::accent());
        painter->drawRect(fill);
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString severity = index.data(AgentListModel::AlertSeverityRole).toString();
        const QString status = index.data(AgentListModel::StatusRole).toString();
        QColor c;
        if (index.column() == AgentListModel::AlertsColumn)
            c = severity == QLatin1String("error")     ? Theme::danger()
                : severity == QLatin1String("warning") ? Theme::warning()
                                                       : QColor();
        else if (index.column() == AgentListModel::StatusColumn)
            c = status == QLatin1String("running") ? Theme::success()
                : (status == QLatin1String("auth_needed") || status == QLatin1String("disabled"))
                ? Theme::danger()
                : status == QLatin1String("paused") ? Theme::muted()
                                                    : Theme::warning();
        if (c.isValid())
            option->palette.setColor(QPalette::Text, c);
    }
};

QString limitLine(qint64 used, int limit)
{
    return limit > 0 ? QStringLiteral("%1 / %2").arg(used).arg(limit) : QString::number(used);
}

} // namespace

AgentsPage::AgentsPage(ApiSession *session, QWidget *parent)
    : Page(tr("Agents"), parent)
    , m_session(session)
    , m_model(new AgentListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setFetchesUsage(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgentListModel::RawRole);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setAccessibleName(tr("Agents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentListModel::AlertsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        AgentListModel::AlertsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        AgentListModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->setItemDelegate(new SeverityDelegate(m_table));
    m_table->setWordWrap(false);

    auto *panel = new QWidget(splitter);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 0, 0);
    m_details = new QLabel(tr("Select an agent to see its usage, hours and settings."), panel);
    m_details->setObjectName(QStringLiteral("agentDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_details, 1);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("agentMessage"));
    m_message->setWordWrap(true);
    side->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(Theme::icon(QStringLiteral("pause")), tr("Pause"), panel);
    m_pause->setObjectName(QStringLiteral("pauseAgentButton"));
    m_resume = new QPushButton(Theme::icon(QStringLiteral("play")), tr("Resume"), panel);
    m_resume->setObjectName(QStringLiteral("resumeAgentButton"));
    m_edit = new QPushButton(Theme::icon(QStringLiteral("edit")), tr("Limits and hours…"), panel);
    m_edit->setObjectName(QStringLiteral("editLimitsButton"));
    for (QPushButton *b : {m_pause, m_resume, m_edit}) {
        b->setEnabled(false);
        b->setAccessibleName(b->text());
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    side->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 360});
    body()->addWidget(splitter, 1);

    connect(m_pause, &QPushButton::clicked, this, [this] { pauseOrResume(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { pauseOrResume(false); });
    connect(m_edit, &QPushButton::clicked, this, &AgentsPage::editLimits);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showDetails(current.data(AgentListModel::IdRole).toString());
        });
    trackModel(m_model);
    connect(m_model, &AgentListModel::loaded, this, [this] {
        m_table->resizeColumnToContents(AgentListModel::StatusColumn);
        if (!m_selectedId.isEmpty())
            selectAgent(m_selectedId);
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &AgentListModel::loadFailed, this,
        [this](const QString &message) { m_message->setText(message); });
}

void AgentsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->load(false);
}

void AgentsPage::refresh()
{
    m_activated = true;
    m_model->load(true);
    if (!m_selectedId.isEmpty())
        showDetails(m_selectedId);
}

void AgentsPage::selectAgent(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AgentsPage::showDetails(const QString &id)
{
    if (id != m_selectedId)
        m_message->clear(); // a message about another agent no longer applies
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        for (QPushButton *b : {m_pause, m_resume, m_edit})
            b->setEnabled(false);
        return;
    }
    renderDetails(m_model->agent(row));
    ApiRequest request = ApiRequest::get(QStringLiteral("/agents/%1").arg(id));
    m_session->send(request, this, [this, id](const ApiResult &result) {
        if (id != m_selectedId || !result.ok)
            return;
        const Decoded<Agent> decoded = Agent::fromJson(result.json.object());
        if (!decoded) {
            m_message->setText(
                tr("The agent's details could not be read: %1").arg(decoded.error.toString()));
            return;
        }
        renderDetails(decoded.value);
    });
}

void AgentsPage::renderDetails(const Agent &a)
{
    m_shown = a;
    const QLocale locale;
    QString html
        = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2 · %3 · %4</p>")
              .arg(a.name.toHtmlEscaped(), AgentListModel::statusLabel(a.status),
                  a.login.toHtmlEscaped(), a.country.toHtmlEscaped());
    for (const AgentAlert &al : a.alerts) {
        const QColor c = al.severity == QLatin1String("error") ? Theme::danger()
            : al.severity == QLatin1String("warning")          ? Theme::warning()
                                                               : Theme::accent();
        html += QStringLiteral("<p style='color:%1'>● %2</p>")
                    .arg(c.name(), al.message.toHtmlEscaped());
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='padding-right:14px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(k, v.toHtmlEscaped());
    };
    if (a.usage) {
        row(tr("Invitations today"), limitLine(a.usage->invitationsDaily, a.limits.invitationsMax));
        row(tr("Messages today"), limitLine(a.usage->messagesDaily, a.limits.messagesMax));
        row(tr("Invitations total"), locale.toString(a.usage->invitations));
        row(tr("Messages total"), locale.toString(a.usage->messages));
        if (a.usage->nextInvitation.isValid())
            row(tr("Next invitation"),
                locale.toString(a.usage->nextInvitation.toLocalTime(), QLocale::ShortFormat));
        if (a.usage->nextMessage.isValid())
            row(tr("Next message"),
                locale.toString(a.usage->nextMessage.toLocalTime(), QLocale::ShortFormat));
    }
    if (a.limits.isSet()) {
        row(tr("Invitations / day"),
            QStringLiteral("%1–%2").arg(a.limits.invitationsMin).arg(a.limits.invitationsMax));
        row(tr("Messages / day"),
            QStringLiteral("%1–%2").arg(a.limits.messagesMin).arg(a.limits.messagesMax));
    }
    if (a.workingHours.isSet()) {
        static const QStringList names
            = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
        const QStringList flags = a.workingHours.days.split(QLatin1Char(':'));
        QStringList on;
        for (int i = 0; i < flags.size() && i < 7; ++i) {
            if (flags.at(i) == QLatin1String("1"))
                on << names.at(i);
        }
        row(tr("Working hours"),
            QStringLiteral("%1, %2–%3 (UTC%4%5)")
                .arg(on.join(QLatin1Char(' ')), a.workingHours.start, a.workingHours.stop,
                    a.workingHours.timezone >= 0 ? QStringLiteral("+") : QString())
                .arg(a.workingHours.timezone));
    }
    for (const AgentSetting &s : a.settings)
        row(s.key == QLatin1String("skipInNetwork")         ? tr("Skip people in network")
                : s.key == QLatin1String("invitationsOnly") ? tr("Invitations only")
                                                            : s.key,
            s.value ? tr("yes") : tr("no"));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    const bool paused = a.status == QLatin1String("paused");
    m_pause->setEnabled(a.status == QLatin1String("running"));
    m_resume->setEnabled(paused);
    m_edit->setEnabled(true);
    m_edit->setProperty("agentName", a.name);
}

void AgentsPage::pauseOrResume(bool pause)
{
    const QString id = m_selectedId;
    if (id.isEmpty())
        return;
    m_pause->setEnabled(false);
    m_resume->setEnabled(false);
    m_message->setText(pause ? tr("Pausing…") : tr("Resuming…"));
    const ApiRequest request = ApiRequest::post(
        QStringLiteral("/agents/%1/%2")
            .arg(id, pause ? QStringLiteral("pause") : QStringLiteral("resume")));
    m_session->send(request, this, [this, id, pause](const ApiResult &result) {
        if (!result.ok) {
            m_message->setText(result.error.httpStatus == 400 && !pause
                    ? tr("Kakiyo refused to resume this agent: %1 Resolve its alerts first.")
                          .arg(result.error.message)
                    : result.error.userMessage());
            showDetails(id);
            return;
        }
        m_message->setText(pause ? tr("Agent paused.") : tr("Agent resumed."));
        Agent a = m_model->agent(m_model->rowOf(id));
        a.status = pause ? QStringLiteral("paused") : QStringLiteral("running");
        m_model->updateAgent(a);
        if (id == m_selectedId)
            showDetails(id);
        emit agentChanged(id);
    });
}

void AgentsPage::editLimits()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0)
        return;
    // The details (limits, hours, settings) when we have them; the list item otherwise.
    const Agent agent = m_shown.id == m_selectedId ? m_shown : m_model->agent(row);
    const QString id = agent.id;
    auto *dialog = new AgentLimitsDialog(agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const Encoded e = dialog->update().encode();
        if (!e.ok())
            return;
        m_message->setText(tr("Saving limits…"));
        m_session->send(
            ApiRequest::put(QStringLiteral("/agents/%1").arg(id), QJsonDocument(e.body)), this,
            [this, id](const ApiResult &result) {
                if (!result.ok) {
                    QStringList lines {result.error.userMessage()};
                    for (const auto &d : result.error.details)
                        lines << QStringLiteral("%1: %2").arg(d.field, d.message);
                    m_message->setText(lines.join(QLatin1Char('\n')));
                    return;
                }
                m_message->setText(tr("Limits and hours saved."));
                if (id == m_selectedId)
                    showDetails(id);
                emit agentChanged(id);
            });
    });
    dialog->open();
    emit limitsDialogOpened(dialog);
}

} // namespace kakiyo
