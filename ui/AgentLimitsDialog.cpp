#include "ui/AgentLimitsDialog.h"

#include "ui/Theme.h"

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

QSpinBox *spin(
    QWidget *parent, const char *name, const QString &accessible, int min, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setAccessibleName(accessible);
    // Wider than the contract so an out-of-range value is shown as a problem, not silently clamped.
    s->setRange(min, max);
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

} // namespace

AgentLimitsDialog::AgentLimitsDialog(const Agent &agent, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agentLimitsDialog"));
    setWindowTitle(tr("Limits and hours — %1").arg(agent.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const AgentLimits &l = agent.limits;
    m_invMin = spin(this, "invitationsMin", tr("Minimum invitations per day"), 0, 1000,
        l.invitationsMin ? l.invitationsMin : 10);
    m_invMax = spin(this, "invitationsMax", tr("Maximum invitations per day"), 0, 1000,
        l.invitationsMax ? l.invitationsMax : 20);
    m_msgMin = spin(this, "messagesMin", tr("Minimum messages per day"), 0, 5000,
        l.messagesMin ? l.messagesMin : 20);
    m_msgMax = spin(this, "messagesMax", tr("Maximum messages per day"), 0, 5000,
        l.messagesMax ? l.messagesMax : 40);
    auto pair = [this](QSpinBox *a, QSpinBox *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(b);
        row->addStretch(1);
        return row;
    };
    form->addRow(tr("Invitations per day"), pair(m_invMin, m_invMax));
    form->addRow(tr("Messages per day"), pair(m_msgMin, m_msgMax));

    const QStringList dayNames
        = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    const QStringList days = agent.workingHours.days.split(QLatin1Char(':'));
    auto *dayRow = new QHBoxLayout;
    for (int i = 0; i < 7; ++i) {
        auto *box = new QCheckBox(dayNames.at(i), this);
        box->setObjectName(QStringLiteral("day%1").arg(i));
        box->setChecked(days.size() == 7 ? days.at(i) == QLatin1String("1") : i < 5);
        connect(box, &QCheckBox::toggled, this, &AgentLimitsDialog::revalidate);
        m_days << box;
        dayRow->addWidget(box);
    }
    form->addRow(tr("Working days"), dayRow);
    m_start = new QTimeEdit(
        QTime::fromString(
            agent.workingHours.start.isEmpty() ? QStringLiteral("09:00") : agent.workingHours.start,
            QStringLiteral("H:mm")),
        this);
    m_stop = new QTimeEdit(
        QTime::fromString(
            agent.workingHours.stop.isEmpty() ? QStringLiteral("17:00") : agent.workingHours.stop,
            QStringLiteral("H:mm")),
        this);
    m_start->setObjectName(QStringLiteral("workStart"));
    m_stop->setObjectName(QStringLiteral("workStop"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_stop->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Working hours start"));
    m_stop->setAccessibleName(tr("Working hours end"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_stop);
    hours->addStretch(1);
    form->addRow(tr("Working hours"), hours);

    m_skipInNetwork = new QCheckBox(tr("Don't message people already in the network"), this);
    m_skipInNetwork->setObjectName(QStringLiteral("skipInNetwork"));
    m_skipInNetwork->setChecked(settingValue(agent, QStringLiteral("skipInNetwork")));
    m_invitationsOnly = new QCheckBox(tr("Only send invitations (no follow-up messages)"), this);
    m_invitationsOnly->setObjectName(QStringLiteral("invitationsOnly"));
    m_invitationsOnly->setChecked(settingValue(agent, QStringLiteral("invitationsOnly")));
    form->addRow(tr("Settings"), m_skipInNetwork);
    form->addRow(QString(), m_invitationsOnly);
    layout->addLayout(form);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("invitationWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_warning->setText(tr("More than %1 invitations a day puts the LinkedIn account at risk; "
                          "Kakiyo recommends staying at or below %1.")
                           .arg(kRecommendedInvitationsPerDay));
    layout->addWidget(m_warning);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("limitErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    layout->addWidget(m_errors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    m_ok->setObjectName(QStringLiteral("saveLimitsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
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

QStringList AgentLimitsDialog::problems() const
{
    QStringList out;
    const Encoded e = update().encode();
    for (const FieldError &f : e.errors)
        out << (f.field.isEmpty() ? f.message : QStringLiteral("%1 %2").arg(f.field, f.message));
    if (m_start->time() >= m_stop->time())
        out << tr("working hours must end after they start");
    return out;
}

bool AgentLimitsDialog::showsHighInvitationWarning() const
{
    return !m_warning->isHidden();
}

void AgentLimitsDialog::revalidate()
{
    m_warning->setVisible(m_invMax->value() > kRecommendedInvitationsPerDay);
    const QStringList p = problems();
    m_errors->setText(p.join(QLatin1Char('\n')));
    m_errors->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

} // namespace kakiyo
