#pragma once
// OutreachTables: the outreach figures (OutreachFigures) as the tables the Analytics page, the
// report, the charts and `kakiyo-desk export --table senders` read — one row per sender, the
// acceptance rate of the team and each campaign, each campaign's pace, and replies by weekday and
// hour. Cells above a LinkedIn ceiling or computed from fewer than 50 prospects carry a note.

#include "models/AnalyticsTableModel.h"
#include "models/OutreachFigures.h"
#include "models/OutreachSnapshot.h"

#include <QObject>
#include <optional>

namespace kakiyo {

class OutreachTables final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachTables)

public:
    explicit OutreachTables(QObject *parent = nullptr);

    AnalyticsTableModel *senders() { return &m_senders; }
    AnalyticsTableModel *acceptance() { return &m_acceptance; } // "Team" first, then campaigns
    AnalyticsTableModel *pace() { return &m_pace; }
    AnalyticsTableModel *heatmap() { return &m_heatmap; } // one row per hour, one column per day
    QList<AnalyticsTableModel *> tables();

    void setFigures(const OutreachFigures &figures);
    void clear();
    bool hasFigures() const { return m_figures.has_value(); }
    std::optional<OutreachFigures> figures() const { return m_figures; }

    // The stored daily snapshots (OutreachSnapshot::fromCache): they give the senders' 7-day
    // invitations and the changes over a period.
    void setHistory(const QList<OutreachSnapshot> &history);
    QList<OutreachSnapshot> history() const { return m_history; }
    // The chosen period (inclusive; null = open). Changes compare with the snapshot of its first
    // day, or of the day before — the end of the previous period of equal length — and with no
    // other; the heatmap counts the replies within it.
    void setRange(QDate from, QDate to);
    // The snapshot the changes are measured from, if any.
    std::optional<OutreachSnapshot> previous() const { return m_previous; }
    // A period is chosen and no comparable snapshot of its start is stored: no change is shown.
    bool previousPeriodMissing() const { return m_previousMissing; }
    // Why previousPeriodMissing() (or why there is no change without a period); empty otherwise.
    QString noChangeReason() const { return m_noChangeReason; }
    int periodDays() const;

    static QString lowSampleNote(qint64 count, const QString &what);
    static QString weekNote(int daysKnown);

signals:
    void changed();

private:
    void refill();
    void pickPrevious();
    void fillSenders(const OutreachFigures &f);
    void fillAcceptance(const OutreachFigures &f);
    void fillPace(const OutreachFigures &f);
    void fillHeatmap(const OutreachFigures &f);

    AnalyticsTableModel m_senders;
    AnalyticsTableModel m_acceptance;
    AnalyticsTableModel m_pace;
    AnalyticsTableModel m_heatmap;
    std::optional<OutreachFigures> m_figures;
    QList<OutreachSnapshot> m_history;
    QDate m_from;
    QDate m_to;
    std::optional<OutreachSnapshot> m_previous;
    bool m_previousMissing = false;
    QString m_noChangeReason;
};

} // namespace kakiyo
