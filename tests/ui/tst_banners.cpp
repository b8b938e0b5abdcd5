// Each error category shows its banner, with the action that fixes it, when the sandbox injects
// the matching fault; and only one banner per category however many calls fail.
#include "DeskFixture.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "ui/shell/Banner.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_Banners : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faultShowsBanner_data();
    void faultShowsBanner();
    void oneBannerPerCategory();
    void retryClearsAndReloads();

private:
    ConnectedDesk m_desk;
};

void tst_Banners::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
    QVERIFY(m_desk.start());
    // One attempt per call, so a fault surfaces at once instead of after the backoff.
    RequestScheduler::Retry retry = m_desk.desk->connection()->scheduler()->retry();
    retry.maxAttempts = 1;
    m_desk.desk->connection()->scheduler()->setRetry(retry);
    m_desk.window()->goTo(MainWindow::PageId::Agents);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk.window()->currentPage()->updatedAt().isValid(), 20000);
}

void tst_Banners::faultShowsBanner_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("action");

    auto status = [](int code, const QString &error, const QString &message,
                      const QJsonObject &headers = {}) {
        QJsonObject f {{"method", "GET"}, {"path", "/v1/agents"}, {"count", 1}, {"kind", "status"},
            {"status", code}, {"body", QJsonObject {{"error", error}, {"message", message}}}};
        if (!headers.isEmpty())
            f.insert("headers", headers);
        return f;
    };
    QTest::newRow("401") << status(401, "invalid_api_key", "Invalid API key") << "auth"
                         << "did not accept the API key"
                         << "Re-enter key…";
    QTest::newRow("403 subscription")
        << status(403, "subscription_inactive", "Subscription inactive") << "subscription"
        << "subscription is inactive"
        << "Open billing page";
    QTest::newRow("429") << status(
        429, "rate_limit_exceeded", "Too many requests", QJsonObject {{"Retry-After", "7"}})
                         << "rate"
                         << "Retrying in"
                         << "Retry now";
    QTest::newRow("500") << status(500, "internal_error", "boom") << "server"
                         << "HTTP 500"
                         << "Retry";
    QTest::newRow("dropped") << QJsonObject {{"method", "GET"}, {"path", "/v1/agents"},
        {"count", 1}, {"kind", "drop"}}
                             << "network"
                             << "cannot be reached"
                             << "Retry";
    QTest::newRow("malformed") << QJsonObject {{"method", "GET"}, {"path", "/v1/agents"},
        {"count", 1}, {"kind", "malformed"}}
                               << "decode"
                               << "could not read"
                               << "Retry";
    // Last: 402 puts the scheduler in "out of credits" mode.
    QTest::newRow("402") << status(402, "insufficient_credits", "No credits left") << "credits"
                         << "pauses the team's agents at zero credits"
                         << "Open billing page";
}

void tst_Banners::faultShowsBanner()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, category);
    QFETCH(QString, textContains);
    QFETCH(QString, action);
    MainWindow *w = m_desk.window();
    w->banners()->dismissAll();
    QVERIFY(m_desk.sandbox->clearFaults());
    QVERIFY(m_desk.sandbox->injectFault(fault));
    w->command(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w->banners()->banner(category) != nullptr, 15000);
    Banner *b = w->banners()->banner(category);
    QVERIFY2(b->text().contains(textContains), qPrintable(b->text()));
    auto *button = b->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(button);
    QCOMPARE(button->text(), action);
    QVERIFY(b->isVisibleTo(w));
    if (category == QLatin1String("rate"))
        QVERIFY2(
            b->text().contains(QLatin1String("7 s")) || b->text().contains(QLatin1String("6 s")),
            qPrintable(b->text()));
    if (category == QLatin1String("network"))
        QVERIFY(w->deskStatusBar()->onlineText().contains(QLatin1String("offline")));
    QVERIFY(m_desk.sandbox->clearFaults());
}

void tst_Banners::oneBannerPerCategory()
{
    MainWindow *w = m_desk.window();
    m_desk.desk->connection()->scheduler()->clearOutOfCredits();
    w->banners()->dismissAll();
    QVERIFY(m_desk.sandbox->injectFault(
        QJsonObject {{"path", "/v1/"}, {"count", 20}, {"kind", "status"}, {"status", 503},
            {"body", QJsonObject {{"error", "unavailable"}, {"message", "down"}}}}));
    for (const auto id :
        {MainWindow::PageId::Overview, MainWindow::PageId::Agents, MainWindow::PageId::Campaigns}) {
        w->goTo(id);
        w->command(QStringLiteral("refresh"))->trigger();
    }
    QTRY_VERIFY_WITH_TIMEOUT(w->banners()->banner(QStringLiteral("server")) != nullptr, 15000);
    QTRY_VERIFY(!w->currentPage()->isBusy());
    QCOMPARE(w->banners()->categories(), QStringList {QStringLiteral("server")});
    QVERIFY(m_desk.sandbox->clearFaults());
}

void tst_Banners::retryClearsAndReloads()
{
    MainWindow *w = m_desk.window();
    w->banners()->dismissAll();
    w->goTo(MainWindow::PageId::Campaigns);
    QVERIFY(m_desk.sandbox->injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/campaigns"},
        {"count", 1}, {"kind", "status"}, {"status", 500},
        {"body", QJsonObject {{"error", "internal_error"}, {"message", "boom"}}}}));
    w->command(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w->banners()->banner(QStringLiteral("server")) != nullptr, 15000);
    const int before = m_desk.sandbox->requestCount(QStringLiteral("GET /campaigns"));
    w->banners()
        ->banner(QStringLiteral("server"))
        ->findChild<QPushButton *>(QStringLiteral("bannerAction"))
        ->click();
    QTRY_VERIFY(w->banners()->banner(QStringLiteral("server")) == nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_desk.sandbox->requestCount(QStringLiteral("GET /campaigns")), before + 1, 10000);
}

QTEST_MAIN(tst_Banners)
#include "tst_banners.moc"
