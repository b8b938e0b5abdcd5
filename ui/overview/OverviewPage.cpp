#include "ui/overview/OverviewPage.h"

#include "models/AgentListModel.h"
#include "models/CampaignListModel.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"
#include "ui/shell/Theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {

constexpr int kShownPerSection = 8;

QListWidget *makeList(QWidget *parent, const char *name, const QString &accessible)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessible);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

QWidget *section(QWidget *parent, const QString &title, QListWidget *list)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *label = new QLabel(title, box);
    label->setObjectName(QStringLiteral("sectionTitle"));
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    return box;
}

// Re-filling a list (a refresh) keeps the item the user had chosen, by id, and the scroll
// position: the list is rebuilt from scratch, the user's place in it is not.
class KeptPlace final
{
public:
    explicit KeptPlace(QListWidget *list)
        : m_list(list)
        , m_id(list->currentItem() ? list->currentItem()->data(Qt::UserRole + 1).toString()
                                   : QString())
        , m_scroll(list->verticalScrollBar()->value())
    {
    }
    ~KeptPlace()
    {
        for (int i = 0; !m_id.isEmpty() && i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole + 1).toString() == m_id) {
                m_list->setCurrentRow(i);
                break;
            }
        }
        m_list->verticalScrollBar()->setValue(m_scroll);
    }
    Q_DISABLE_COPY_MOVE(KeptPlace)

private:
    QListWidget *m_list;
    QString m_id;
    int m_scroll;
};

} // namespace

OverviewPage::OverviewPage(Connection *session, QWidget *parent)
    : Page(tr("Overview"), parent)
    , m_connection(session)
    , m_agents(new AgentListModel(session, this))
    , m_campaigns(new CampaignListModel(session, this))
{
    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    m_tileRunning = addTile(tiles, 0, tr("agents running"), "tileRunning");
    m_tileAttention = addTile(tiles, 1, tr("agents need attention"), "tileAttention");
    m_tileActive = addTile(tiles, 2, tr("active campaigns"), "tileActive");
    m_tileProspects = addTile(tiles, 3, tr("prospects in campaigns"), "tileProspects");
    m_tileReplies = addTile(tiles, 4, tr("replies"), "tileReplies");
    m_tileQualified = addTile(tiles, 5, tr("qualified"), "tileQualified");
    body()->addLayout(tiles);

    m_attention = makeList(this, "attentionList", tr("Agents needing attention"));
    m_active = makeList(this, "activeCampaignList", tr("Active campaigns"));
    m_replies = makeList(this, "recentReplies", tr("Recent replies"));
    m_qualified = makeList(this, "newlyQualified", tr("Newly qualified"));
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    grid->addWidget(section(this, tr("Agents needing attention"), m_attention), 0, 0);
    grid->addWidget(section(this, tr("Active campaigns"), m_active), 0, 1);
    grid->addWidget(section(this, tr("Recent replies"), m_replies), 1, 0);
    grid->addWidget(section(this, tr("Newly qualified"), m_qualified), 1, 1);
    body()->addLayout(grid, 1);

    connect(m_attention, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole + 1).toString();
        if (!id.isEmpty())
            emit openAgent(id);
    });
    connect(m_active, &QListWidget::itemActivated, this, [this] { emit openCampaigns(); });
    connect(m_agents, &AgentListModel::loaded, this, [this] {
        renderAgents();
        // A client workspace without agents: the page says why it is empty.
        setScopeNote(m_agents->emptyText());
        settle();
    });
    connect(m_agents, &AgentListModel::loadFailed, this, [this](const QString &m) {
        m_attention->clear();
        m_attention->addItem(m);
        settle();
    });
    connect(m_campaigns, &CampaignListModel::loaded, this, [this] {
        renderCampaigns();
        settle();
    });
    connect(m_campaigns, &CampaignListModel::loadFailed, this, [this](const QString &m) {
        m_active->clear();
        m_active->addItem(m);
        settle();
    });
}

QLabel *OverviewPage::addTile(QGridLayout *grid, int column, const QString &label, const char *name)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(0);
    auto *value = new QLabel(QStringLiteral("–"), tile);
    value->setObjectName(QStringLiteral("tileValue"));
    value->setProperty("tile", QString::fromLatin1(name));
    value->setAccessibleName(label);
    auto *caption = new QLabel(label, tile);
    caption->setObjectName(QStringLiteral("tileLabel"));
    caption->setWordWrap(true); // six tiles share one row: captions wrap before the row overflows
    layout->addWidget(value);
    layout->addWidget(caption);
    grid->addWidget(tile, 0, column);
    return value;
}

void OverviewPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    load(false);
}

void OverviewPage::refreshInPlace()
{
    // Agents and campaigns come from the lists the auto-refresh has just stored (no call); the
    // two prospect searches wait for F5 (search is the slowest rate tier).
    if (!m_activated)
        return;
    m_agents->load(false);
    m_campaigns->load(false);
}

void OverviewPage::refresh()
{
    m_activated = true;
    load(true);
}

void OverviewPage::load(bool refresh)
{
    m_pending = 4;
    m_oldest = QDateTime();
    setBusy(true);
    m_agents->load(refresh);
    m_campaigns->load(refresh);
    ProspectSearchQuery replies;
    replies.hasResponded = true;
    loadProspects(refresh, replies, m_replies);
    ProspectSearchQuery qualified;
    qualified.qualification = QStringLiteral("qualified");
    loadProspects(refresh, qualified, m_qualified);
}

void OverviewPage::settle()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0) {
        m_loadedOnce = true;
        setBusy(false);
        QDateTime when = m_agents->updatedAt();
        if (m_campaigns->updatedAt().isValid()
            && (!when.isValid() || m_campaigns->updatedAt() < when))
            when = m_campaigns->updatedAt();
        if (m_oldest.isValid() && (!when.isValid() || m_oldest < when))
            when = m_oldest;
        setUpdatedAt(when);
    }
}

void OverviewPage::renderAgents()
{
    const KeptPlace place(m_attention);
    m_attention->clear();
    int running = 0;
    int attention = 0;
    for (const Agent &a : m_agents->agents()) {
        if (a.status == QLatin1String("running"))
            ++running;
        if (!AgentListModel::needsAttention(a))
            continue;
        ++attention;
        const QString severity = AgentListModel::worstSeverity(a);
        const QString why
            = a.alerts.isEmpty() ? AgentListModel::statusLabel(a.status) : a.alerts.first().message;
        auto *item = new QListWidgetItem(
            Theme::icon(
                severity == QLatin1String("error") || a.status == QLatin1String("auth_needed")
                    ? QStringLiteral("error")
                    : QStringLiteral("warning"),
                severity == QLatin1String("error") || a.status == QLatin1String("auth_needed")
                    ? Theme::danger()
                    : Theme::warning()),
            QStringLiteral("%1 — %2").arg(a.name, why));
        item->setData(Qt::UserRole + 1, a.id);
        item->setToolTip(why);
        m_attention->addItem(item);
    }
    if (attention == 0)
        m_attention->addItem(new QListWidgetItem(
            Theme::icon(QStringLiteral("online"), Theme::success()), tr("All agents are fine.")));
    m_tileRunning->setText(QStringLiteral("%L1 / %L2").arg(running).arg(m_agents->rowCount()));
    m_tileAttention->setText(QLocale().toString(attention));
    m_tileAttention->setStyleSheet(
        attention > 0 ? QStringLiteral("color: %1;").arg(Theme::warning().name()) : QString());
}

void OverviewPage::renderCampaigns()
{
    const QLocale locale;
    const KeptPlace place(m_active);
    m_active->clear();
    qint64 prospects = 0;
    qint64 replies = 0;
    qint64 qualified = 0;
    int active = 0;
    QList<Campaign> list = m_campaigns->campaigns();
    std::sort(list.begin(), list.end(),
        [](const Campaign &a, const Campaign &b) { return a.stats.prospects > b.stats.prospects; });
    for (const Campaign &c : list) {
        prospects += c.stats.prospects;
        replies += c.stats.prospectsAnswers;
        qualified += c.stats.qualified;
        if (c.status != QLatin1String("active"))
            continue;
        ++active;
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("campaigns"), Theme::accent()),
            tr("%1\n%2 prospects · %3 replies (%4 %) · %5 qualified")
                .arg(c.name, locale.toString(c.stats.prospects),
                    locale.toString(c.stats.prospectsAnswers),
                    locale.toString(CampaignListModel::responseRate(c), 'f', 1),
                    locale.toString(c.stats.qualified)));
        item->setData(Qt::UserRole + 1, c.id);
        m_active->addItem(item);
    }
    if (active == 0)
        m_active->addItem(tr("No active campaign."));
    m_tileActive->setText(locale.toString(active));
    m_tileProspects->setText(locale.toString(prospects));
    m_tileReplies->setText(locale.toString(replies));
    m_tileQualified->setText(locale.toString(qualified));
}

void OverviewPage::loadProspects(bool refresh, ProspectSearchQuery query, QListWidget *list)
{
    // Search sits in the slowest rate tier: one small page per section, cached, asked again only
    // on refresh. The server has no sort order, so the page is ordered here: most recent first.
    query.limit = 25;
    ReadOptions options;
    options.priority = Priority::Prefetch;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    ProspectsApi(m_connection)
        .search(
            query, this,
            [this, list](const Result<SearchPage> &result) {
                list->clear();
                if (!result.ok()) {
                    list->addItem(result.error.userMessage());
                    settle();
                    return;
                }
                if (!m_oldest.isValid()
                    || (result.fetchedAt.isValid() && result.fetchedAt < m_oldest))
                    m_oldest = result.fetchedAt;
                QList<ProspectSearchItem> items = result.value.items;
                const auto latest = [](const ProspectSearchItem &p) {
                    return p.lastResponse.isValid() ? std::max(p.lastResponse, p.lastMessage)
                                                    : p.lastMessage;
                };
                std::stable_sort(items.begin(), items.end(),
                    [&latest](const ProspectSearchItem &a, const ProspectSearchItem &b) {
                        return latest(a) > latest(b);
                    });
                const QLocale locale;
                for (const ProspectSearchItem &p : items.mid(0, kShownPerSection)) {
                    QString line = p.prospect.name;
                    if (!p.prospect.currentCompanyName.isEmpty())
                        line += QStringLiteral(" · ") + p.prospect.currentCompanyName;
                    QString second = p.campaign.name;
                    if (latest(p).isValid())
                        second += (second.isEmpty() ? QString() : QStringLiteral(" · "))
                            + locale.toString(
                                latest(p).toLocalTime(), QStringLiteral("d MMM, HH:mm"));
                    auto *item = new QListWidgetItem(
                        second.isEmpty() ? line : line + QLatin1Char('\n') + second);
                    item->setData(Qt::UserRole + 1, p.chatId);
                    list->addItem(item);
                }
                if (items.isEmpty())
                    list->addItem(tr("Nothing yet."));
                settle();
            },
            options);
}

} // namespace kakiyo
