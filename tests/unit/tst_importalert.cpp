// "Import finished" against the real sandbox: whoever polls an import (here ImportWatch, as the
// add-prospect dialog does) and finds it finished, the live desk raises one alert about its
// campaign with what was added and skipped — once per import, also after a restart; the next
// batch of the same campaign counts into that alert instead of raising another.
#include "common/SessionFixture.h"
#include "models/api/ProspectsApi.h"
#include "models/api/RequestScheduler.h"
#include "models/jobs/ImportWatch.h"
#include "models/live/AutoRefresh.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ImportAlert : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void onceAboutTheCampaign();

private:
    QString import(const QStringList &slugs); // the listId, once the watch saw it finish
    bool pollAgain(const QString &listId);

    SessionFixture m_fx {QStringLiteral("importalert")};
    QString m_campaignId;
    QString m_campaignName;
};

void tst_ImportAlert::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "6", "--prospects", "60", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
    const HttpReply campaigns = m_fx.sandbox->call("GET", QStringLiteral("/campaigns"));
    for (const QJsonValue &v : campaigns.json.array()) {
        if (v.toObject().value("status").toString() == u"active") {
            m_campaignId = v.toObject().value("id").toString();
            m_campaignName = v.toObject().value("name").toString();
            break;
        }
    }
    QVERIFY(!m_campaignId.isEmpty());
}

void tst_ImportAlert::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    // The help centre's limits, which this sandbox enforces (60 a minute per endpoint): the
    // client's cautious default would hold the test's back-to-back calls for a minute.
    m_fx.session->scheduler()->setPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint));
}

QString tst_ImportAlert::import(const QStringList &slugs)
{
    ProspectBatch batch;
    batch.campaignId = m_campaignId;
    for (const QString &slug : slugs)
        batch.prospects.append({QStringLiteral("Person %1").arg(slug),
            QStringLiteral("https://www.linkedin.com/in/import-alert-%1/").arg(slug), {},
            std::nullopt, {}});
    std::optional<Result<ImportAccepted>> accepted;
    ProspectsApi(m_fx.connection()).addBatch(batch, this, [&](const Result<ImportAccepted> &r) {
        accepted = r;
    });
    if (!QTest::qWaitFor([&] { return accepted.has_value(); }, 20000) || !accepted->ok()) {
        qWarning(
            "batch not accepted: %s", accepted ? qPrintable(accepted->error.message) : "no answer");
        return {};
    }
    ImportWatch watch(m_fx.connection());
    std::optional<ImportWatch::End> end;
    connect(&watch, &ImportWatch::finished, this,
        [&](ImportWatch::End how, const ImportStatus &, const ApiError &) { end = how; });
    watch.start(accepted->value.listId, 250, 20000);
    if (!QTest::qWaitFor([&] { return end.has_value(); }, 25000)
        || *end != ImportWatch::End::Finished) {
        qWarning("import %s did not finish (%d)", qPrintable(accepted->value.listId),
            end ? int(*end) : -1);
        return {};
    }
    return accepted->value.listId;
}

bool tst_ImportAlert::pollAgain(const QString &listId)
{
    bool answered = false;
    ProspectsApi(m_fx.connection())
        .importStatus(listId, this, [&](const Result<ImportStatus> &r) { answered = r.ok(); },
            {Priority::Interactive, ApiRequest::CacheMode::NetworkOnly});
    return QTest::qWaitFor([&] { return answered; }, 20000);
}

void tst_ImportAlert::onceAboutTheCampaign()
{
    QTemporaryDir dir;
    QList<Alert> raised;
    QString first;
    {
        AutoRefresh live(m_fx.connection(), dir.path());
        live.setIntervalMinutes(0);
        live.start();
        QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
        live.refreshNow(); // the campaign's name comes from the last snapshot
        QVERIFY(refreshed.wait(20000));
        connect(&live, &AutoRefresh::raised, this,
            [&](const QList<Alert> &alerts) { raised += alerts; });

        first = import({"a", "b", "c"});
        QVERIFY(!first.isEmpty());
        QCOMPARE(raised.size(), 1);
        const Alert alert = raised.first();
        QCOMPARE(Alert::kindName(alert.kind), QStringLiteral("import-finished"));
        QCOMPARE(alert.subjectId, m_campaignId); // it links to the campaign
        QCOMPARE(alert.subjectKind(), QStringLiteral("campaign"));
        QCOMPARE(alert.title, QStringLiteral("Import finished: 3 added, 0 skipped"));
        QVERIFY2(alert.detail.contains(m_campaignName), qPrintable(alert.detail));
        QCOMPARE(live.inbox().current().first().id, alert.id);

        // Asked again: the same import is not news.
        QVERIFY(pollAgain(first));
        QCOMPARE(raised.size(), 1);

        // The next batch of the same campaign (one new, one the campaign has) adds to it.
        QVERIFY(!import({"d", "a"}).isEmpty());
        QCOMPARE(raised.size(), 1);
        QCOMPARE(live.inbox().current().first().id, alert.id);
        QCOMPARE(live.inbox().current().first().title,
            QStringLiteral("Import finished: 4 added, 1 skipped"));
    }
    // After a restart the first import is still not news; once dismissed, a later import of the
    // campaign raises an alert of its own.
    AutoRefresh again(m_fx.connection(), dir.path());
    again.setIntervalMinutes(0);
    again.start();
    connect(
        &again, &AutoRefresh::raised, this, [&](const QList<Alert> &alerts) { raised += alerts; });
    QVERIFY(pollAgain(first));
    QCOMPARE(raised.size(), 1);
    again.dismiss(raised.first().id);
    QVERIFY(!import({"e"}).isEmpty());
    QCOMPARE(raised.size(), 2);
    QCOMPARE(raised.last().title, QStringLiteral("Import finished: 1 added, 0 skipped"));
    again.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

QTEST_GUILESS_MAIN(tst_ImportAlert)
#include "tst_importalert.moc"
