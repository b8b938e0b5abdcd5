#include "ui/agents/AgentLimitsDialog.h"

#include "models/AgentListModel.h"
#include "models/api/AgentsApi.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QSpinBox *spin(QWidget *parent, const char *name, const QString &accessible, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setAccessibleName(accessible);
    // Wider than the contract so an out-of-range value is shown as a problem, not silently clamped.
    s->setRange(0, max);
    s->setValue(value);
    return s;
}

bool settingValue(const Agent &agent, const QString &key)
{
    for (const AgentSetting &s : agent.settings) {
        if (s.key == key)
            return s.value;
    }
    return false;
}

QTime timeOr(const QString &text, const QString &fallback)
{
    const QTime t = QTime::fromString(text.isEmpty() ? fallback : text, QStringLiteral("H:mm"));
    return t.isValid() ? t : QTime::fromString(fallback, QStringLiteral("H:mm"));
}

} // namespace

AgentLimitsDialog::AgentLimitsDialog(Connection *session, const Agent &agent, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_id(agent.id)
{
    setObjectName(QStringLiteral("agentLimitsDialog"));
    setWindowTitle(tr("Edit agent — %1").arg(agent.name));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // A row of inputs with the error labels of its fields underneath.
    auto addRow = [this, form](const QString &label, QWidget *buddy, const QList<QWidget *> &inputs,
                      const QList<std::pair<QString, QString>> &fields) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        auto *row = new QHBoxLayout;
        for (QWidget *w : inputs)
            row->addWidget(w);
        row->addStretch(1);
        box->addLayout(row);
        for (const auto &[field, display] : fields) {
            box->addWidget(m_errors.addField(field, display, this,
                QString(field).replace(QLatin1Char('.'), QLatin1Char('_'))
                    + QStringLiteral("Error")));
        }
        form->addRow(FormErrors::buddyLabel(label, buddy, this), box);
    };

    const AgentLimits &l = agent.limits;
    m_invMin = spin(this, "invitationsMin", tr("Minimum invitations per day"), 1000,
        l.invitationsMin ? l.invitationsMin : 10);
    m_invMax = spin(this, "invitationsMax", tr("Maximum invitations per day"), 1000,
        l.invitationsMax ? l.invitationsMax : 20);
    m_msgMin = spin(this, "messagesMin", tr("Minimum messages per day"), 5000,
        l.messagesMin ? l.messagesMin : 20);
    m_msgMax = spin(this, "messagesMax", tr("Maximum messages per day"), 5000,
        l.messagesMax ? l.messagesMax : 40);
    addRow(tr("&Invitations per day"), m_invMin, {m_invMin, new QLabel(tr("to"), this), m_invMax},
        {{QStringLiteral("limits.invitationsMin"), tr("The minimum")},
            {QStringLiteral("limits.invitationsMax"), tr("The maximum")}});
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("invitationWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("⚠ More than %1 invitations a day puts the LinkedIn account at risk; "
                          "Kakiyo recommends staying at or below %1.")
                           .arg(kRecommendedInvitationsPerDay));
    form->addRow(QString(), m_warning);
    addRow(tr("&Messages per day"), m_msgMin, {m_msgMin, new QLabel(tr("to"), this), m_msgMax},
        {{QStringLiteral("limits.messagesMin"), tr("The minimum")},
            {QStringLiteral("limits.messagesMax"), tr("The maximum")}});

    const QStringList dayNames = AgentListModel::dayNames();
    const QStringList days = agent.workingHours.days.split(QLatin1Char(':'));
    QList<QWidget *> dayBoxes;
    for (int i = 0; i < 7; ++i) {
        auto *box = new QCheckBox(dayNames.at(i), this);
        box->setObjectName(QStringLiteral("day%1").arg(i));
        box->setChecked(days.size() == 7 ? days.at(i) == QLatin1String("1") : i < 5);
        connect(box, &QCheckBox::toggled, this, &AgentLimitsDialog::revalidate);
        m_days << box;
        dayBoxes << box;
    }
    addRow(tr("Working &days"), m_days.first(), dayBoxes,
        {{QStringLiteral("workingHours.days"), tr("Working days")}});

    m_start = new QTimeEdit(timeOr(agent.workingHours.start, QStringLiteral("09:00")), this);
    m_stop = new QTimeEdit(timeOr(agent.workingHours.stop, QStringLiteral("17:00")), this);
    m_start->setObjectName(QStringLiteral("workStart"));
    m_stop->setObjectName(QStringLiteral("workStop"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_stop->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Working hours start"));
    m_stop->setAccessibleName(tr("Working hours end"));
    addRow(tr("Working &hours"), m_start, {m_start, new QLabel(tr("to"), this), m_stop},
        {{QStringLiteral("workingHours.start"), tr("The start")},
            {QStringLiteral("workingHours.stop"), tr("The end")}});
    auto *timezone = new QLabel(tr("%1 (set in the Kakiyo dashboard)")
                                    .arg(AgentListModel::timezoneText(agent.workingHours.timezone)),
        this);
    timezone->setObjectName(QStringLiteral("agentTimezone"));
    form->addRow(tr("Timezone"), timezone);

    m_skipInNetwork = new QCheckBox(tr("Don't message people already in the network"), this);
    m_skipInNetwork->setObjectName(QStringLiteral("skipInNetwork"));
    m_skipInNetwork->setChecked(settingValue(agent, QStringLiteral("skipInNetwork")));
    m_invitationsOnly = new QCheckBox(tr("Only send invitations (no follow-up messages)"), this);
    m_invitationsOnly->setObjectName(QStringLiteral("invitationsOnly"));
    m_invitationsOnly->setChecked(settingValue(agent, QStringLiteral("invitationsOnly")));
    form->addRow(tr("Settings"), m_skipInNetwork);
    form->addRow(QString(), m_invitationsOnly);
    layout->addLayout(form);

    auto *general = FormErrors::makeLabel(this, QStringLiteral("limitErrors"));
    m_errors.setGeneral(general);
    layout->addWidget(general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    m_ok->setObjectName(QStringLiteral("saveLimitsButton"));
    m_ok->setAccessibleName(tr("Save the agent's limits, hours and settings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AgentLimitsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QSpinBox *s : {m_invMin, m_invMax, m_msgMin, m_msgMax})
        connect(s, &QSpinBox::valueChanged, this, &AgentLimitsDialog::revalidate);
    connect(m_start, &QTimeEdit::timeChanged, this, &AgentLimitsDialog::revalidate);
    connect(m_stop, &QTimeEdit::timeChanged, this, &AgentLimitsDialog::revalidate);
    revalidate();
}

AgentUpdate AgentLimitsDialog::update() const
{
    AgentUpdate u;
    AgentLimits limits;
    limits.invitationsMin = m_invMin->value();
    limits.invitationsMax = m_invMax->value();
    limits.messagesMin = m_msgMin->value();
    limits.messagesMax = m_msgMax->value();
    u.limits = limits;
    WorkingHours hours;
    QStringList days;
    for (const QCheckBox *b : m_days)
        days << (b->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    hours.days = days.join(QLatin1Char(':'));
    hours.start = m_start->time().toString(QStringLiteral("HH:mm"));
    hours.stop = m_stop->time().toString(QStringLiteral("HH:mm"));
    u.workingHours = hours;
    u.settings = {{QStringLiteral("skipInNetwork"), m_skipInNetwork->isChecked()},
        {QStringLiteral("invitationsOnly"), m_invitationsOnly->isChecked()}};
    return u;
}

FieldErrors AgentLimitsDialog::problems() const
{
    FieldErrors out = update().encode().errors;
    // Not in the contract, but a working day that ends before it starts is never meant.
    if (m_start->time() >= m_stop->time())
        out.append({QStringLiteral("workingHours.stop"), tr("must be later than the start")});
    return out;
}

bool AgentLimitsDialog::showsHighInvitationWarning() const
{
    return !m_warning->isHidden();
}

void AgentLimitsDialog::revalidate()
{
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_warning->setVisible(m_invMax->value() > kRecommendedInvitationsPerDay);
    if (m_saving)
        return;
    const FieldErrors p = problems();
    m_errors.show(p);
    m_ok->setEnabled(p.isEmpty());
}

void AgentLimitsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ok->setEnabled(!saving);
    m_ok->setText(saving ? tr("Saving…") : tr("Save"));
}

bool AgentLimitsDialog::save()
{
    if (m_saving)
        return true;
    const FieldErrors p = problems();
    if (!p.isEmpty()) {
        m_errors.show(p);
        m_ok->setEnabled(false);
        return false;
    }
    setSaving(true);
    AgentsApi(m_connection).update(m_id, update(), this, [this](const Result<Ack> &result) {
        setSaving(false);
        if (!result.ok()) {
            m_errors.show(result.error, tr("Not saved"));
            return;
        }
        emit saved(m_id);
        accept();
    });
    return true;
}

} // namespace kakiyo
