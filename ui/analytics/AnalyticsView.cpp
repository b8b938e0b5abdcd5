#include "ui/analytics/AnalyticsView.h"

#include "models/AnalyticsModel.h"
#include "models/jobs/OutreachLoader.h"
#include "ui/analytics/DateRangeBar.h"
#include "ui/analytics/FittedColumns.h"
#include "ui/analytics/KpiTile.h"
#include "ui/analytics/ReplyHeatmap.h"
#include "ui/analytics/ResponsiveRow.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/MarkedSortModel.h"
#include "ui/shell/Teardown.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {
QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}
} // namespace

AnalyticsView::AnalyticsView(AnalyticsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_picker(new QComboBox)
    , m_range(new DateRangeBar)
    , m_report(new QPushButton(tr("Export report…")))
    , m_notice(new QLabel)
    , m_campaignHeading(sectionHeading(tr("Campaign")))
    , m_compared(new QLabel)
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("analyticsView"));
    m_picker->setObjectName(QStringLiteral("campaignPicker"));
    m_picker->setMinimumContentsLength(24);
    m_picker->setToolTip(tr("Campaign whose daily activity, funnel and breakdown are shown"));
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setToolTip(tr("One PDF with the KPIs, every chart, the campaign table and the "
                            "definitions"));
    m_notice->setObjectName(QStringLiteral("analyticsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_compared->setObjectName(QStringLiteral("comparedWith"));
    m_compared->setEnabled(false);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setSpacing(12);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_range);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Campaign:")));
    controls->addWidget(m_picker);
    controls->addWidget(m_report);
    column->addLayout(controls);
    column->addWidget(m_notice);

    // KPI tiles: two rows of four.
    m_overviewHeading = sectionHeading(tr("Team overview"));
    m_overviewHeading->setObjectName(QStringLiteral("overviewHeading"));
    column->addWidget(m_overviewHeading);
    column->addWidget(m_compared);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    // The outreach figures first: acceptance is the first number a LinkedIn team looks at.
    const QStringList outreachNames {
        tr("Acceptance rate"), tr("Invitations sent"), tr("Connections made")};
    const QStringList outreachKeys {QStringLiteral("kpi-acceptance"),
        QStringLiteral("kpi-invitations"), QStringLiteral("kpi-connections")};
    for (int k = 0; k < OutreachTileCount; ++k) {
        auto *tile = new KpiTile(outreachNames[k]);
        tile->setObjectName(outreachKeys[k]);
        m_outreachTiles << tile;
        tiles->addWidget(tile, 0, k);
    }
    for (int k = 0; k < AnalyticsKpiModel::KpiCount; ++k) {
        auto *tile = new KpiTile(AnalyticsKpiModel::name(AnalyticsKpiModel::Kpi(k)));
        tile->setObjectName(QStringLiteral("kpi-%1").arg(k));
        m_tiles.insert(k, tile);
        tiles->addWidget(tile, 1 + k / 4, k % 4);
    }
    column->addLayout(tiles);

    for (const ChartSpec &spec : AnalyticsCharts::catalog()) {
        ChartCard *card = AnalyticsCharts::create(spec.name, *model);
        m_charts.insert(spec.name, card);
        connect(card, &ChartCard::exported, this,
            [this](const ExportOutcome &outcome) { setNotice(outcome.message); });
    }

    // Comparison chart with the sortable table beside it: both show the chart's sorted view of
    // the campaigns, so a click on a column header reorders the bars too.
    ChartCard *comparisonCard = m_charts.value(QStringLiteral("campaigns"));
    m_sorted = qobject_cast<QSortFilterProxyModel *>(comparisonCard->model());
    Q_ASSERT(m_sorted);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaign comparison table"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(
        model->campaigns()->columnOf(QStringLiteral("qualified")), Qt::DescendingOrder);
    if (auto *metric = comparisonCard->findChild<QComboBox *>(QStringLiteral("metricPicker"))) {
        // Choosing a metric sorts by it (AnalyticsCharts); the header says so.
        connect(metric, &QComboBox::currentIndexChanged, this, [this, metric] {
            m_table->horizontalHeader()->setSortIndicator(
                metric->currentData().toInt(), Qt::DescendingOrder);
        });
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(260);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        selectCampaign(m_sorted->data(index, AnalyticsTableModel::RowKeyRole).toString());
    });
    // Rows put their charts side by side where the page is wide enough and stack them where it
    // is not (a 1024-pixel window), so the page never scrolls sideways.
    auto *comparison = new ResponsiveRow(1400);
    comparison->setObjectName(QStringLiteral("comparisonRow"));
    comparison->addWidget(comparisonCard, 3);
    comparison->addWidget(m_table, 4);
    column->addWidget(comparison);

    auto *team = new ResponsiveRow(760);
    team->setObjectName(QStringLiteral("teamRow"));
    team->addWidget(m_charts.value(QStringLiteral("activity")), 2);
    team->addWidget(m_charts.value(QStringLiteral("history")), 3);
    column->addWidget(team);

    column->addWidget(buildOutreach());

    column->addWidget(m_campaignHeading);
    // The week's totals beside the days they sum; the funnel beside the qualification outcome.
    m_charts.value(QStringLiteral("daily"))->setMinimumHeight(300);
    auto *days = new ResponsiveRow(900);
    days->setObjectName(QStringLiteral("daysRow"));
    days->addWidget(m_charts.value(QStringLiteral("daily")), 3);
    days->addWidget(m_charts.value(QStringLiteral("last7days")), 1);
    column->addWidget(days);
    auto *campaign = new ResponsiveRow(760);
    campaign->setObjectName(QStringLiteral("campaignRow"));
    campaign->addWidget(m_charts.value(QStringLiteral("funnel")), 1);
    campaign->addWidget(m_charts.value(QStringLiteral("qualification")), 1);
    column->addWidget(campaign);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("analyticsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_range, &DateRangeBar::rangeChanged, this,
        [this](QDate from, QDate to) { m_model->setRange(from, to); });
    connect(m_report, &QPushButton::clicked, this, &AnalyticsView::reportRequested);
    connect(m_picker, &QComboBox::activated, this,
        [this] { emit campaignChosen(selectedCampaignId()); });
    connect(model, &AnalyticsModel::changed, this, [this] {
        refreshTiles();
        refreshOutreachTiles();
        refreshPicker();
        refreshCampaignHeading();
    });
    refreshTiles();
    refreshOutreachTiles();
    refreshPicker();
    refreshCampaignHeading();
}

QWidget *AnalyticsView::buildOutreach()
{
    OutreachTables *outreach = m_model->outreach();
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("outreachSection"));
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);

    auto styleTable = [](QTableView *table, QAbstractItemModel *model, int sortColumn) {
        table->setModel(model);
        table->setSortingEnabled(true);
        table->sortByColumn(sortColumn, Qt::DescendingOrder);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        table->setAlternatingRowColors(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    };

    // Senders: one row per LinkedIn account, its volume against the ceilings.
    auto *heading = new QHBoxLayout;
    heading->addWidget(sectionHeading(tr("Senders")));
    heading->addStretch(1);
    m_exportSenders = new QPushButton(tr("Export CSV…"));
    m_exportSenders->setObjectName(QStringLiteral("exportSenders"));
    m_exportSenders->setToolTip(tr("The per-sender table as a CSV file"));
    heading->addWidget(m_exportSenders);
    column->addLayout(heading);
    auto *ceilings = new QLabel(
        tr("Invitations against LinkedIn's recommended ceilings: at most %1 a day, about %2 a "
           "month. Marked cells are above them (or would be at the configured limit); greyed "
           "rates come from fewer than %3 prospects.")
            .arg(OutreachFigures::DailyInvitationCeiling)
            .arg(OutreachFigures::MonthlyInvitationCeiling)
            .arg(OutreachFigures::MinimumSample));
    ceilings->setWordWrap(true);
    ceilings->setEnabled(false);
    column->addWidget(ceilings);
    m_readAll = new QPushButton;
    m_readAll->setObjectName(QStringLiteral("readAllConversations"));
    m_readAll->setVisible(false);
    connect(m_readAll, &QPushButton::clicked, this, &AnalyticsView::readAllRequested);
    auto *readAllRow = new QHBoxLayout;
    readAllRow->addWidget(m_readAll);
    readAllRow->addStretch(1);
    column->addLayout(readAllRow);
    auto *senders = new MarkedSortModel(this);
    senders->setSourceModel(outreach->senders());
    m_senderTable = new QTableView;
    m_senderTable->setObjectName(QStringLiteral("senderTable"));
    m_senderTable->setAccessibleName(tr("Per-sender table"));
    styleTable(
        m_senderTable, senders, outreach->senders()->columnOf(QStringLiteral("acceptanceRate")));
    // Fifteen columns: they share the width (elided where needed) instead of scrolling sideways.
    FittedColumns::apply(m_senderTable);
    // Room for a team of eight without scrolling; a bigger team scrolls inside the table.
    m_senderTable->setMinimumHeight(m_senderTable->horizontalHeader()->sizeHint().height()
        + 8 * m_senderTable->verticalHeader()->defaultSectionSize() + 4);
    column->addWidget(m_senderTable);
    connect(m_exportSenders, &QPushButton::clicked, this, &AnalyticsView::exportSendersRequested);

    auto *senderCharts = new ResponsiveRow(900);
    senderCharts->setObjectName(QStringLiteral("sendersRow"));
    senderCharts->addWidget(m_charts.value(QStringLiteral("acceptance")), 1);
    senderCharts->addWidget(m_charts.value(QStringLiteral("senders")), 1);
    column->addWidget(senderCharts);

    // Pace: when each campaign runs out of prospects at the current rate.
    column->addWidget(sectionHeading(tr("Campaign pace")));
    auto *pace = new MarkedSortModel(this);
    pace->setSourceModel(outreach->pace());
    m_paceTable = new QTableView;
    m_paceTable->setObjectName(QStringLiteral("paceTable"));
    m_paceTable->setAccessibleName(tr("Campaign pace table"));
    styleTable(m_paceTable, pace, outreach->pace()->columnOf(QStringLiteral("notStarted")));
    FittedColumns::apply(m_paceTable);
    m_paceTable->setMinimumHeight(m_paceTable->horizontalHeader()->sizeHint().height()
        + 10 * m_paceTable->verticalHeader()->defaultSectionSize() + 4);
    column->addWidget(m_paceTable);

    // The heatmap table reads out each cell; its chart card (the same grid) is not shown twice,
    // only its export menu is, beside the heading.
    auto *repliesHeading = new QHBoxLayout;
    repliesHeading->addWidget(sectionHeading(tr("When prospects reply")));
    repliesHeading->addStretch(1);
    ChartCard *heatCard = m_charts.value(QStringLiteral("heatmap"));
    heatCard->setParent(box);
    heatCard->setVisible(false);
    auto *exportHeat = new QToolButton;
    exportHeat->setObjectName(QStringLiteral("exportHeatmap"));
    exportHeat->setText(tr("Export…"));
    exportHeat->setToolTip(
        tr("The reply heatmap as a PNG, SVG or PDF grid, or its numbers as CSV"));
    exportHeat->setPopupMode(QToolButton::InstantPopup);
    exportHeat->setMenu(heatCard->exportMenu());
    repliesHeading->addWidget(exportHeat);
    column->addLayout(repliesHeading);
    auto *heatmap = new ReplyHeatmap(outreach->heatmap());
    heatmap->setObjectName(QStringLiteral("replyHeatmap"));
    column->addWidget(heatmap);
    return box;
}

void AnalyticsView::refreshOutreachTiles()
{
    OutreachTables *tables = m_model->outreach();
    const auto figures = tables->figures();
    const QLocale locale;
    const QString scope = tr("Counts to date. The change compares with the snapshot the app "
                             "stored at the start of the chosen period (the API dates no "
                             "invitation).");
    if (!figures) {
        for (KpiTile *tile : m_outreachTiles) {
            tile->setValue(tr("—"), tr("not loaded yet"), 0, scope);
            tile->setEnabled(true);
        }
        m_readAll->setVisible(false);
        return;
    }
    const OutreachFigures::Tally &team = figures->team;
    const auto rate = team.acceptanceRate();
    QString partial;
    if (!figures->isComplete())
        partial = u'\n'
            + tr("From the %1 most recent of %2 conversations.")
                  .arg(locale.toString(figures->scanned), locale.toString(figures->total));
    const auto previous = tables->previous();
    QString since;
    if (previous)
        since = u'\n'
            + tr("Change since the snapshot of %1.")
                  .arg(locale.toString(previous->day, QLocale::ShortFormat));
    else if (!tables->noChangeReason().isEmpty())
        since = u'\n' + tables->noChangeReason() + u'.';
    const bool few = team.invited < OutreachFigures::MinimumSample;
    QString acceptanceTip = tr("Acceptance rate: %1").arg(OutreachFigures::acceptanceFormula())
        + u'\n' + scope + since + partial;
    if (few && team.invited > 0)
        acceptanceTip += u'\n' + OutreachTables::lowSampleNote(team.invited, tr("invitations"));
    // Under the number: the change over the period; without one, why (no data for the previous
    // period), or what the number covers.
    const QString covers = tables->previousPeriodMissing()
        ? tr("no data for the previous %n days", nullptr, tables->periodDays())
        : figures->isComplete() ? tr("to date")
                                : tr("latest %1 only").arg(locale.toString(figures->scanned));
    auto change = [&](AnalyticsKpiModel::Kpi kpi, std::optional<double> delta) {
        return delta ? std::pair {AnalyticsKpiModel::formatChange(kpi, *delta), *delta}
                     : std::pair {covers, 0.0};
    };
    std::optional<double> rateDelta;
    std::optional<double> invitedDelta;
    std::optional<double> acceptedDelta;
    if (previous) {
        const auto was = OutreachFigures::percent(previous->team.accepted, previous->team.invited);
        if (was && rate)
            rateDelta = *rate - *was;
        invitedDelta = double(team.invited - previous->team.invited);
        acceptedDelta = double(team.accepted - previous->team.accepted);
    }
    auto [rateText, rateValue] = change(AnalyticsKpiModel::ResponseRate, rateDelta);
    if (few && team.invited > 0)
        rateText = tr("%1 invitations only").arg(team.invited);
    m_outreachTiles[AcceptanceTile]->setValue(
        rate ? tr("%1 %").arg(locale.toString(*rate, 'f', 2)) : tr("—"), rateText, rateValue,
        acceptanceTip);
    // Greyed with the reason in the tooltip: too few invitations to compare.
    m_outreachTiles[AcceptanceTile]->setEnabled(!few || team.invited == 0);
    const auto [invitedText, invitedValue] = change(AnalyticsKpiModel::Prospects, invitedDelta);
    m_outreachTiles[InvitationsTile]->setValue(locale.toString(team.invited), invitedText,
        invitedValue,
        tr("Invitations sent: conversations in status 1–6") + u'\n' + scope + since + partial);
    const auto [acceptedText, acceptedValue] = change(AnalyticsKpiModel::Prospects, acceptedDelta);
    m_outreachTiles[ConnectionsTile]->setValue(locale.toString(team.accepted), acceptedText,
        acceptedValue,
        tr("Connections made: conversations in status 2–6") + u'\n' + scope + since + partial);

    // Reading the rest costs search calls (the slowest tier): say how many before anything runs.
    const qint64 unread = std::max<qint64>(0, figures->total - figures->scanned);
    const qint64 calls = OutreachLoader::callsToRead(unread);
    m_readAll->setVisible(unread > 0);
    m_readAll->setText(tr("Read all %1 conversations — search calls: %2…")
                           .arg(locale.toString(figures->total), locale.toString(calls)));
    m_readAll->setToolTip(
        tr("Acceptance, pace and the heatmap come from the %1 most recent conversations. Reading "
           "the other %2 costs %3 search calls, about %4 s at the strictest rate (15 a minute); "
           "the pages already read come from the cache.")
            .arg(locale.toString(figures->scanned), locale.toString(unread), locale.toString(calls),
                locale.toString(calls * 4)));
}

AnalyticsView::~AnalyticsView()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

QList<ChartCard *> AnalyticsView::charts() const
{
    QList<ChartCard *> out;
    for (const ChartSpec &spec : AnalyticsCharts::catalog())
        out << m_charts.value(spec.name);
    return out;
}

QString AnalyticsView::selectedCampaignId() const
{
    return m_picker->currentData().toString();
}

void AnalyticsView::selectCampaign(const QString &id)
{
    const int index = m_picker->findData(id);
    if (index < 0 || index == m_picker->currentIndex())
        return;
    m_picker->setCurrentIndex(index);
    emit campaignChosen(id);
}

void AnalyticsView::setOverviewOwner(const QString &workspaceName)
{
    m_overviewHeading->setText(workspaceName.isEmpty()
            ? tr("Team overview")
            : tr("Workspace overview: %1").arg(workspaceName));
}

void AnalyticsView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString AnalyticsView::notice() const
{
    return m_notice->text();
}

void AnalyticsView::refreshTiles()
{
    AnalyticsKpiModel *kpis = m_model->kpis();
    for (int k = 0; k < AnalyticsKpiModel::KpiCount; ++k) {
        const QModelIndex value = kpis->index(k, AnalyticsKpiModel::ValueColumn);
        const QModelIndex change = kpis->index(k, AnalyticsKpiModel::ChangeColumn);
        const QVariant raw = kpis->data(change, AnalyticsKpiModel::RawRole);
        m_tiles.value(k)->setValue(kpis->data(value).toString(),
            raw.isValid() ? kpis->data(change).toString() : QString(), raw.toDouble(),
            kpis->data(value, Qt::ToolTipRole).toString());
    }
    const QDate compared = m_model->comparedWith();
    m_compared->setText(!m_model->hasOverview()
            ? tr("No data yet — refresh to load the team's analytics")
            : m_model->previousPeriodMissing()
            ? tr("Figures of %1; no data for the previous %n days (no snapshot of %2 is "
                 "stored), so no change is shown",
                nullptr, m_model->periodDays())
                  .arg(QLocale().toString(m_model->overviewDay(), QLocale::ShortFormat),
                      QLocale().toString(m_model->rangeFrom(), QLocale::ShortFormat))
            : compared.isValid()
            ? tr("Figures of %1; changes since the snapshot of %2")
                  .arg(QLocale().toString(m_model->overviewDay(), QLocale::ShortFormat),
                      QLocale().toString(compared, QLocale::ShortFormat))
            : tr("Figures of %1; changes appear once an earlier day is stored")
                  .arg(QLocale().toString(m_model->overviewDay(), QLocale::ShortFormat)));
}

void AnalyticsView::refreshPicker()
{
    const QString current = selectedCampaignId();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("Choose a campaign"), QString());
    AnalyticsTableModel *campaigns = m_model->campaigns();
    for (int r = 0; r < campaigns->rowCount(); ++r)
        m_picker->addItem(
            campaigns->raw(r, QStringLiteral("name")).toString(), campaigns->rowKey(r));
    QString wanted = current;
    if (wanted.isEmpty() && m_model->hasCampaign())
        wanted = m_model->campaign()->campaignId;
    const int index = m_picker->findData(wanted);
    m_picker->setCurrentIndex(index < 0 ? 0 : index);
}

void AnalyticsView::refreshCampaignHeading()
{
    if (m_model->hasCampaign()) {
        const auto c = *m_model->campaign();
        m_campaignHeading->setText(
            tr("Campaign: %1").arg(c.campaignName.isEmpty() ? c.campaignId : c.campaignName));
    } else {
        m_campaignHeading->setText(tr("Campaign — choose one above"));
    }
}

} // namespace kakiyo
