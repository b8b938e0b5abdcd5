#pragma once
// OutreachTables: the outreach figures (OutreachFigures) as the tables the Analytics page, the
// report, the charts and `kakiyo-desk export --table senders` read — one row per sender, the
// acceptance rate of the team and each campaign, each campaign's pace, and replies by weekday and
// hour. Cells above a LinkedIn ceiling or computed from fewer than 50 prospects carry a note.

#include "models/AnalyticsTableModel.h"
#include "models/OutreachFigures.h"

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

    static QString lowSampleNote(qint64 count, const QString &what);

signals:
    void changed();

private:
    void fillSenders(const OutreachFigures &f);
    void fillAcceptance(const OutreachFigures &f);
    void fillPace(const OutreachFigures &f);
    void fillHeatmap(const OutreachFigures &f);

    AnalyticsTableModel m_senders;
    AnalyticsTableModel m_acceptance;
    AnalyticsTableModel m_pace;
    AnalyticsTableModel m_heatmap;
    std::optional<OutreachFigures> m_figures;
};

} // namespace kakiyo
