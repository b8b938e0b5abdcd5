#pragma once
// ReplyHeatmap: the weekday × hour grid of when prospects' last replies arrived, drawn from the
// heatmap table of OutreachTables (one row per hour there, turned so each weekday is a row here).
// A cell's shade grows with its count; the count is written in it and read out by screen readers.

#include <QTableView>

class QTransposeProxyModel;

namespace kakiyo {

class AnalyticsTableModel;

class ReplyHeatmap final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyHeatmap)

public:
    explicit ReplyHeatmap(AnalyticsTableModel *hours, QWidget *parent = nullptr);

    QSize sizeHint() const override;

private:
    void refresh();

    QTransposeProxyModel *m_turned;
};

} // namespace kakiyo
