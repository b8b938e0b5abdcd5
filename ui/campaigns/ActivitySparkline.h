// A small two-line chart of a campaign's daily activity (messages sent and responses received)
// for the campaign cards. Draws nothing by itself when there is nothing to draw: it says "no
// activity yet", "loading activity…" or "activity unavailable" in muted text instead. Colours come
// from the theme, so it reads in light and dark palettes alike.
#pragma once

#include "models/domain/CampaignAnalytics.h"

#include <QWidget>

namespace kakiyo {

class ActivitySparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitySparkline)

public:
    enum class Mode
    {
        Loading,
        Ready,
        Unavailable
    };

    explicit ActivitySparkline(QWidget *parent = nullptr);

    // days: oldest first.
    void setSeries(const QList<DailyActivity> &days);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool hasActivity() const;
    // What the widget says when it draws no lines (empty when it draws lines).
    QString placeholderText() const;
    qint64 totalMessages() const;
    qint64 totalResponses() const;

    // "■ messages ■ responses per day" in the lines' colours (rich text), for a caption.
    static QString legendText();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();

    QList<DailyActivity> m_days;
    Mode m_mode = Mode::Loading;
};

} // namespace kakiyo
