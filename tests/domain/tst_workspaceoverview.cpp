// WorkspaceOverview: a client workspace's analytics overview recomputed from its campaigns'
// analytics with the server's formulas, and written back in the overview's own JSON shape.
#include "models/domain/WorkspaceOverview.h"

#include <QJsonDocument>
#include <QTest>

using namespace kakiyo;

class tst_WorkspaceOverview : public QObject
{
    Q_OBJECT

private slots:
    void sumsAndRates()
    {
        Agent running;
        running.id = QStringLiteral("a1");
        running.status = QStringLiteral("running");
        Agent paused;
        paused.id = QStringLiteral("a2");
        paused.status = QStringLiteral("paused");
        Campaign c1;
        c1.id = QStringLiteral("c1");
        c1.name = QStringLiteral("One");
        c1.status = QStringLiteral("active");
        Campaign c2;
        c2.id = QStringLiteral("c2");
        c2.name = QStringLiteral("Two");
        c2.status = QStringLiteral("paused");
        const QDate today(2026, 12, 7);
        CampaignAnalytics a1;
        a1.campaignId = QStringLiteral("c1");
        a1.totalProspects = 30;
        a1.totalMessages = 60;
        a1.totalQualified = 3;
        a1.totalAnswers = 6;
        a1.dailyBreakdown = {{today, 5, 1, 0}, {today.addDays(-1), 7, 2, 1}};
        a1.last7Days = {12, 3, 1};
        CampaignAnalytics a2;
        a2.campaignId = QStringLiteral("c2");
        a2.totalProspects = 10;
        a2.totalMessages = 20;
        a2.totalQualified = 1;
        a2.totalAnswers = 4;
        a2.last7Days = {2, 1, 0};

        const AnalyticsOverview o
            = WorkspaceOverview::compose({running, paused}, {c1, c2}, {a1, a2}, today);
        QCOMPARE(o.totalAgents, qint64(2));
        QCOMPARE(o.activeAgents, qint64(1));
        QCOMPARE(o.totalCampaigns, qint64(2));
        QCOMPARE(o.activeCampaigns, qint64(1));
        QCOMPARE(o.pausedCampaigns, qint64(1));
        QCOMPARE(o.totalProspects, qint64(40));
        QCOMPARE(o.totalMessages, qint64(80));
        QCOMPARE(o.totalQualified, qint64(4));
        QCOMPARE(o.totalAnswers, qint64(10));
        QCOMPARE(o.conversionRate, 10.0); // 4 / 40
        QCOMPARE(o.responseRate, 25.0); // 10 / 40
        QCOMPARE(o.qualificationRate, 40.0); // 4 / 10
        QCOMPARE(o.averageMessagesPerProspect, 2.0);
        QCOMPARE(o.last24Hours.messages, qint64(5));
        QCOMPARE(o.lastWeek.messages, qint64(14));
        QCOMPARE(o.campaigns.size(), qsizetype(2));
        QCOMPARE(o.campaigns.at(1).name, QStringLiteral("Two"));
        QCOMPARE(o.campaigns.at(1).responseRate, 40.0);

        // Read back through the overview's own decoder: the same figures.
        const auto back = AnalyticsOverview::fromJson(WorkspaceOverview::toJson(o));
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.value.totalProspects, qint64(40));
        QCOMPARE(back.value.responseRate, 25.0);
        QCOMPARE(back.value.lastWeek.messages, qint64(14));
        QCOMPARE(back.value.campaigns.size(), qsizetype(2));
    }

    void noCampaignsNoDivisionByZero()
    {
        const AnalyticsOverview o = WorkspaceOverview::compose({}, {}, {});
        QCOMPARE(o.totalCampaigns, qint64(0));
        QCOMPARE(o.conversionRate, 0.0);
        QCOMPARE(o.averageMessagesPerProspect, 0.0);
        QVERIFY(o.campaigns.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceOverview)
#include "tst_workspaceoverview.moc"
