#include "ui/analytics/AnalyticsPage.h"

#include "models/AnalyticsModel.h"
#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/jobs/OutreachLoader.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DateRangeBar.h"
#include "ui/charts/ChartExporter.h"
#include "ui/charts/ReportWriter.h"
#include "ui/charts/SavePrompt.h"

#include <QDate>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

AnalyticsPage::AnalyticsPage(Connection *session, QWidget *parent)
    : Page(tr("Analytics"), parent)
    , m_connection(session)
    , m_model(new AnalyticsModel(this))
    , m_loader(new AnalyticsModelLoader(session, m_model, this))
    , m_outreach(new OutreachLoader(session, m_model, this))
    , m_view(new AnalyticsView(m_model))
{
    setObjectName(QStringLiteral("analyticsPage"));
    setRefreshable(true);
    body()->addWidget(m_view);
    auto busy = [this] { setBusy(m_loader->isBusy() || m_outreach->isBusy()); };
    connect(m_loader, &AnalyticsModelLoader::busyChanged, this, busy);
    connect(m_outreach, &OutreachLoader::busyChanged, this, busy);
    connect(m_loader, &AnalyticsModelLoader::failed, m_view, &AnalyticsView::setNotice);
    connect(m_outreach, &OutreachLoader::failed, m_view, &AnalyticsView::setNotice);
    connect(m_view, &AnalyticsView::exportSendersRequested, this, &AnalyticsPage::exportSenders);
    // The button already said the cost; cached pages are not asked again.
    connect(m_view, &AnalyticsView::readAllRequested, m_outreach, &OutreachLoader::loadAll);
    connect(m_loader, &AnalyticsModelLoader::overviewLoaded, this, [this] {
        m_view->setNotice({});
        setUpdatedAt(m_loader->fetchedAt());
        // First load: show the details of the campaign at the top of the comparison table (the
        // one with the most qualified prospects), so the page is never half empty.
        const QAbstractItemModel *table = m_view->campaignTable()->model();
        // A client workspace without campaigns: say why the figures are zero.
        setScopeNote(table->rowCount() == 0 && m_connection
                ? WorkspaceScopeLookup::emptyReason(m_connection->session()->scope())
                : QString());
        if (m_view->selectedCampaignId().isEmpty() && table->rowCount() > 0)
            m_view->selectCampaign(
                table->index(0, 0).data(AnalyticsTableModel::RowKeyRole).toString());
    });
    connect(m_view, &AnalyticsView::campaignChosen, this,
        [this](const QString &id) { m_loader->loadCampaign(id, false); });
    connect(m_view, &AnalyticsView::reportRequested, this, &AnalyticsPage::exportReport);
}

void AnalyticsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_loader->loadHistory();
    m_loader->loadOverview(false); // cached answer first: opening the page costs no call
    m_outreach->load(false);
}

void AnalyticsPage::refresh()
{
    m_activated = true;
    m_loader->loadOverview(true);
    m_outreach->load(true);
    if (!m_view->selectedCampaignId().isEmpty())
        m_loader->loadCampaign(m_view->selectedCampaignId(), true);
}

void AnalyticsPage::setTeamName(const QString &name)
{
    m_teamName = name;
    m_view->setOverviewOwner(name);
}

void AnalyticsPage::exportSenders()
{
    const QString path = SavePrompt::ask(this, tr("Export the per-sender table"),
        QStringLiteral("kakiyo-senders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportOutcome outcome = ChartExporter::writeFile(
        path, ChartExporter::csvFromModel(*m_model->outreach()->senders()));
    m_view->setNotice(outcome.message);
}

void AnalyticsPage::exportReport()
{
    const QString path = SavePrompt::ask(this, tr("Export analytics report"),
        QStringLiteral("kakiyo-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportOptions options;
    options.teamName = m_teamName;
    options.rangeText = m_view->dateRange()->describe();
    options.pageSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem
        ? QPageSize::Letter
        : QPageSize::A4;
    ReportWriter writer(*m_model, options);
    const ExportOutcome outcome = writer.write(path);
    m_view->setNotice(outcome.ok ? tr("%1; %2 pages").arg(outcome.message).arg(writer.pageCount())
                                 : outcome.message);
}

} // namespace kakiyo
