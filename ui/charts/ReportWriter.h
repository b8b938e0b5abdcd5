#pragma once
// ReportWriter: one multi-page PDF an agency can send — a title page (team or workspace, period,
// optional logo), the KPI table, every chart that has data (two per page, the same drawings as on
// screen), the campaign table, and a definitions page with each metric's formula. Vector output
// (QPdfWriter); written atomically. Works offscreen, for `kakiyo-desk export --report`.

#include "ui/charts/ExportOutcome.h"
#include "ui/charts/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace kakiyo {

class AnalyticsModel;
class AnalyticsTableModel;

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(AnalyticsModel &model, const ReportOptions &options = {});

    QByteArray pdf();
    ExportOutcome write(const QString &path);

    int pageCount() const { return m_pages; } // after pdf()/write()
    QStringList chartsIncluded() const { return m_charts; } // names, in report order

private:
    void titlePage(QPainter &p, const QRectF &page);
    void kpiPage(QPainter &p, const QRectF &page);
    void chartPages(QPainter &p, QPdfWriter &writer, const QRectF &page);
    void campaignPages(QPainter &p, QPdfWriter &writer, const QRectF &page);
    void tablePages(QPainter &p, QPdfWriter &writer, const QRectF &page, AnalyticsTableModel &table,
        const QString &title, const QString &continued, const QString &empty);
    void definitionsPage(QPainter &p, const QRectF &page);
    void footer(QPainter &p, const QRectF &page);
    void newPage(QPdfWriter &writer);

    AnalyticsModel &m_model;
    ReportOptions m_options;
    int m_pages = 0;
    QStringList m_charts;
};

} // namespace kakiyo
