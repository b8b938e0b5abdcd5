#include "ui/campaigns/CampaignDetailsPanel.h"

#include "models/CampaignListModel.h"
#include "models/CampaignProspectModel.h"
#include "models/api/CampaignsApi.h"
#include "models/domain/ConversationStatus.h"
#include "ui/campaigns/ActivitySparkline.h"
#include "ui/campaigns/CampaignCard.h"
#include "ui/prospects/AddProspectDialog.h"
#include "ui/shell/AgeText.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace kakiyo {

namespace {

// Tri-state filter choices: any / yes / no.
QComboBox *triState(QWidget *parent, const char *name, const QString &accessible,
    const QString &any, const QString &yes, const QString &no)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->setAccessibleName(accessible);
    c->addItem(any);
    c->addItem(yes, true);
    c->addItem(no, false);
    return c;
}

std::optional<bool> choice(const QComboBox *c)
{
    const QVariant v = c->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

CampaignDetailsPanel::CampaignDetailsPanel(Connection *session, QWidget *parent)
    : QFrame(parent)
    , m_connection(session)
    , m_prospects(new CampaignProspectModel(session, this))
{
    setObjectName(QStringLiteral("campaignDetails"));
    setAccessibleName(tr("Campaign details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("sectionTitle"));
    m_name->setWordWrap(true);
    top->addWidget(m_name, 1);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    top->addWidget(m_badge);
    auto *import = new QPushButton(tr("Import leads…"), this);
    import->setObjectName(QStringLiteral("detailsImportLeads"));
    import->setAccessibleName(tr("Import leads into this campaign"));
    connect(import, &QPushButton::clicked, this, [this] { emit importRequested(m_campaign.id); });
    top->addWidget(import);
    auto *addOne = new QPushButton(tr("Add a prospect…"), this);
    addOne->setObjectName(QStringLiteral("detailsAddProspect"));
    addOne->setAccessibleName(tr("Add one prospect to this campaign"));
    connect(addOne, &QPushButton::clicked, this, &CampaignDetailsPanel::openAddProspect);
    top->addWidget(addOne);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeDetails"));
    m_icons.set(close, QStringLiteral("close"));
    close->setToolTip(tr("Close the details"));
    close->setAccessibleName(tr("Close the details"));
    connect(close, &QToolButton::clicked, this, &CampaignDetailsPanel::closeRequested);
    top->addWidget(close);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignDetailsTabs"));
    m_tabs->setAccessibleName(tr("Campaign details"));
    layout->addWidget(m_tabs, 1);

    // Statistics.
    auto *stats = new QWidget(m_tabs);
    auto *statsLayout = new QVBoxLayout(stats);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(0);
    const struct
    {
        const char *key;
        QString label;
    } tiles[] = {
        {"prospects", tr("prospects")},
        {"replies", tr("replied")},
        {"messages", tr("messages sent")},
        {"qualified", tr("qualified")},
        {"closed", tr("closed")},
        {"responseRate", tr("response rate")},
        {"conversionRate", tr("conversion rate")},
    };
    int i = 0;
    for (const auto &t : tiles) {
        auto *value = new QLabel(QStringLiteral("–"), stats);
        value->setObjectName(QStringLiteral("tileValue"));
        value->setProperty("figure", QString::fromLatin1(t.key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *caption = new QLabel(t.label, stats);
        caption->setObjectName(QStringLiteral("tileLabel"));
        value->setAccessibleName(t.label);
        const int row = (i / 3) * 3; // value, caption, gap
        grid->addWidget(value, row, i % 3);
        grid->addWidget(caption, row + 1, i % 3);
        grid->setRowMinimumHeight(row + 2, 14);
        m_figures.insert(QString::fromLatin1(t.key), value);
        ++i;
    }
    grid->setColumnStretch(3, 1);
    statsLayout->addLayout(grid);
    m_statsNote = new QLabel(stats);
    m_statsNote->setObjectName(QStringLiteral("statsNote"));
    m_statsNote->setProperty("class", QStringLiteral("muted"));
    m_statsNote->setWordWrap(true);
    statsLayout->addWidget(m_statsNote);
    auto *activityTitle = new QLabel(tr("Daily activity"), stats);
    activityTitle->setObjectName(QStringLiteral("sectionTitle"));
    statsLayout->addSpacing(12);
    statsLayout->addWidget(activityTitle);
    m_activity = new ActivitySparkline(stats);
    m_activity->setObjectName(QStringLiteral("detailsActivity"));
    m_activity->setMinimumHeight(110);
    m_activity->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    statsLayout->addWidget(m_activity);
    auto *legend = new QLabel(ActivitySparkline::legendText(), stats);
    legend->setObjectName(QStringLiteral("activityLegend"));
    legend->setProperty("class", QStringLiteral("muted"));
    statsLayout->addWidget(legend);
    statsLayout->addStretch(1);
    m_tabs->addTab(stats, tr("&Statistics"));

    // Prospects.
    auto *list = new QWidget(m_tabs);
    auto *listLayout = new QVBoxLayout(list);
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(list);
    m_status->setObjectName(QStringLiteral("prospectStatusFilter"));
    m_status->setAccessibleName(tr("Conversation status"));
    m_status->addItem(tr("Any status"));
    for (const int code : knownStatusCodes())
        m_status->addItem(statusLabel(code), code);
    m_paused = triState(list, "prospectPausedFilter", tr("Paused"), tr("Paused or not"),
        tr("Paused only"), tr("Not paused"));
    m_responded = triState(list, "prospectRespondedFilter", tr("Responded"), tr("Responded or not"),
        tr("Responded"), tr("No response yet"));
    auto *statusLabelWidget = new QLabel(tr("S&tatus"), list);
    statusLabelWidget->setBuddy(m_status);
    filters->addWidget(statusLabelWidget);
    filters->addWidget(m_status);
    filters->addWidget(m_paused);
    filters->addWidget(m_responded);
    filters->addStretch(1);
    listLayout->addLayout(filters);
    for (QComboBox *c : {m_status, m_paused, m_responded})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });

    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("campaignProspectTable"));
    m_table->setAccessibleName(tr("Prospects of the campaign"));
    m_table->setModel(m_prospects);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    // The campaign column repeats the campaign shown above; headline and location make the
    // narrow side sheet scroll sideways (the conversation view shows them).
    m_table->setColumnHidden(ProspectColumns::Campaign, true);
    m_table->setColumnHidden(ProspectColumns::Headline, true);
    m_table->setColumnHidden(ProspectColumns::Location, true);
    // activated = double-click or Enter on a row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString chat = index.data(CampaignProspectModel::ChatIdRole).toString();
        if (!chat.isEmpty())
            emit openConversation(chat);
    });
    listLayout->addWidget(m_table, 1);

    auto *footer = new QHBoxLayout;
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("prospectCount"));
    m_count->setProperty("class", QStringLiteral("muted"));
    footer->addWidget(m_count, 1);
    m_retry = new QPushButton(tr("Try again"), list);
    m_retry->setObjectName(QStringLiteral("prospectRetry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, m_prospects, &CampaignProspectModel::retry);
    footer->addWidget(m_retry);
    listLayout->addLayout(footer);
    connect(m_prospects, &CampaignProspectModel::stateChanged, this,
        &CampaignDetailsPanel::updateCountText);
    connect(m_prospects, &QAbstractItemModel::rowsInserted, this,
        &CampaignDetailsPanel::updateCountText);
    connect(
        m_prospects, &QAbstractItemModel::modelReset, this, &CampaignDetailsPanel::updateCountText);
    m_tabs->addTab(list, tr("&Prospects"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ProspectsTab && m_prospectsPending)
            loadProspectsWhenShown(false);
    });
    updateCountText();
}

CampaignDetailsPanel::~CampaignDetailsPanel()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void CampaignDetailsPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_icons.reapply();
        for (QLabel *legend : findChildren<QLabel *>(QStringLiteral("activityLegend")))
            legend->setText(ActivitySparkline::legendText());
    }
}

void CampaignDetailsPanel::showCampaign(const Campaign &campaign, bool refresh)
{
    const bool same = campaign.id == m_campaign.id;
    m_campaign = campaign;
    m_name->setText(campaign.name);
    m_badge->setText(CampaignListModel::statusLabel(campaign.status));
    m_badge->setProperty("badge", CampaignCard::badgeFor(campaign.status));
    m_badge->style()->unpolish(m_badge);
    m_badge->style()->polish(m_badge);
    if (same && !refresh)
        return;
    // The list's counters at once; the stats endpoint's figures replace them when they come.
    m_statsLoaded = false;
    showCounts(campaign.stats);
    m_statsNote->setText(tr("Loading the campaign's statistics…"));
    loadStats(refresh);
    loadProspectsWhenShown(refresh);
}

void CampaignDetailsPanel::loadProspectsWhenShown(bool refresh)
{
    // The list costs calls: ask it when its tab is on screen, not for every campaign glanced at.
    m_prospectsPending = true;
    m_prospectsRefresh = m_prospectsRefresh || refresh;
    if (m_tabs->currentIndex() == ProspectsTab) {
        m_prospectsPending = false;
        applyFilter(std::exchange(m_prospectsRefresh, false));
    } else if (m_prospects->campaignId() != m_campaign.id) {
        m_prospects->setCampaign({}); // no rows of another campaign under this one's name
    }
}

void CampaignDetailsPanel::refresh()
{
    if (m_campaign.id.isEmpty())
        return;
    loadStats(true);
    loadProspectsWhenShown(true);
}

void CampaignDetailsPanel::setActivity(const QList<DailyActivity> &days, bool known)
{
    if (known)
        m_activity->setSeries(days);
    else
        m_activity->setMode(ActivitySparkline::Mode::Loading);
}

void CampaignDetailsPanel::showProspectsTab()
{
    m_tabs->setCurrentIndex(ProspectsTab);
}

QString CampaignDetailsPanel::figure(const QString &key) const
{
    const QLabel *l = m_figures.value(key);
    return l ? l->text() : QString();
}

void CampaignDetailsPanel::showCounts(const CampaignCounts &counts)
{
    const QLocale locale;
    Campaign c;
    c.stats = counts;
    m_figures.value(QStringLiteral("prospects"))->setText(locale.toString(counts.prospects));
    m_figures.value(QStringLiteral("replies"))->setText(locale.toString(counts.prospectsAnswers));
    m_figures.value(QStringLiteral("messages"))->setText(locale.toString(counts.messages));
    m_figures.value(QStringLiteral("qualified"))->setText(locale.toString(counts.qualified));
    m_figures.value(QStringLiteral("closed"))->setText(locale.toString(counts.closed));
    m_figures.value(QStringLiteral("responseRate"))
        ->setText(QStringLiteral("%1 %").arg(
            locale.toString(CampaignListModel::responseRate(c), 'f', 1)));
    m_figures.value(QStringLiteral("conversionRate"))
        ->setText(QStringLiteral("%1 %").arg(
            locale.toString(CampaignListModel::conversionRate(c), 'f', 1)));
}

void CampaignDetailsPanel::loadStats(bool refresh)
{
    delete m_statsOwner; // an answer for the previous campaign is dropped
    m_statsOwner = new QObject(this);
    ReadOptions options;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    CampaignsApi(m_connection)
        .stats(
            m_campaign.id, m_statsOwner,
            [this](const Result<CampaignStats> &r) {
                if (!r.ok()) {
                    m_statsNote->setText(tr("The statistics could not be loaded (%1); the figures "
                                            "shown are the campaign list's.")
                                             .arg(r.error.userMessage()));
                    return;
                }
                showCounts(r.value.stats);
                m_statsLoaded = true;
                m_statsNote->setText(
                    tr("Statistics %1.")
                        .arg(AgeText::describe(
                            r.fetchedAt.isValid() ? r.fetchedAt : QDateTime::currentDateTimeUtc(),
                            QDateTime::currentDateTimeUtc())));
            },
            options);
}

void CampaignDetailsPanel::applyFilter(bool refresh)
{
    if (m_campaign.id.isEmpty())
        return;
    CampaignProspectModel::Filter f;
    if (m_status->currentData().isValid())
        f.status = m_status->currentData().toInt();
    f.isPaused = choice(m_paused);
    f.hasResponded = choice(m_responded);
    m_prospects->setCampaign(m_campaign.id, f, refresh);
}

QString CampaignDetailsPanel::countText() const
{
    return m_count->text();
}

void CampaignDetailsPanel::updateCountText()
{
    const QLocale locale;
    const QString loaded = tr("loaded %1").arg(locale.toString(m_prospects->rowCount()));
    QString text;
    switch (m_prospects->state()) {
    case CampaignProspectModel::State::Idle:
        text = m_campaign.id.isEmpty() ? QString() : tr("loading…");
        break;
    case CampaignProspectModel::State::Loading:
        text = m_prospects->rowCount() > 0 ? loaded + tr(" · loading more…") : tr("loading…");
        break;
    case CampaignProspectModel::State::Loaded:
        text = loaded + tr(" · more available (scroll down)");
        break;
    case CampaignProspectModel::State::AtEnd:
        text = m_prospects->rowCount() == 0 ? tr("no prospects match these filters")
                                            : loaded + tr(" · all of them");
        break;
    case CampaignProspectModel::State::Error:
        text = loaded + tr(" · the next page failed: %1").arg(m_prospects->errorMessage());
        break;
    }
    m_count->setText(text);
    m_retry->setVisible(m_prospects->state() == CampaignProspectModel::State::Error);
}

AddProspectDialog *CampaignDetailsPanel::openAddProspect()
{
    auto *dialog = new AddProspectDialog(m_connection, m_campaign.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The new conversation shows in this campaign's list once it is in.
    connect(dialog, &AddProspectDialog::added, this, [this](const QString &campaignId) {
        if (campaignId == m_campaign.id)
            refresh();
    });
    dialog->show();
    return dialog;
}

} // namespace kakiyo
