// ProspectsApi against a real kakiyo-sandbox in both profiles: search pages, the campaign list
// followed by cursor, one conversation and its actions, custom data, the asynchronous import flow
// (batch → poll imports/{listId} until completed → rows confirmed by chatCreated), round-robin,
// Sales Navigator, deletes — and decode errors that name the field.
#include "common/ResourceHarness.h"
#include "models/api/CampaignsApi.h"
#include "models/api/DncApi.h"
#include "models/api/ProspectsApi.h"
#include "models/domain/ConversationStatus.h"

#include <QSet>

using namespace kakiyo;
using kakiyo::test::ResourceHarness;

class tst_ResourcesProspects : public QObject
{
    Q_OBJECT

public:
    explicit tst_ResourcesProspects(const QString &profile)
        : m_h(profile,
            {QStringLiteral("--agents"), QStringLiteral("3"), QStringLiteral("--campaigns"),
                QStringLiteral("3"), QStringLiteral("--prospects"), QStringLiteral("60"),
                QStringLiteral("--import-delay-ms"), QStringLiteral("40")})
    {
    }

private:
    // Polls GET /prospects/imports/{listId} until the import is finished.
    ImportStatus waitForImport(const QString &listId)
    {
        ImportStatus last;
        for (int i = 0; i < 400; ++i) {
            const auto r = m_h.run<ImportStatus>(
                [&](QObject *o, auto d) { m_prospects->importStatus(listId, o, d); });
            if (!r.ok()) {
                qWarning("import status failed: %s", m_h.describe(r).constData());
                return last;
            }
            last = r.value;
            if (last.isFinished())
                return last;
            QTest::qWait(20);
        }
        return last;
    }

    QString activeCampaign(int skip = 0)
    {
        int seen = 0;
        for (const Campaign &c : m_campaigns) {
            if (c.status == QLatin1String("active") && seen++ == skip)
                return c.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_h.start(&error), qPrintable(error));
        qInfo("profile %s", qPrintable(m_h.profile()));
        m_prospects = std::make_unique<ProspectsApi>(m_h.session());
        CampaignsApi campaigns(m_h.session());
        const auto list
            = m_h.run<QList<Campaign>>([&](QObject *o, auto d) { campaigns.list(o, d); });
        QVERIFY2(list.ok(), m_h.describe(list));
        m_campaigns = list.value;
        // Make two campaigns active so imports and round-robin have targets.
        for (int i = 0; i < 2 && i < m_campaigns.size(); ++i) {
            if (m_campaigns[i].status != QLatin1String("active")) {
                const auto r = m_h.run<Ack>(
                    [&](QObject *o, auto d) { campaigns.resume(m_campaigns[i].id, o, d); });
                QVERIFY2(r.ok(), m_h.describe(r));
                m_campaigns[i].status = QStringLiteral("active");
            }
        }
        QVERIFY(!activeCampaign(1).isEmpty());
    }

    void searchPages()
    {
        ProspectSearchQuery q;
        q.limit = 10;
        const auto first
            = m_h.run<SearchPage>([&](QObject *o, auto d) { m_prospects->search(q, o, d); });
        QVERIFY2(first.ok(), m_h.describe(first));
        QCOMPARE(first.value.items.size(), 10);
        QCOMPARE(first.value.total, 60);
        QCOMPARE(first.value.limit, 10);
        QVERIFY(first.value.hasMore);
        for (const ProspectSearchItem &it : first.value.items) {
            QVERIFY(!it.chatId.isEmpty());
            QVERIFY(!it.prospect.name.isEmpty());
            QVERIFY(!statusLabel(it.status).isEmpty());
        }
        q.offset = 10;
        const auto second
            = m_h.run<SearchPage>([&](QObject *o, auto d) { m_prospects->search(q, o, d); });
        QVERIFY(second.ok());
        QCOMPARE(second.value.offset, 10);
        QSet<QString> ids;
        for (const auto &it : first.value.items + second.value.items)
            ids.insert(it.chatId);
        QCOMPARE(ids.size(), 20);

        ProspectSearchQuery qualified;
        qualified.qualification = QStringLiteral("qualified");
        qualified.limit = 100;
        const auto onlyQualified = m_h.run<SearchPage>(
            [&](QObject *o, auto d) { m_prospects->search(qualified, o, d); });
        QVERIFY(onlyQualified.ok());
        QVERIFY(onlyQualified.value.total < 60);
        for (const auto &it : onlyQualified.value.items)
            QCOMPARE(it.qualification, QStringLiteral("qualified"));

        ProspectSearchQuery bad;
        bad.limit = 500;
        const int before = m_h.sandbox().requestCount(QStringLiteral("GET /prospects/search"));
        const auto refused
            = m_h.run<SearchPage>([&](QObject *o, auto d) { m_prospects->search(bad, o, d); });
        QCOMPARE(refused.error.category, ApiError::Category::Validation);
        QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("GET /prospects/search")), before);
    }

    void campaignListFollowsCursor()
    {
        const Campaign &c = m_campaigns.first();
        CampaignProspectQuery q;
        q.limit = 5;
        QSet<QString> seen;
        int pages = 0;
        for (;;) {
            const auto page = m_h.run<CampaignProspectPage>(
                [&](QObject *o, auto d) { m_prospects->listForCampaign(c.id, q, o, d); });
            QVERIFY2(page.ok(), m_h.describe(page));
            ++pages;
            for (const auto &it : page.value.items) {
                QVERIFY(!seen.contains(it.chatId));
                seen.insert(it.chatId);
                QCOMPARE(it.campaign.id, c.id);
            }
            if (!page.value.hasMore)
                break;
            QVERIFY(!page.value.nextCursor.isEmpty());
            q.cursor = page.value.nextCursor;
            QVERIFY(pages < 50);
        }
        QCOMPARE(seen.size(), int(c.stats.prospects));
        QVERIFY(pages >= 2 || c.stats.prospects <= 5);

        const auto missing = m_h.run<CampaignProspectPage>([&](QObject *o, auto d) {
            m_prospects->listForCampaign(QStringLiteral("abcdefghij0123456789"), {}, o, d);
        });
        QCOMPARE(missing.error.category, ApiError::Category::NotFound);
    }

    void conversationActions()
    {
        ProspectSearchQuery q;
        q.limit = 1;
        const auto page
            = m_h.run<SearchPage>([&](QObject *o, auto d) { m_prospects->search(q, o, d); });
        QVERIFY(page.ok());
        const QString chat = page.value.items.first().chatId;

        const auto details
            = m_h.run<ChatDetails>([&](QObject *o, auto d) { m_prospects->details(chat, o, d); });
        QVERIFY2(details.ok(), m_h.describe(details));
        QCOMPARE(details.value.id, chat);
        QCOMPARE(details.value.prospect.name, page.value.items.first().prospect.name);
        QVERIFY(!details.value.campaign.id.isEmpty());

        const QString text = QStringLiteral("Met at SaaStr; prefers email & short notes");
        const auto saved = m_h.run<CustomDataResult>(
            [&](QObject *o, auto d) { m_prospects->updateCustomData(chat, {text}, o, d); });
        QVERIFY2(saved.ok(), m_h.describe(saved));
        QVERIFY(saved.value.customDataSaved);
        QCOMPARE(saved.value.customDataLength, text.size());
        const auto tooLong = m_h.run<CustomDataResult>([&](QObject *o, auto d) {
            m_prospects->updateCustomData(chat, {QString(3001, QLatin1Char('x'))}, o, d);
        });
        QCOMPARE(tooLong.error.category, ApiError::Category::Validation);

        const auto paused
            = m_h.run<Ack>([&](QObject *o, auto d) { m_prospects->pause(chat, o, d); });
        QVERIFY2(paused.ok(), m_h.describe(paused));
        auto fresh = [&] {
            return m_h.run<ChatDetails>([&](QObject *o, auto d) {
                m_prospects->details(
                    chat, o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
            });
        };
        auto now = fresh();
        QVERIFY(now.ok());
        QVERIFY(now.value.paused);
        QCOMPARE(now.value.customData, text);
        QVERIFY(m_h.run<Ack>([&](QObject *o, auto d) { m_prospects->resume(chat, o, d); }).ok());
        QVERIFY(!fresh().value.paused);
        QVERIFY(m_h.run<Ack>([&](QObject *o, auto d) { m_prospects->qualify(chat, o, d); }).ok());
        QCOMPARE(fresh().value.qualification, QStringLiteral("qualified"));

        const auto unknown = m_h.run<ChatDetails>([&](QObject *o, auto d) {
            m_prospects->details(QStringLiteral("abcdefghij0123456789"), o, d);
        });
        QCOMPARE(unknown.error.category, ApiError::Category::NotFound);
    }

    void asyncImportFlow()
    {
        // One URL on the DNC list is skipped; the other three become chats.
        DncApi dnc(m_h.session());
        const QString blocked
            = QStringLiteral("https://linkedin.com/in/resource-test-dnc-") + m_h.profile();
        QVERIFY(m_h.run<DncEntry>([&](QObject *o, auto d) { dnc.add({blocked}, o, d); }).ok());

        ProspectBatch batch;
        batch.campaignId = activeCampaign();
        for (int i = 0; i < 3; ++i)
            batch.prospects.append({QStringLiteral("Import Person %1").arg(i),
                QStringLiteral("https://www.linkedin.com/in/import-%1-%2/")
                    .arg(m_h.profile())
                    .arg(i),
                QStringLiteral("row %1").arg(i), std::nullopt, {}});
        batch.prospects.append({QStringLiteral("Blocked Person"), blocked, {}, std::nullopt, {}});
        const auto accepted = m_h.run<ImportAccepted>(
            [&](QObject *o, auto d) { m_prospects->addBatch(batch, o, d); });
        QVERIFY2(accepted.ok(), m_h.describe(accepted));
        QCOMPARE(accepted.httpStatus, 201);
        QVERIFY(!accepted.value.listId.isEmpty());
        m_listId = accepted.value.listId;

        const ImportStatus status = waitForImport(accepted.value.listId);
        QVERIFY2(status.isFinished(), qPrintable(status.status));
        QCOMPARE(status.status, QStringLiteral("completed"));
        QCOMPARE(status.total, 4);
        QCOMPARE(status.skippedDnc, 1);
        QCOMPARE(status.report.size(), 4);
        QCOMPARE(status.confirmedRows(), 3);
        for (const ImportRow &row : status.report) {
            if (row.index == 3) {
                QVERIFY(!row.chatCreated);
                QCOMPARE(row.status, QStringLiteral("skipped_dnc"));
                continue;
            }
            QVERIFY(row.chatCreated);
            const auto chat = m_h.run<ChatDetails>(
                [&](QObject *o, auto d) { m_prospects->details(row.chatId, o, d); });
            QVERIFY2(chat.ok(), m_h.describe(chat));
            QCOMPARE(chat.value.prospect.name, QStringLiteral("Import Person %1").arg(row.index));
            QCOMPARE(chat.value.customData, QStringLiteral("row %1").arg(row.index));
            QCOMPARE(chat.value.status, 0);
            m_imported.append(row);
        }

        // A single add goes the same way.
        const auto single = m_h.run<ImportAccepted>([&](QObject *o, auto d) {
            m_prospects->add(
                {activeCampaign(),
                    {QStringLiteral("Single Person"),
                        QStringLiteral("linkedin.com/in/single-") + m_h.profile(), {}, true, {}}},
                o, d);
        });
        QVERIFY2(single.ok(), m_h.describe(single));
        const ImportStatus one = waitForImport(single.value.listId);
        QCOMPARE(one.confirmedRows(), 1);

        // Importing the same people again finds them existing.
        const auto again = m_h.run<ImportAccepted>([&](QObject *o, auto d) {
            m_prospects->addBatch({batch.campaignId, batch.prospects.mid(0, 2)}, o, d);
        });
        QVERIFY(again.ok());
        const ImportStatus dup = waitForImport(again.value.listId);
        QCOMPARE(dup.confirmedRows(), 0);
        QCOMPARE(dup.existing, 2);

        const auto unknown = m_h.run<ImportStatus>([&](QObject *o, auto d) {
            m_prospects->importStatus(QStringLiteral("abcdefghij0123456789"), o, d);
        });
        QCOMPARE(unknown.error.category, ApiError::Category::NotFound);
    }

    void batchCapRefusedLocally()
    {
        ProspectBatch batch;
        batch.campaignId = activeCampaign();
        for (int i = 0; i < 101; ++i)
            batch.prospects.append({QStringLiteral("P %1").arg(i),
                QStringLiteral("https://linkedin.com/in/cap-%1").arg(i), {}, std::nullopt, {}});
        const int before = m_h.sandbox().requestCount(QStringLiteral("POST /prospects/batch"));
        const auto r = m_h.run<ImportAccepted>(
            [&](QObject *o, auto d) { m_prospects->addBatch(batch, o, d); });
        QCOMPARE(r.error.category, ApiError::Category::Validation);
        QCOMPARE(r.error.details.first().field, QStringLiteral("prospects"));
        QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST /prospects/batch")), before);
    }

    void roundRobin()
    {
        RoundRobinBatch batch;
        batch.campaignIds = {activeCampaign(0), activeCampaign(1)};
        for (int i = 0; i < 4; ++i)
            batch.prospects.append({QStringLiteral("Robin %1").arg(i),
                QStringLiteral("https://linkedin.com/in/robin-%1-%2").arg(m_h.profile()).arg(i), {},
                std::nullopt, {}});
        const auto r = m_h.run<RoundRobinResult>(
            [&](QObject *o, auto d) { m_prospects->addRoundRobin(batch, o, d); });
        QVERIFY2(r.ok(), m_h.describe(r));
        QCOMPARE(r.value.totalProspects, 4);
        qint64 assigned = 0;
        for (const RoundRobinShare &share : r.value.distribution) {
            QVERIFY(batch.campaignIds.contains(share.campaignId));
            assigned += share.prospectsAssigned;
            if (share.prospectsAssigned > 0) {
                QVERIFY(!share.listId.isEmpty());
                QCOMPARE(waitForImport(share.listId).confirmedRows(), share.prospectsAssigned);
            }
        }
        QCOMPARE(assigned, 4);

        const auto one = m_h.run<RoundRobinResult>([&](QObject *o, auto d) {
            m_prospects->addRoundRobin({{activeCampaign()}, batch.prospects}, o, d);
        });
        QCOMPARE(one.error.category, ApiError::Category::Validation);
        QCOMPARE(one.error.details.first().field, QStringLiteral("campaignIds"));
    }

    void salesNavigator()
    {
        const auto r = m_h.run<SalesNavigatorRun>([&](QObject *o, auto d) {
            m_prospects->importSalesNavigator(
                {activeCampaign(1),
                    QStringLiteral(
                        "https://www.linkedin.com/sales/search/people?query=(keywords%3ACFO)"),
                    100, QStringLiteral("CFOs")},
                o, d);
        });
        QVERIFY2(r.ok(), m_h.describe(r));
        QCOMPARE(r.httpStatus, 202);
        QCOMPARE(r.value.status, QStringLiteral("queued"));
        QCOMPARE(r.value.requestedCount, 100);
        QVERIFY(!r.value.sourceId.isEmpty());
        const auto bad = m_h.run<SalesNavigatorRun>([&](QObject *o, auto d) {
            m_prospects->importSalesNavigator(
                {activeCampaign(), QStringLiteral("https://www.linkedin.com/in/john"), 250, {}}, o,
                d);
        });
        QCOMPARE(bad.error.category, ApiError::Category::Validation);
    }

    void deletes()
    {
        QVERIFY(m_imported.size() >= 3);
        const auto one = m_h.run<DeletionResult>(
            [&](QObject *o, auto d) { m_prospects->remove(m_imported[0].prospectId, o, d); });
        QVERIFY2(one.ok(), m_h.describe(one));
        QCOMPARE(one.value.id, m_imported[0].prospectId);
        const auto gone = m_h.run<ChatDetails>([&](QObject *o, auto d) {
            m_prospects->details(m_imported[0].chatId, o, d,
                {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QCOMPARE(gone.error.category, ApiError::Category::NotFound);

        const auto many = m_h.run<BulkDeleteResult>([&](QObject *o, auto d) {
            m_prospects->removeMany({{m_imported[1].prospectId, m_imported[2].prospectId,
                                         QStringLiteral("abcdefghij0123456789")},
                                        {}},
                o, d);
        });
        QVERIFY2(many.ok(), m_h.describe(many));
        QCOMPARE(many.value.requested, 3);
        QCOMPARE(many.value.successful, 2);
        QCOMPARE(many.value.failed, 1);

        const auto empty = m_h.run<BulkDeleteResult>(
            [&](QObject *o, auto d) { m_prospects->removeMany({}, o, d); });
        QCOMPARE(empty.error.category, ApiError::Category::Validation);
    }

    void decodeErrorNamesTheField()
    {
        QVERIFY(m_h.sandbox().injectFault(QJsonObject {{"method", "GET"},
            {"path", "/v1/prospects/search"}, {"count", 1}, {"kind", "status"}, {"status", 200},
            {"body",
                QJsonObject {{"prospects",
                    QJsonArray {
                        QJsonObject {{"id", "a"}, {"prospect", QJsonObject {{"name", "A"}}}},
                        QJsonObject {{"id", "b"}, {"prospect", QJsonObject {{"name", 7}}}}}}}}}));
        ProspectSearchQuery q;
        q.query = QStringLiteral("fault");
        const auto r
            = m_h.run<SearchPage>([&](QObject *o, auto d) { m_prospects->search(q, o, d); });
        QCOMPARE(r.error.category, ApiError::Category::Decode);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY2(r.error.message.contains(
                     QStringLiteral("prospects[1].prospect.name: expected string, got number")),
            qPrintable(r.error.message));
        QCOMPARE(r.error.details.first().field, QStringLiteral("prospects[1].prospect.name"));
        QVERIFY(m_h.sandbox().injectFault(QJsonObject {{"method", "GET"},
            {"path", "/v1/prospects/imports"}, {"count", 1}, {"kind", "truncated"}}));
        QVERIFY(!m_listId.isEmpty());
        const auto cut = m_h.run<ImportStatus>(
            [&](QObject *o, auto d) { m_prospects->importStatus(m_listId, o, d); });
        QCOMPARE(cut.error.category, ApiError::Category::Decode);
        m_h.sandbox().clearFaults();
    }

private:
    ResourceHarness m_h;
    std::unique_ptr<ProspectsApi> m_prospects;
    QList<Campaign> m_campaigns;
    QList<ImportRow> m_imported;
    QString m_listId;
};

KAKIYO_RESOURCE_TEST_MAIN(tst_ResourcesProspects)
#include "tst_resources_prospects.moc"
