#include "ui/charts/AnalyticsCharts.h"

#include "models/AnalyticsModel.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/MarkedSortModel.h"

#include <QComboBox>
#include <QObject>
#include <QSortFilterProxyModel>

namespace kakiyo {

QList<ChartSpec> AnalyticsCharts::catalog()
{
    return {
        {QStringLiteral("campaigns"), QObject::tr("Campaign comparison"),
            QObject::tr("one bar per campaign for a chosen metric (team overview)"), false},
        {QStringLiteral("acceptance"), QObject::tr("Acceptance rate"),
            QObject::tr("invitations accepted ÷ sent, the team and each campaign"), false},
        {QStringLiteral("senders"), QObject::tr("Acceptance by sender"),
            QObject::tr("acceptance rate per sender (LinkedIn account)"), false},
        {QStringLiteral("heatmap"), QObject::tr("Reply activity"),
            QObject::tr("prospects' last replies by weekday and hour, as a shaded grid"), false},
        {QStringLiteral("activity"), QObject::tr("Recent activity"),
            QObject::tr("messages and qualified prospects, last 24 hours and last week"), false},
        {QStringLiteral("history"), QObject::tr("Team trend"),
            QObject::tr("messages, replies and qualified (left axis) and response and conversion "
                        "rates (right axis, %) per stored daily snapshot"),
            false},
        {QStringLiteral("daily"), QObject::tr("Daily activity"),
            QObject::tr("messages, responses and qualified per day of one campaign"), true},
        {QStringLiteral("funnel"), QObject::tr("Status funnel"),
            QObject::tr("pending → contacted → responded → qualified → closed, with stage "
                        "conversion"),
            true},
        {QStringLiteral("qualification"), QObject::tr("Qualification breakdown"),
            QObject::tr("qualified, pending and disqualified prospects of one campaign"), true},
        {QStringLiteral("last7days"), QObject::tr("Last 7 days"),
            QObject::tr("messages, responses and qualified of one campaign in the last 7 days"),
            true},
    };
}

std::optional<ChartSpec> AnalyticsCharts::find(const QString &name)
{
    for (const ChartSpec &spec : catalog())
        if (spec.name == name)
            return spec;
    return std::nullopt;
}

QString AnalyticsCharts::helpText()
{
    QStringList lines;
    for (const ChartSpec &spec : catalog())
        lines << QStringLiteral("  %1%2%3")
                     .arg(spec.name.leftJustified(15), spec.description,
                         spec.needsCampaign ? QObject::tr(" (needs --campaign)") : QString());
    return lines.join(u'\n');
}

ChartCard *AnalyticsCharts::create(const QString &name, AnalyticsModel &model, QWidget *parent)
{
    const auto spec = find(name);
    if (!spec)
        return nullptr;
    using Shape = ChartAdapter::Shape;
    ChartCard *card = nullptr;
    if (name == QLatin1String("campaigns")) {
        // The bars are drawn from a sorted view of the campaigns that the table beside the chart
        // shares (AnalyticsView): sorting the table reorders the bars, top row = top bar.
        AnalyticsTableModel *t = model.campaigns();
        auto *sorted = new MarkedSortModel; // greys rates from fewer than 50 prospects
        sorted->setObjectName(QStringLiteral("campaignOrder"));
        sorted->setSourceModel(t);
        sorted->setSortRole(AnalyticsTableModel::RawRole);
        sorted->sort(t->columnOf(QStringLiteral("qualified")), Qt::DescendingOrder);
        const QList<int> rates {t->columnOf(QStringLiteral("responseRate")),
            t->columnOf(QStringLiteral("conversionRate"))};
        card = new ChartCard(name, spec->title, sorted, Shape::HorizontalBars,
            t->columnOf(QStringLiteral("name")), {t->columnOf(QStringLiteral("qualified"))},
            parent);
        sorted->setParent(card);
        card->adapter()->setPercentColumns(rates);
        card->setEmptyText(QObject::tr("No campaigns yet"));
        // The metric the bars compare; choosing one also sorts by it, largest first.
        auto *metric = new QComboBox(card);
        metric->setObjectName(QStringLiteral("metricPicker"));
        metric->setToolTip(QObject::tr("Metric to compare"));
        metric->setAccessibleName(QObject::tr("Metric to compare"));
        for (const char *key :
            {"qualified", "prospects", "messages", "answers", "responseRate", "conversionRate"}) {
            const int column = t->columnOf(QString::fromLatin1(key));
            metric->addItem(t->headerData(column, Qt::Horizontal).toString(), column);
        }
        QObject::connect(metric, &QComboBox::currentIndexChanged, card, [card, metric, sorted] {
            const int column = metric->currentData().toInt();
            card->adapter()->setValueColumns({column});
            sorted->sort(column, Qt::DescendingOrder);
        });
        card->addHeaderWidget(metric);
    } else if (name == QLatin1String("acceptance")) {
        AnalyticsTableModel *t = model.outreach()->acceptance();
        const int rate = t->columnOf(QStringLiteral("acceptanceRate"));
        card = new ChartCard(name, spec->title, t, Shape::HorizontalBars,
            t->columnOf(QStringLiteral("name")), {rate}, parent);
        card->adapter()->setPercentColumns({rate});
        card->setEmptyText(QObject::tr("No invitations yet"));
    } else if (name == QLatin1String("senders")) {
        AnalyticsTableModel *t = model.outreach()->senders();
        const int rate = t->columnOf(QStringLiteral("acceptanceRate"));
        card = new ChartCard(name, spec->title, t, Shape::HorizontalBars,
            t->columnOf(QStringLiteral("name")), {rate}, parent);
        card->adapter()->setPercentColumns({rate});
        card->setEmptyText(QObject::tr("No senders yet"));
    } else if (name == QLatin1String("heatmap")) {
        AnalyticsTableModel *t = model.outreach()->heatmap();
        QList<int> days;
        for (int day = 1; day <= 7; ++day)
            days << t->columnOf(QStringLiteral("day%1").arg(day));
        // Weekdays down, hours across: the same grid as the page's heatmap, in every export.
        card = new ChartCard(name, spec->title, t, Shape::Grid, 0, days, parent);
        card->setEmptyText(QObject::tr("No replies with a time yet"));
    } else if (name == QLatin1String("activity")) {
        AnalyticsTableModel *t = model.activity();
        card = new ChartCard(name, spec->title, t, Shape::Bars, 0,
            {t->columnOf(QStringLiteral("messages")), t->columnOf(QStringLiteral("qualified"))},
            parent);
    } else if (name == QLatin1String("history")) {
        AnalyticsTableModel *t = model.history();
        const QList<int> rates {t->columnOf(QStringLiteral("responseRate")),
            t->columnOf(QStringLiteral("conversionRate"))};
        card = new ChartCard(name, spec->title, t, Shape::Lines, 0,
            QList<int> {t->columnOf(QStringLiteral("messages")),
                t->columnOf(QStringLiteral("answers")), t->columnOf(QStringLiteral("qualified"))}
                + rates,
            parent);
        // Rates are percentages: their own axis on the right, never the counts' scale.
        card->adapter()->setPercentColumns(rates);
        card->adapter()->setMinimumRows(2);
        card->setEmptyText(QObject::tr("No trend yet: a snapshot is kept each day you refresh, "
                                       "and a trend needs two days"));
    } else if (name == QLatin1String("daily")) {
        AnalyticsTableModel *t = model.daily();
        card = new ChartCard(name, spec->title, t, Shape::Lines, 0,
            {t->columnOf(QStringLiteral("messages")), t->columnOf(QStringLiteral("responses")),
                t->columnOf(QStringLiteral("qualified"))},
            parent);
        card->setEmptyText(QObject::tr("No daily activity yet"));
    } else if (name == QLatin1String("funnel")) {
        AnalyticsTableModel *t = model.funnel();
        card = new ChartCard(name, spec->title, t, Shape::HorizontalBars, 0,
            {t->columnOf(QStringLiteral("prospects"))}, parent);
        card->adapter()->setConversionColumn(t->columnOf(QStringLiteral("conversion")));
    } else if (name == QLatin1String("qualification")) {
        AnalyticsTableModel *t = model.qualification();
        card = new ChartCard(name, spec->title, t, Shape::Donut, 0, {1}, parent);
    } else if (name == QLatin1String("last7days")) {
        AnalyticsTableModel *t = model.last7Days();
        card = new ChartCard(name, spec->title, t, Shape::HorizontalBars, 0, {1}, parent);
        card->setQuietText(QObject::tr("A quiet week: no messages, responses or qualified "
                                       "prospects in this campaign in the last 7 days"));
    }
    if (card && spec->needsCampaign && name != QLatin1String("daily"))
        card->setEmptyText(QObject::tr("Choose a campaign to see this chart"));
    return card;
}

} // namespace kakiyo
