#include "ui/charts/ChartCard.h"

#include "ui/charts/ChartPalette.h"
#include "ui/charts/SavePrompt.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDate>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace kakiyo {

ChartCard::ChartCard(const QString &name, const QString &title, QAbstractItemModel *model,
    ChartAdapter::Shape shape, int labelColumn, const QList<int> &valueColumns, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_title(new QLabel(title))
    , m_empty(new QLabel)
    , m_stack(new QStackedWidget)
    , m_header(new QHBoxLayout)
    , m_exportButton(new QToolButton)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("chart-") + name);
    setProperty("card", true); // the shell's style sheet draws cards from this property
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(kMinimumHeight);

    m_chart->setTitle(title);
    // No animations: a chart redrawn from its model must be complete the moment it is shown,
    // grabbed or exported (a running animation would be caught half-grown).
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    // The card shows the title above the chart; exports keep it inside the picture.
    m_chart->setTitle(QString());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setFrameShape(QFrame::NoFrame);

    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_emptyText = tr("No data yet");
    m_empty->setText(m_emptyText);
    m_empty->setEnabled(false); // drawn in the muted text colour

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save, copy or print this chart"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(m_menu);
    m_exportButton->setAutoRaise(true);

    auto addExport = [this](const QString &objectName, const QString &text,
                         ChartExporter::Format format, int scale) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this,
            [this, format, scale] { exportInteractively(format, scale); });
    };
    addExport(QStringLiteral("exportPng1"), tr("Save as PNG (1×)…"), ChartExporter::Format::Png, 1);
    addExport(QStringLiteral("exportPng2"), tr("Save as PNG (2×)…"), ChartExporter::Format::Png, 2);
    addExport(QStringLiteral("exportPng3"), tr("Save as PNG (3×)…"), ChartExporter::Format::Png, 3);
    addExport(QStringLiteral("exportSvg"), tr("Save as SVG…"), ChartExporter::Format::Svg, 1);
    addExport(QStringLiteral("exportPdf"), tr("Save as PDF…"), ChartExporter::Format::Pdf, 1);
    addExport(
        QStringLiteral("exportCsv"), tr("Save numbers as CSV…"), ChartExporter::Format::Csv, 1);
    m_menu->addSeparator();
    QAction *copy = m_menu->addAction(tr("Copy"), this, &ChartCard::copyToClipboard);
    copy->setObjectName(QStringLiteral("copyChart"));
    QAction *printAction = m_menu->addAction(tr("Print…"), this, &ChartCard::print);
    printAction->setObjectName(QStringLiteral("printChart"));

    m_header->addWidget(m_title, 1);
    m_header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    m_adapter = new ChartAdapter(m_chart, model, shape, labelColumn, valueColumns, this);
    connect(m_adapter, &ChartAdapter::rebuilt, this, [this](bool data) {
        applyPalette();
        showState(data);
        fitRows();
    });
    connect(m_adapter, &ChartAdapter::hovered, this, [this](const QString &text, bool entered) {
        if (entered)
            QToolTip::showText(QCursor::pos(), text, m_view);
        else
            QToolTip::hideText();
    });
    m_adapter->setDark(ChartPalette::isDark(palette()));
    applyPalette();
    showState(m_adapter->hasData());
    fitRows();
}

QString ChartCard::title() const
{
    return m_title->text();
}

bool ChartCard::hasData() const
{
    return m_adapter->hasData();
}

void ChartCard::setEmptyText(const QString &text)
{
    m_emptyText = text;
    showState(hasData());
}

void ChartCard::setQuietText(const QString &text)
{
    m_quietText = text;
    showState(hasData());
}

bool ChartCard::showsText() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartCard::stateText() const
{
    return showsText() ? m_empty->text() : QString();
}

void ChartCard::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

ChartExporter ChartCard::exporter() const
{
    ChartExporter exporter(m_chart, m_model);
    exporter.setTitle(title());
    return exporter;
}

ExportOutcome ChartCard::exportTo(
    ChartExporter::Format format, const QString &path, int scale) const
{
    if (!hasData() && format != ChartExporter::Format::Csv)
        return ExportOutcome::failure(
            tr("“%1” has no data yet; nothing to export").arg(title()), path);
    // The exported picture carries its title, which on screen sits above the chart.
    m_chart->setTitle(title());
    const ExportOutcome outcome = exporter().write(path, format, scale);
    m_chart->setTitle(QString());
    return outcome;
}

void ChartCard::exportInteractively(ChartExporter::Format format, int scale)
{
    const QString suffix = ChartExporter::formatName(format);
    const QString suggested = QStringLiteral("kakiyo-%1-%2%3.%4")
                                  .arg(m_name, QDate::currentDate().toString(Qt::ISODate),
                                      format == ChartExporter::Format::Png && scale > 1
                                          ? QStringLiteral("@%1x").arg(scale)
                                          : QString(),
                                      suffix);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    const QString path = SavePrompt::ask(this, tr("Export “%1”").arg(title()), suggested, filter);
    if (path.isEmpty())
        return; // cancelled: nothing to say
    finish(exportTo(format, path, scale));
}

void ChartCard::copyToClipboard()
{
    m_chart->setTitle(title());
    const ExportOutcome outcome = exporter().copyToClipboard();
    m_chart->setTitle(QString());
    finish(outcome);
}

void ChartCard::print()
{
    m_chart->setTitle(title());
    const ExportOutcome outcome = exporter().print(this);
    m_chart->setTitle(QString());
    finish(outcome);
}

void ChartCard::finish(const ExportOutcome &outcome)
{
    emit exported(outcome);
}

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_adapter->setDark(ChartPalette::isDark(palette()));
        applyPalette();
    }
}

void ChartCard::applyPalette()
{
    ChartPalette::apply(m_chart, palette());
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
}

void ChartCard::fitRows()
{
    // One bar per row (campaigns, stages): every row gets a line of text and some air, or Qt
    // Charts elides the names to "...". The card grows; the page scrolls.
    if (m_adapter->shape() != ChartAdapter::Shape::HorizontalBars)
        return;
    const int line = QFontMetrics(m_chart->font()).height();
    const int rows = m_model->rowCount();
    const int chrome = m_header->sizeHint().height() + 4 * line + 24; // header, axis, margins
    setMinimumHeight(std::max(kMinimumHeight, chrome + rows * (line + 10)));
}

void ChartCard::showState(bool hasData)
{
    const bool quiet = hasData && m_adapter->isAllZero() && !m_quietText.isEmpty();
    m_empty->setText(quiet ? m_quietText : m_emptyText);
    m_stack->setCurrentWidget(hasData && !quiet ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace kakiyo
