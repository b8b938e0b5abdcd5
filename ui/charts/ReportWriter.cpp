#include "ui/charts/ReportWriter.h"

#include "models/AnalyticsModel.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/ChartExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <memory>
#include <vector>

namespace kakiyo {

namespace {
constexpr double Margin = 48; // points
const QColor Ink(0x1d, 0x23, 0x2b);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor Rule(0xd6, 0xda, 0xe0);

QFont font(double points, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws a table (header + rows) from `top`; returns the y below it. Columns share the width by
// `weights`; numbers are right-aligned.
double drawTable(QPainter &p, const QRectF &area, double top, const QStringList &header,
    const QList<QStringList> &rows, const QList<double> &weights, const QList<bool> &rightAligned)
{
    double total = 0;
    for (double w : weights)
        total += w;
    const double rowHeight = 20;
    auto drawRow = [&](const QStringList &cells, double y, bool bold) {
        p.setFont(font(9, bold));
        double x = area.left();
        for (int c = 0; c < cells.size(); ++c) {
            const double w = area.width() * weights.value(c, 1) / total;
            const QRectF cell(x + 4, y, w - 8, rowHeight);
            const QString text
                = p.fontMetrics().elidedText(cells[c], Qt::ElideRight, int(cell.width()));
            p.drawText(cell,
                Qt::AlignVCenter | (rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += w;
        }
    };
    p.setPen(Ink);
    drawRow(header, top, true);
    top += rowHeight;
    p.setPen(QPen(Ink, 0.8));
    p.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
    for (const QStringList &row : rows) {
        p.setPen(Ink);
        drawRow(row, top, false);
        top += rowHeight;
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
    }
    return top;
}
} // namespace

ReportWriter::ReportWriter(AnalyticsModel &model, const ReportOptions &options)
    : m_model(model)
    , m_options(options)
{
}

void ReportWriter::newPage(QPdfWriter &writer)
{
    writer.newPage();
    ++m_pages;
}

QByteArray ReportWriter::pdf()
{
    m_pages = 0;
    m_charts.clear();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Kakiyo Desk"));
    writer.setTitle(tr("Kakiyo analytics report"));
    writer.setPageSize(QPageSize(m_options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(72); // one device unit = one point
    QPainter p(&writer);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF full(QPointF(0, 0), QPageSize(m_options.pageSize).size(QPageSize::Point));
    const QRectF page = full.adjusted(Margin, Margin, -Margin, -Margin);
    m_pages = 1;

    titlePage(p, page);
    newPage(writer);
    kpiPage(p, page);
    chartPages(p, writer, page);
    campaignPages(p, writer, page);
    newPage(writer);
    definitionsPage(p, page);
    p.end();
    return bytes;
}

ExportOutcome ReportWriter::write(const QString &path)
{
    return ChartExporter::writeFile(path, pdf());
}

void ReportWriter::footer(QPainter &p, const QRectF &page)
{
    p.setFont(font(8));
    p.setPen(Muted);
    p.drawText(QRectF(page.left(), page.bottom() + 12, page.width(), 16), Qt::AlignLeft,
        tr("Kakiyo Desk analytics report"));
    p.drawText(QRectF(page.left(), page.bottom() + 12, page.width(), 16), Qt::AlignRight,
        tr("Page %1").arg(m_pages));
}

void ReportWriter::titlePage(QPainter &p, const QRectF &page)
{
    double y = page.top() + 120;
    if (!m_options.logoPath.isEmpty()) {
        QImageReader reader(m_options.logoPath);
        const QImage logo = reader.read();
        if (!logo.isNull()) {
            QSizeF size = logo.size();
            size.scale(QSizeF(200, 80), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(page.left(), page.top() + 20), size), logo);
        }
    }
    p.setPen(Ink);
    p.setFont(font(28, true));
    p.drawText(QRectF(page.left(), y, page.width(), 44), Qt::AlignLeft, tr("Analytics report"));
    y += 56;
    p.setFont(font(16));
    const QString team = m_options.teamName.isEmpty() ? tr("Kakiyo team") : m_options.teamName;
    p.drawText(QRectF(page.left(), y, page.width(), 28), Qt::AlignLeft, team);
    y += 40;
    p.setFont(font(11));
    p.setPen(Muted);
    const QLocale locale;
    const QString range
        = m_options.rangeText.isEmpty() ? tr("all stored history") : m_options.rangeText;
    p.drawText(
        QRectF(page.left(), y, page.width(), 18), Qt::AlignLeft, tr("Period: %1").arg(range));
    y += 20;
    if (m_model.hasOverview())
        p.drawText(QRectF(page.left(), y, page.width(), 18), Qt::AlignLeft,
            tr("Figures of %1").arg(locale.toString(m_model.overviewDay(), QLocale::LongFormat)));
    y += 20;
    p.drawText(QRectF(page.left(), y, page.width(), 18), Qt::AlignLeft,
        tr("Generated %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat)));
    if (m_model.hasCampaign()) {
        y += 20;
        const auto c = *m_model.campaign();
        p.drawText(QRectF(page.left(), y, page.width(), 18), Qt::AlignLeft,
            tr("Campaign: %1").arg(c.campaignName.isEmpty() ? c.campaignId : c.campaignName));
    }
    footer(p, page);
}

void ReportWriter::kpiPage(QPainter &p, const QRectF &page)
{
    p.setPen(Ink);
    p.setFont(font(18, true));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 28), Qt::AlignLeft, tr("Key figures"));
    AnalyticsKpiModel *kpis = m_model.kpis();
    QList<QStringList> rows;
    for (int r = 0; r < kpis->rowCount(); ++r) {
        QStringList row;
        for (int c : {AnalyticsKpiModel::MetricColumn, AnalyticsKpiModel::ValueColumn,
                 AnalyticsKpiModel::ChangeColumn, AnalyticsKpiModel::FormulaColumn})
            row << kpis->data(kpis->index(r, c)).toString();
        rows << row;
    }
    if (const auto outreach = m_model.outreach()->figures()) {
        // The outreach figures lead: acceptance first, as on the page.
        const QLocale locale;
        const auto rate = outreach->team.acceptanceRate();
        rows.prepend({tr("Connections made"), locale.toString(outreach->team.accepted), tr("—"),
            tr("Conversations in status 2–6")});
        rows.prepend({tr("Invitations sent"), locale.toString(outreach->team.invited), tr("—"),
            tr("Conversations in status 1–6")});
        rows.prepend(
            {tr("Acceptance rate"), rate ? tr("%1 %").arg(locale.toString(*rate, 'f', 2)) : tr("—"),
                tr("—"), OutreachFigures::acceptanceFormula()});
    }
    double y = drawTable(p, page, page.top() + 44,
        {tr("Metric"), tr("Value"), tr("Change"), tr("Formula")}, rows, {3, 2, 2, 5},
        {false, true, true, false});
    if (m_model.comparedWith().isValid()) {
        p.setFont(font(9));
        p.setPen(Muted);
        p.drawText(QRectF(page.left(), y + 8, page.width(), 16), Qt::AlignLeft,
            tr("Change: since the stored snapshot of %1.")
                .arg(QLocale().toString(m_model.comparedWith(), QLocale::LongFormat)));
    }
    footer(p, page);
}

void ReportWriter::chartPages(QPainter &p, QPdfWriter &writer, const QRectF &page)
{
    // Charts are built fresh from the model (same definitions as the page), never shown.
    std::vector<std::unique_ptr<ChartCard>> cards;
    for (const ChartSpec &spec : AnalyticsCharts::catalog()) {
        std::unique_ptr<ChartCard> card(AnalyticsCharts::create(spec.name, m_model));
        if (card && card->hasData())
            cards.push_back(std::move(card));
    }
    const double slot = (page.height() - 24) / 2;
    for (int i = 0; i < int(cards.size()); ++i) {
        if (i % 2 == 0) {
            newPage(writer);
            footer(p, page);
        }
        ChartCard *card = cards[i].get();
        m_charts << card->name();
        const QRectF area(page.left(), page.top() + (i % 2) * (slot + 24), page.width(), slot);
        p.setPen(Ink);
        p.setFont(font(13, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), 22), Qt::AlignLeft, card->title());
        QRectF target(area.left(), area.top() + 26, area.width(), area.height() - 26);
        ChartExporter exporter = card->exporter();
        // Render at a screen-like size, scaled into the slot: labels keep their proportions.
        exporter.setLogicalSize(QSizeF(620, 620 * target.height() / target.width()));
        exporter.render(p, target);
    }
}

void ReportWriter::campaignPages(QPainter &p, QPdfWriter &writer, const QRectF &page)
{
    tablePages(p, writer, page, *m_model.campaigns(), tr("Campaigns"), tr("Campaigns (continued)"),
        tr("No campaigns yet."));
    OutreachTables *outreach = m_model.outreach();
    if (!outreach->hasFigures())
        return;
    tablePages(p, writer, page, *outreach->acceptance(), tr("Acceptance rate"),
        tr("Acceptance rate (continued)"), tr("No campaigns yet."));
    tablePages(p, writer, page, *outreach->senders(), tr("Senders"), tr("Senders (continued)"),
        tr("No agents yet."));
}

void ReportWriter::tablePages(QPainter &p, QPdfWriter &writer, const QRectF &page,
    AnalyticsTableModel &t, const QString &title, const QString &continued, const QString &empty)
{
    const int perPage = int((page.height() - 60) / 20) - 1;
    int row = 0;
    do {
        newPage(writer);
        p.setPen(Ink);
        p.setFont(font(18, true));
        p.drawText(QRectF(page.left(), page.top(), page.width(), 28), Qt::AlignLeft,
            row == 0 ? title : continued);
        QStringList header;
        QList<double> weights;
        QList<bool> right;
        for (int c = 0; c < t.columnCount(); ++c) {
            header << t.headerData(c, Qt::Horizontal).toString();
            const bool text = t.columns().at(c).kind == AnalyticsTableModel::Kind::Text;
            weights << (c == 0 ? 4 : text ? 1.5 : 1.6);
            right << !text;
        }
        QList<QStringList> rows;
        for (int r = row; r < std::min(t.rowCount(), row + perPage); ++r) {
            QStringList cells;
            for (int c = 0; c < t.columnCount(); ++c)
                cells << t.data(t.index(r, c)).toString();
            rows << cells;
        }
        const double y = drawTable(p, page, page.top() + 44, header, rows, weights, right);
        if (t.rowCount() == 0) {
            p.setFont(font(10));
            p.setPen(Muted);
            p.drawText(QRectF(page.left(), y + 8, page.width(), 16), Qt::AlignLeft, empty);
        }
        footer(p, page);
        row += perPage;
    } while (row < t.rowCount());
}

void ReportWriter::definitionsPage(QPainter &p, const QRectF &page)
{
    p.setPen(Ink);
    p.setFont(font(18, true));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 28), Qt::AlignLeft, tr("Definitions"));
    double y = page.top() + 48;
    auto item = [&](const QString &name, const QString &text) {
        p.setPen(Ink);
        p.setFont(font(10, true));
        p.drawText(QRectF(page.left(), y, page.width(), 16), Qt::AlignLeft, name);
        y += 16;
        p.setFont(font(10));
        p.setPen(Muted);
        const QRectF box(page.left() + 12, y, page.width() - 12, 200);
        const QRectF used = p.boundingRect(box, Qt::TextWordWrap, text);
        p.drawText(box, Qt::TextWordWrap, text);
        y += used.height() + 10;
    };
    for (int k = 0; k < AnalyticsKpiModel::KpiCount; ++k)
        item(AnalyticsKpiModel::name(AnalyticsKpiModel::Kpi(k)),
            AnalyticsKpiModel::formula(AnalyticsKpiModel::Kpi(k)));
    item(tr("Acceptance rate"), OutreachFigures::acceptanceFormula());
    item(tr("Senders: ceilings"),
        tr("LinkedIn's guidance: at most %1 invitations a day and about %2 a month per account. "
           "A sender above either, or configured so that it would be, is marked. Rates from "
           "fewer than %3 prospects are greyed: too few to compare.")
            .arg(OutreachFigures::DailyInvitationCeiling)
            .arg(OutreachFigures::MonthlyInvitationCeiling)
            .arg(OutreachFigures::MinimumSample));
    item(tr("Status funnel: reached stage"), AnalyticsModel::funnelReachedFormula());
    item(tr("Status funnel: conversion"), AnalyticsModel::funnelConversionFormula());
    item(tr("Rates"),
        tr("Percentages as reported by the Kakiyo API, two decimals. Changes of rates are in "
           "percentage points (pts)."));
    item(tr("Snapshots"),
        tr("Kakiyo Desk keeps one copy of the team overview per day it is refreshed; trends and "
           "period comparisons are drawn from these copies without extra API calls."));
    footer(p, page);
}

} // namespace kakiyo
