#include "ui/analytics/DateRangeBar.h"

#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kakiyo {

namespace {

// The locale's short date with a four-digit year: "dd/MM/yyyy" in French, "M/d/yyyy" in US
// English (a two-digit year is ambiguous when typing a range).
QString editableDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateRangeBar::DateRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_error(new QLabel)
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
        edit->setDisplayFormat(editableDateFormat());
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
    m_error->setObjectName(QStringLiteral("rangeError"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
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

bool DateRangeBar::isValid() const
{
    return !(from().isValid() && to().isValid() && to() < from());
}

QString DateRangeBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DateRangeBar::announce()
{
    if (!isValid()) {
        // Refused, not swapped: the user may be half-way through typing the other date.
        Theme::showMessage(m_error,
            tr("The period ends (%1) before it starts (%2): choose an end on or after the start")
                .arg(QLocale().toString(to(), QLocale::ShortFormat),
                    QLocale().toString(from(), QLocale::ShortFormat)),
            true);
        m_error->setVisible(true);
        return;
    }
    m_error->clear();
    m_error->setVisible(false);
    emit rangeChanged(from(), to());
}

} // namespace kakiyo
