#include "ui/analytics/DateRangeBar.h"

#include "ui/shell/Teardown.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kakiyo {

DateRangeBar::DateRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("dateRange"));
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->addItem(tr("All history"), AllTime);
    m_preset->addItem(tr("Last 7 days"), Last7Days);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("Last 90 days"), Last90Days);
    m_preset->addItem(tr("Custom…"), Custom);
    m_preset->setToolTip(tr("Period shown; compares stored daily snapshots, costs no API calls"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_from->setDate(m_today.addDays(-29));
    m_to->setDate(m_today);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:")));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DateRangeBar::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::announce);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeBar::announce);
}

DateRangeBar::~DateRangeBar()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void DateRangeBar::setToday(QDate today)
{
    m_today = today;
    if (Preset(m_preset->currentData().toInt()) != Custom) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(today.addDays(-29));
        m_to->setDate(today);
    }
    presetChosen();
}

void DateRangeBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(preset));
}

void DateRangeBar::setCustomRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setPreset(Custom);
    announce();
}

QDate DateRangeBar::from() const
{
    switch (Preset(m_preset->currentData().toInt())) {
    case AllTime:
        return {};
    case Last7Days:
        return m_today.addDays(-6);
    case Last30Days:
        return m_today.addDays(-29);
    case Last90Days:
        return m_today.addDays(-89);
    case Custom:
        return m_from->date();
    }
    return {};
}

QDate DateRangeBar::to() const
{
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == AllTime)
        return {};
    return preset == Custom ? m_to->date() : m_today;
}

QString DateRangeBar::describe() const
{
    if (!from().isValid() && !to().isValid())
        return tr("all stored history");
    const QLocale locale;
    return tr("%1 – %2").arg(
        locale.toString(from(), QLocale::ShortFormat), locale.toString(to(), QLocale::ShortFormat));
}

void DateRangeBar::presetChosen()
{
    const bool custom = Preset(m_preset->currentData().toInt()) == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    announce();
}

void DateRangeBar::announce()
{
    emit rangeChanged(from(), to());
}

} // namespace kakiyo
