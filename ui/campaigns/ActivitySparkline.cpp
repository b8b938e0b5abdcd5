#include "ui/campaigns/ActivitySparkline.h"

#include "ui/shell/Theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace kakiyo {

ActivitySparkline::ActivitySparkline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activitySparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void ActivitySparkline::setSeries(const QList<DailyActivity> &days)
{
    m_days = days;
    m_mode = Mode::Ready;
    describe();
    update();
}

void ActivitySparkline::setMode(Mode mode)
{
    m_mode = mode;
    describe();
    update();
}

bool ActivitySparkline::hasActivity() const
{
    return m_mode == Mode::Ready && (totalMessages() > 0 || totalResponses() > 0);
}

qint64 ActivitySparkline::totalMessages() const
{
    qint64 n = 0;
    for (const DailyActivity &d : m_days)
        n += d.messages;
    return n;
}

qint64 ActivitySparkline::totalResponses() const
{
    qint64 n = 0;
    for (const DailyActivity &d : m_days)
        n += d.responses;
    return n;
}

QString ActivitySparkline::placeholderText() const
{
    switch (m_mode) {
    case Mode::Loading:
        return tr("loading activity…");
    case Mode::Unavailable:
        return tr("activity unavailable");
    case Mode::Ready:
        break;
    }
    return hasActivity() ? QString() : tr("no activity yet");
}

void ActivitySparkline::describe()
{
    const QLocale locale;
    QString text = placeholderText();
    if (text.isEmpty()) {
        text = tr("Activity over %n day(s): %1 messages, %2 responses", nullptr, int(m_days.size()))
                   .arg(locale.toString(totalMessages()), locale.toString(totalResponses()));
    }
    setAccessibleName(tr("Activity"));
    setAccessibleDescription(text);
    setToolTip(text);
}

QString ActivitySparkline::legendText()
{
    return tr("<span style=\"color:%1\">■</span> messages&nbsp; <span style=\"color:%2\">■</span> "
              "responses per day")
        .arg(Theme::accent().name(), Theme::success().name());
}

QSize ActivitySparkline::sizeHint() const
{
    return {220, 34};
}

QSize ActivitySparkline::minimumSizeHint() const
{
    return {80, 34};
}

void ActivitySparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 3, -1, -3);
    const QString placeholder = placeholderText();
    if (!placeholder.isEmpty()) {
        p.setPen(Theme::muted());
        QFont f = font();
        f.setItalic(true);
        p.setFont(f);
        p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, placeholder);
        return;
    }

    qint64 top = 1;
    for (const DailyActivity &d : m_days)
        top = std::max({top, d.messages, d.responses});
    const int n = int(m_days.size());
    auto pointAt = [&](int i, qint64 value) {
        const double x = n > 1 ? area.left() + area.width() * i / (n - 1) : area.center().x();
        const double y = area.bottom() - area.height() * double(value) / double(top);
        return QPointF(x, y);
    };
    auto line = [&](auto value) {
        QPainterPath path;
        for (int i = 0; i < n; ++i) {
            const QPointF pt = pointAt(i, value(m_days.at(i)));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        return path;
    };

    // Baseline, then messages as a filled line, responses on top.
    QColor base = palette().color(QPalette::WindowText);
    base.setAlphaF(0.15);
    p.setPen(QPen(base, 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());

    const QPainterPath messages = line([](const DailyActivity &d) { return d.messages; });
    QPainterPath fill = messages;
    fill.lineTo(pointAt(n - 1, 0));
    fill.lineTo(pointAt(0, 0));
    fill.closeSubpath();
    QColor accentFill = Theme::accent();
    accentFill.setAlphaF(0.18);
    p.fillPath(fill, accentFill);
    p.setPen(QPen(Theme::accent(), 1.6));
    p.drawPath(messages);
    p.setPen(QPen(Theme::success(), 1.6));
    p.drawPath(line([](const DailyActivity &d) { return d.responses; }));
    if (n == 1) { // one day: dots, a line needs two points
        p.setBrush(Theme::accent());
        p.drawEllipse(pointAt(0, m_days.first().messages), 2.5, 2.5);
    }
}

} // namespace kakiyo
