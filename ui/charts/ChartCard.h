#pragma once
// ChartCard: one chart on the Analytics page — title, the chart drawn from an item model by a
// ChartAdapter, a "no data yet" state, values on hover, and an export menu (PNG 1x/2x/3x, SVG,
// PDF, CSV, copy, print). The report writer and the headless export use its chart and model too,
// so a saved chart looks exactly like the one on screen.

#include "ui/charts/ChartAdapter.h"
#include "ui/charts/ChartExporter.h"

#include <QFrame>

class QAbstractItemModel;
class QLabel;
class QHBoxLayout;
class QMenu;
class QStackedWidget;
class QToolButton;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace kakiyo {

class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    // objectName becomes "chart-<name>"; `name` is also the file name suggested on export.
    ChartCard(const QString &name, const QString &title, QAbstractItemModel *model,
        ChartAdapter::Shape shape, int labelColumn, const QList<int> &valueColumns,
        QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QString title() const;
    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    ChartAdapter *adapter() const { return m_adapter; }
    QAbstractItemModel *model() const { return m_model; }
    bool hasData() const;
    QMenu *exportMenu() const { return m_menu; }

    void setEmptyText(const QString &text);
    // Shown instead of a chart whose every value is zero (it still exports as a chart).
    void setQuietText(const QString &text);
    // True while the card shows words instead of the chart (no data yet, or a quiet period).
    bool showsText() const;
    QString stateText() const;
    // A control shown in the title row (e.g. the metric picker of the comparison chart).
    void addHeaderWidget(QWidget *widget);

    ChartExporter exporter() const;
    ExportOutcome exportTo(ChartExporter::Format format, const QString &path, int scale = 1) const;

public slots:
    // Asks where to save (SavePrompt), writes, then emits exported().
    void exportInteractively(ChartExporter::Format format, int scale = 1);
    void copyToClipboard();
    void print();

signals:
    void exported(const kakiyo::ExportOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void showState(bool hasData);
    void fitRows();

    static constexpr int kMinimumHeight = 260;
    void finish(const ExportOutcome &outcome);

    QString m_name;
    QAbstractItemModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    ChartAdapter *m_adapter;
    QLabel *m_title;
    QLabel *m_empty;
    QString m_emptyText;
    QString m_quietText;
    QStackedWidget *m_stack;
    QHBoxLayout *m_header;
    QToolButton *m_exportButton;
    QMenu *m_menu;
};

} // namespace kakiyo
