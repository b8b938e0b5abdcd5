// Accessibility against a real sandbox: on every page (light palette) and in the main dialogs
// (campaign, keys, import, agent limits and setup, webhook, product, prompt, settings, DNC batch),
// each focusable control a person operates has a name a screen reader announces (judged by
// QAccessibleInterface::text(Name), not by our own guess), Tab reaches it, and in dialogs Tab
// follows the reading order. Failures list each offender with its parent chain.
#include "A11yAudit.h"
#include "DeskFixture.h"
#include "app/Desk.h"
#include "models/AgentListModel.h"
#include "models/api/Connection.h"
#include "ui/agents/AgentLimitsDialog.h"
#include "ui/agents/AgentSetupDialog.h"
#include "ui/agents/AgentsPage.h"
#include "ui/campaigns/CampaignDialog.h"
#include "ui/dnc/DncBatchDialog.h"
#include "ui/dnc/DncListEditor.h"
#include "ui/dnc/DncPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/keys/KeyManagerDialog.h"
#include "ui/library/LibraryPage.h"
#include "ui/library/ProductDialog.h"
#include "ui/library/PromptDialog.h"
#include "ui/prospects/AddProspectDialog.h"
#include "ui/prospects/SalesNavigatorDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/Theme.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookExamplesDialog.h"

#include <QApplication>
#include <QDialog>
#include <functional>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pages_data();
    void pages();
    void dialogs_data();
    void dialogs();

private:
    ConnectedDesk m_desk;
};

void tst_Accessibility::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
    QVERIFY(m_desk.start());
    m_desk.window()->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_desk.window()));
}

void tst_Accessibility::cleanupTestCase()
{
    m_desk.desk.reset();
}

// Every finding of a page or dialog at once, so one run lists all of them.
static void addReport(QStringList *problems, const QString &what, const QStringList &offenders)
{
    if (!offenders.isEmpty()) {
        *problems << QStringLiteral("%1 (%2):\n  %3")
                         .arg(what)
                         .arg(offenders.size())
                         .arg(offenders.join(QStringLiteral("\n  ")));
    }
}

void tst_Accessibility::pages_data()
{
    QTest::addColumn<int>("page");
    for (const auto id : MainWindow::allPages())
        QTest::newRow(qPrintable(MainWindow::pageKey(id))) << static_cast<int>(id);
}

void tst_Accessibility::pages()
{
    QFETCH(int, page);
    const auto id = static_cast<MainWindow::PageId>(page);
    MainWindow *w = m_desk.window();
    w->goTo(id);
    // The page's controls as people meet them: after its data has arrived.
    QTRY_VERIFY_WITH_TIMEOUT(
        w->currentPage()->updatedAt().isValid() && !w->currentPage()->isBusy(), 20000);
    QApplication::processEvents();
    Page *current = w->currentPage();
    QVERIFY(!auditedControls(current).isEmpty());

    QStringList problems;
    addReport(&problems, QStringLiteral("unnamed controls"), unnamedControls(current));
    addReport(&problems, QStringLiteral("controls without a keyboard path"),
        unreachableControls(current));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

using DialogFactory = std::function<QDialog *(ConnectedDesk &)>;
Q_DECLARE_METATYPE(DialogFactory)

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<DialogFactory>("make");
    QTest::newRow("campaign") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new CampaignDialog(d.desk->connection(), nullptr, d.window());
    });
    QTest::newRow("keys") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        d.desk->openKeyManager();
        return d.desk->keyManager();
    });
    QTest::newRow("import") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new ImportWizard(d.desk->connection(), d.window());
    });
    QTest::newRow("agentLimits") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        auto *page = qobject_cast<AgentsPage *>(d.window()->page(MainWindow::PageId::Agents));
        if (!page || page->model()->rowCount() == 0)
            return nullptr;
        return new AgentLimitsDialog(d.desk->connection(), page->model()->agent(0), d.window());
    });
    QTest::newRow("agentSetup") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        auto *page = qobject_cast<AgentsPage *>(d.window()->page(MainWindow::PageId::Agents));
        if (!page || page->model()->rowCount() == 0)
            return nullptr;
        return new AgentSetupDialog(d.desk->connection(), page->model()->agent(0), d.window());
    });
    QTest::newRow("webhook") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new WebhookDialog(d.desk->connection(), nullptr, d.window());
    });
    QTest::newRow("product") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new ProductDialog(d.desk->connection(), d.window());
    });
    QTest::newRow("prompt") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        auto *page = qobject_cast<LibraryPage *>(d.window()->page(MainWindow::PageId::Library));
        return page ? new PromptDialog(d.desk->connection(), page->catalogue(), d.window())
                    : nullptr;
    });
    QTest::newRow("settings") << DialogFactory(
        [](ConnectedDesk &d) -> QDialog * { return new SettingsDialog(d.window()); });
    QTest::newRow("addProspect") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new AddProspectDialog(d.desk->connection(), QString(), d.window());
    });
    QTest::newRow("salesNavigator") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new SalesNavigatorDialog(d.desk->connection(), QString(), d.window());
    });
    QTest::newRow("webhookExamples") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        return new WebhookExamplesDialog(d.desk->connection(), d.window());
    });
    QTest::newRow("dncBatch") << DialogFactory([](ConnectedDesk &d) -> QDialog * {
        auto *page = qobject_cast<DncPage *>(d.window()->page(MainWindow::PageId::Dnc));
        return page ? new DncBatchDialog(d.desk->connection(), page->editor()->list(), d.window())
                    : nullptr;
    });
}

void tst_Accessibility::dialogs()
{
    QFETCH(DialogFactory, make);
    // The pages the factories take their models from have their lists.
    for (const auto id : {MainWindow::PageId::Agents, MainWindow::PageId::Library}) {
        m_desk.window()->goTo(id);
        Page *page = m_desk.window()->page(id);
        QTRY_VERIFY_WITH_TIMEOUT(page->updatedAt().isValid() && !page->isBusy(), 20000);
    }
    QDialog *dialog = make(m_desk);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QApplication::processEvents();
    QVERIFY(!auditedControls(dialog).isEmpty());

    QStringList problems;
    addReport(&problems, QStringLiteral("unnamed controls"), unnamedControls(dialog));
    addReport(
        &problems, QStringLiteral("controls without a keyboard path"), unreachableControls(dialog));
    addReport(&problems, QStringLiteral("Tab goes against the reading order"),
        tabOrderAgainstLayout(dialog));
    dialog->close();
    if (dialog != m_desk.desk->keyManager())
        delete dialog;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
