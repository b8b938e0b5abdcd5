// Decoding cost of the two largest answers the app reads often: a 100-item prospect search page
// (the sandbox's superset shape: nested prospect plus flat extras and filters) and a 90-day
// campaign analytics answer. Prints microseconds per decode, for parse+decode and decode alone.
#include "models/domain/CampaignAnalytics.h"
#include "models/domain/JsonReader.h"
#include "models/domain/Prospect.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace kakiyo;

namespace {

QByteArray searchPage(int items)
{
    QJsonArray prospects;
    for (int i = 0; i < items; ++i) {
        const QString n = QString::number(i);
        prospects.append(QJsonObject {
            {"id", QStringLiteral("6970%1").arg(i, 16, 10, QLatin1Char('0'))}, {"status", i % 8},
            {"qualification", i % 3 ? "inProgress" : "qualified"}, {"paused", i % 5 == 0},
            {"isPaused", i % 5 == 0}, {"lastMessage", "2026-11-20T10:30:00.000Z"},
            {"lastActivity", "2026-11-20T10:30:00.000Z"}, {"hasResponded", i % 2 == 0},
            {"campaign", QJsonObject {{"id", "69700013dzcr6wz7f7na"}, {"name", "Series A CFOs"}}},
            {"stats",
                QJsonObject {
                    {"messages", 5}, {"responses", 2}, {"lastResponse", "2026-11-19T14:20:00Z"}}},
            {"prospect",
                QJsonObject {{"id", "p" + n}, {"name", "Person " + n},
                    {"url", "https://linkedin.com/in/person-" + n},
                    {"headline", "VP of Sales at Company " + n},
                    {"currentCompanyName", "Company " + n}, {"currentJobTitle", "VP of Sales"},
                    {"currentCompanyWebsite", "https://www.company" + n + ".example"},
                    {"currentCompanyLinkedInUrl", "https://www.linkedin.com/company/c" + n},
                    {"location",
                        QJsonObject {{"city", "London"}, {"country", "United Kingdom"}}}}}});
    }
    QJsonObject body {{"prospects", prospects},
        {"pagination",
            QJsonObject {{"total", 12345}, {"limit", items}, {"offset", 0}, {"hasMore", true}}},
        {"filters",
            QJsonObject {{"applied", QJsonObject {}},
                {"available",
                    QJsonObject {
                        {"qualifications", QJsonArray {"pending", "qualified", "disqualified"}},
                        {"cities", QJsonArray {"London", "Paris", "Berlin"}},
                        {"countries", QJsonArray {"United Kingdom", "France", "Germany"}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray campaignAnalytics(int days)
{
    QJsonArray daily;
    const QDate today(2026, 11, 27);
    for (int i = 0; i < days; ++i)
        daily.append(QJsonObject {{"date", today.addDays(-i).toString(Qt::ISODate)},
            {"messages", 20 + i % 7}, {"responses", i % 5}, {"qualified", i % 3}});
    QJsonObject body {{"campaign",
                          QJsonObject {{"id", "campaign_123"}, {"name", "Q4 Enterprise Outreach"},
                              {"status", "active"}, {"createdAt", "2024-01-15T10:30:00Z"},
                              {"agent", "agent_456"}, {"product", "Enterprise Solution"}}},
        {"metrics",
            QJsonObject {{"totalProspects", 150}, {"totalMessages", 420}, {"totalQualified", 12},
                {"totalAnswers", 35}, {"totalClosed", 8}, {"conversionRate", 8.0},
                {"responseRate", 23.33}, {"qualificationRate", 34.29},
                {"averageMessagesPerProspect", 2.8}}},
        {"activity",
            QJsonObject {{"dailyBreakdown", daily},
                {"last7Days",
                    QJsonObject {{"messages", 180}, {"responses", 28}, {"qualified", 8}}}}},
        {"statusDistribution",
            QJsonObject {{"pending", 85}, {"contacted", 45}, {"responded", 35}, {"qualified", 12},
                {"closed", 8}}},
        {"qualificationBreakdown",
            QJsonObject {{"pending", 123}, {"qualified", 12}, {"disqualified", 15}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

template<typename Fn> double microsPerRun(int runs, Fn fn)
{
    for (int i = 0; i < runs / 10 + 1; ++i) // warm-up
        fn();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        fn();
    return double(t.nsecsElapsed()) / 1000.0 / runs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray search = searchPage(100);
    const QByteArray analytics = campaignAnalytics(90);
    const QJsonValue searchJson = JsonReader::parse(search).value;
    const QJsonValue analyticsJson = JsonReader::parse(analytics).value;

    // Sanity: the generated answers decode, with the expected sizes.
    const auto page = SearchPage::fromJson(searchJson);
    const auto camp = CampaignAnalytics::fromJson(analyticsJson);
    if (!page.ok() || page.value.items.size() != 100 || !camp.ok()
        || camp.value.dailyBreakdown.size() != 90) {
        std::fprintf(stderr, "bench_decode: generated data did not decode: %s %s\n",
            qPrintable(page.error.toString()), qPrintable(camp.error.toString()));
        return 1;
    }

    const int runs = 2000;
    volatile qsizetype sink = 0;
    const double searchFull = microsPerRun(runs, [&] {
        sink = sink + SearchPage::fromJson(JsonReader::parse(search).value).value.items.size();
    });
    const double searchDecode = microsPerRun(
        runs, [&] { sink = sink + SearchPage::fromJson(searchJson).value.items.size(); });
    const double analyticsFull = microsPerRun(runs, [&] {
        sink = sink
            + CampaignAnalytics::fromJson(JsonReader::parse(analytics).value)
                  .value.dailyBreakdown.size();
    });
    const double analyticsDecode = microsPerRun(runs, [&] {
        sink = sink + CampaignAnalytics::fromJson(analyticsJson).value.dailyBreakdown.size();
    });

    std::printf("bench_decode (%d runs each)\n", runs);
    std::printf(
        "  search page, 100 items (%lld bytes): parse+decode %8.1f us, decode only %8.1f us\n",
        static_cast<long long>(search.size()), searchFull, searchDecode);
    std::printf(
        "  campaign analytics, 90 days (%lld bytes): parse+decode %8.1f us, decode only %8.1f us\n",
        static_cast<long long>(analytics.size()), analyticsFull, analyticsDecode);
    return 0;
}
