// Agents through the UI against a real sandbox: the table shows usage against the daily limits,
// the details panel fills; the editor saves limits, hours and settings (checked with GET), warns
// above 40 invitations and refuses invalid values without a call; a new agent is created and set
// up (the password ends up in no setting, cache file or log); delete and relaunch are possible
// only for an ended agent and a refusal is explained; pause/resume; palette commands; screenshots.
#include "DeskFixture.h"
#include "common/HttpProbe.h"
#include "common/SchedulerIdle.h"
#include "common/Screenshots.h"
#include "models/AgentListModel.h"
#include "ui/agents/AgentLimitsDialog.h"
#include "ui/agents/AgentSetupDialog.h"
#include "ui/agents/AgentsPage.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <algorithm>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

QJsonObject agentOnServer(SandboxProcess &sandbox, const QString &id, int *status = nullptr)
{
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/agents/") + id);
    if (status)
        *status = reply.status;
    return reply.status == 200 ? reply.object() : QJsonObject();
}

bool setServerStatus(SandboxProcess &sandbox, const QString &id, const QString &status)
{
    return sandbox.admin("PUT", QStringLiteral("/agents/") + id,
               QJsonObject {
                   {QStringLiteral("status"), status}, {QStringLiteral("clearAlerts"), true}})
        == 200;
}

// Every message the process logs while a test runs (to prove the password is not among them).
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Files under `dir` (recursively) whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class tst_AgentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tableAndDetails();
    void editLimits();
    void refusedSaveKeepsInput();
    void createAndSetUp();
    void relaunchAndDelete();
    void pauseAndResume();
    void paletteCommands();
    void screenshots_data();
    void screenshots();

private:
    AgentsPage *open(ConnectedDesk &d);
    int rowWithStatus(AgentsPage *page, const QString &status);
    QAbstractButton *button(AgentsPage *page, const char *name);
    QLabel *details(AgentsPage *page);
    AgentLimitsDialog *openEditor(AgentsPage *page, const QString &id);
};

void tst_AgentsPage::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_AgentsPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

AgentsPage *tst_AgentsPage::open(ConnectedDesk &d)
{
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Agents);
    auto *page = qobject_cast<AgentsPage *>(d.window()->currentPage());
    if (page)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->updatedAt().isValid(), 20000); }();
    return page;
}

int tst_AgentsPage::rowWithStatus(AgentsPage *page, const QString &status)
{
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->agent(r).status == status)
            return r;
    }
    return -1;
}

QAbstractButton *tst_AgentsPage::button(AgentsPage *page, const char *name)
{
    return page->findChild<QAbstractButton *>(QString::fromLatin1(name));
}

QLabel *tst_AgentsPage::details(AgentsPage *page)
{
    return page->findChild<QLabel *>(QStringLiteral("agentDetails"));
}

AgentLimitsDialog *tst_AgentsPage::openEditor(AgentsPage *page, const QString &id)
{
    page->selectAgent(id);
    AgentLimitsDialog *dialog = nullptr;
    [&] {
        // Wait for the details so the editor starts from the agent's real limits.
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->agent(page->model()->rowOf(id)).usage.has_value(), 20000);
        QTRY_VERIFY(button(page, "editLimitsButton")->isEnabled());
        button(page, "editLimitsButton")->click();
        QTRY_VERIFY((dialog = page->findChild<AgentLimitsDialog *>()) != nullptr);
    }();
    return dialog;
}

void tst_AgentsPage::tableAndDetails()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    QCOMPARE(page->table()->model()->rowCount(), page->model()->rowCount());
    // Click a row on the viewport, as a user would.
    const QModelIndex index = page->table()->model()->index(0, 0);
    QTest::mouseClick(
        page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(index).center());
    const QString id = index.data(AgentListModel::IdRole).toString();
    QTRY_COMPARE(page->selectedAgentId(), id);

    // Today's usage against the daily maximum, in the table and as bars in the details.
    const QJsonObject served = agentOnServer(*d.sandbox, id);
    const int used = served.value(QLatin1String("usage"))
                         .toObject()
                         .value(QLatin1String("invitationsDaily"))
                         .toInt();
    const int max = served.value(QLatin1String("limits"))
                        .toObject()
                        .value(QLatin1String("invitationsMax"))
                        .toInt();
    const QModelIndex usageIndex
        = page->table()->model()->index(0, AgentListModel::InvitationsColumn);
    const QLocale locale;
    QTRY_COMPARE_WITH_TIMEOUT(usageIndex.data().toString(),
        QStringLiteral("%1 / %2").arg(locale.toString(used), locale.toString(max)), 20000);
    auto *bar = page->findChild<QProgressBar *>(QStringLiteral("usageInvitationsBar"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->value(), used);
    QVERIFY2(bar->text().contains(locale.toString(max)), qPrintable(bar->text()));
    QTRY_VERIFY_WITH_TIMEOUT(details(page)->text().contains(QLatin1String("Working hours")), 10000);
    QVERIFY(details(page)->text().contains(QLatin1String("Invitations / day")));
}

void tst_AgentsPage::editLimits()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    const int row = rowWithStatus(page, QStringLiteral("running"));
    QVERIFY2(row >= 0, "the seeded team has a running agent");
    const QString id = page->model()->agent(row).id;
    AgentLimitsDialog *dialog = openEditor(page, id);
    QVERIFY(dialog);
    auto *invMin = dialog->findChild<QSpinBox *>(QStringLiteral("invitationsMin"));
    auto *invMax = dialog->findChild<QSpinBox *>(QStringLiteral("invitationsMax"));
    auto *msgMin = dialog->findChild<QSpinBox *>(QStringLiteral("messagesMin"));
    auto *msgMax = dialog->findChild<QSpinBox *>(QStringLiteral("messagesMax"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveLimitsButton"));
    const QJsonObject before = agentOnServer(*d.sandbox, id);
    QCOMPARE(invMax->value(),
        before.value(QLatin1String("limits"))
            .toObject()
            .value(QLatin1String("invitationsMax"))
            .toInt());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("agentTimezone"))
                ->text()
                .startsWith(QLatin1String("UTC")));

    // Above 40 a day: a warning, not a refusal.
    invMax->setValue(45);
    QVERIFY(dialog->showsHighInvitationWarning());
    QVERIFY(save->isEnabled());
    invMax->setValue(40);
    QVERIFY(!dialog->showsHighInvitationWarning());

    // Invalid values are refused on the spot, next to their field, and cost no call.
    QVERIFY(d.sandbox->resetRequestCounts());
    invMax->setValue(150); // contract: at most 100
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->errorText(QStringLiteral("limits.invitationsMax")).isEmpty());
    QVERIFY(!dialog->save());
    QTest::keyClick(dialog, Qt::Key_Return);
    invMax->setValue(30);
    invMin->setValue(35); // min above max
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->errorText(QStringLiteral("limits.invitationsMin")).isEmpty());
    invMin->setValue(12);
    msgMin->setValue(0); // contract: at least 1
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->save());
    msgMin->setValue(20);
    for (int i = 0; i < 7; ++i) // no working day at all
        dialog->findChild<QCheckBox *>(QStringLiteral("day%1").arg(i))->setChecked(false);
    QVERIFY(!dialog->errorText(QStringLiteral("workingHours.days")).isEmpty());
    QVERIFY(!dialog->save());
    auto *start = dialog->findChild<QTimeEdit *>(QStringLiteral("workStart"));
    auto *stop = dialog->findChild<QTimeEdit *>(QStringLiteral("workStop"));
    start->setTime(QTime(18, 0));
    stop->setTime(QTime(8, 0)); // ends before it starts
    QVERIFY(!dialog->errorText(QStringLiteral("workingHours.stop")).isEmpty());
    QVERIFY(!dialog->save());
    // A refused form is refused before anything is queued: once the scheduler is idle, a PUT
    // sent by mistake would have been counted.
    QVERIFY(test::waitIdle(*d.desk->connection()->scheduler()));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("PUT /agents/{id}")), 0);

    // A valid change: limits, hours (Mon, Tue, Thu, 08:30–16:45) and a setting.
    for (int i = 0; i < 7; ++i)
        dialog->findChild<QCheckBox *>(QStringLiteral("day%1").arg(i))
            ->setChecked(i == 0 || i == 1 || i == 3);
    start->setTime(QTime(8, 30));
    stop->setTime(QTime(16, 45));
    msgMax->setValue(60);
    auto *invitationsOnly = dialog->findChild<QCheckBox *>(QStringLiteral("invitationsOnly"));
    const bool wasInvitationsOnly = invitationsOnly->isChecked();
    invitationsOnly->setChecked(!wasInvitationsOnly);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->errorText(QStringLiteral("limits"))));
    QPointer<AgentLimitsDialog> guard(dialog);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000); // closes once Kakiyo accepted it
    QTRY_COMPARE_WITH_TIMEOUT(
        page->messageText(), QStringLiteral("Limits, hours and settings saved."), 10000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("PUT /agents/{id}")), 1);

    const QJsonObject o = agentOnServer(*d.sandbox, id);
    const QJsonObject limits = o.value(QLatin1String("limits")).toObject();
    QCOMPARE(limits.value(QLatin1String("invitationsMax")).toInt(), 30);
    QCOMPARE(limits.value(QLatin1String("invitationsMin")).toInt(), 12);
    QCOMPARE(limits.value(QLatin1String("messagesMin")).toInt(), 20);
    QCOMPARE(limits.value(QLatin1String("messagesMax")).toInt(), 60);
    const QJsonObject hours = o.value(QLatin1String("workingHours")).toObject();
    QCOMPARE(hours.value(QLatin1String("days")).toString(), QStringLiteral("1:1:0:1:0:0:0"));
    QCOMPARE(hours.value(QLatin1String("start")).toString(), QStringLiteral("08:30"));
    QCOMPARE(hours.value(QLatin1String("stop")).toString(), QStringLiteral("16:45"));
    bool invitationsOnlyOnServer = !wasInvitationsOnly;
    for (const QJsonValue &s : o.value(QLatin1String("settings")).toArray()) {
        if (s.toObject().value(QLatin1String("key")).toString() == QLatin1String("invitationsOnly"))
            invitationsOnlyOnServer = s.toObject().value(QLatin1String("value")).toBool();
    }
    QCOMPARE(invitationsOnlyOnServer, !wasInvitationsOnly);
    // The details panel shows the saved values.
    QTRY_VERIFY_WITH_TIMEOUT(details(page)->text().contains(QLatin1String("08:30")), 10000);
    QVERIFY(details(page)->text().contains(QLatin1String("12 to 30")));
}

void tst_AgentsPage::refusedSaveKeepsInput()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    const QString id = page->model()->agent(0).id;
    AgentLimitsDialog *dialog = openEditor(page, id);
    QVERIFY(dialog);
    QVERIFY(d.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("PUT")},
        {QStringLiteral("path"), QStringLiteral("/v1/agents/") + id},
        {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 400},
        {QStringLiteral("body"),
            QJsonObject {{QStringLiteral("error"), QStringLiteral("validation_error")},
                {QStringLiteral("message"), QStringLiteral("Invalid limits")},
                {QStringLiteral("details"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("field"), QStringLiteral("limits.messagesMax")},
                        {QStringLiteral("message"),
                            QStringLiteral("Too high for this account")}}}}}}}));
    auto *msgMax = dialog->findChild<QSpinBox *>(QStringLiteral("messagesMax"));
    msgMax->setValue(77);
    QVERIFY(dialog->save());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 20000);
    QVERIFY(dialog->isVisible()); // still open, with what was typed
    QCOMPARE(msgMax->value(), 77);
    QCOMPARE(dialog->errorText(QStringLiteral("limits.messagesMax")),
        QStringLiteral("Too high for this account"));
    dialog->reject();
}

void tst_AgentsPage::createAndSetUp()
{
    QVERIFY(QSettings().fileName().size() > 0);
    ConnectedDesk d;
    // The sandbox's own request log too (not --quiet): the password must not be in it either.
    QVERIFY(d.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
        QStringLiteral("100")}));
    AgentsPage *page = open(d);
    QVERIFY(page);
    {
        QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
    const int rowsBefore = page->model()->rowCount();
    const int createsBefore = d.sandbox->requestCount(QStringLiteral("POST /agents"));

    // Declining the question creates nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page->newAgent();
    QVERIFY(test::waitIdle(*d.desk->connection()->scheduler()));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /agents")), createsBefore);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(page, "newAgentButton")->click();
    AgentSetupDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<AgentSetupDialog *>()) != nullptr, 20000);
    const QString id = dialog->agentId();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), rowsBefore + 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedAgentId(), id, 20000);
    QCOMPARE(agentOnServer(*d.sandbox, id).value(QLatin1String("status")).toString(),
        QStringLiteral("setup_needed"));

    auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("agentLogin"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("agentPassword"));
    auto *country = dialog->findChild<QComboBox *>(QStringLiteral("agentCountry"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(country->count() > 200);
    QVERIFY(country->findData(QStringLiteral("DE")) >= 0);

    // Invalid input: refused next to the fields, nothing sent.
    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::keyClicks(login, QStringLiteral("not-an-email"));
    QTest::keyClicks(password, QStringLiteral("123"));
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->errorText(QStringLiteral("login")).isEmpty());
    QVERIFY(!dialog->errorText(QStringLiteral("password")).isEmpty());
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /agents/{id}/setup")), 0);

    const QString secret
        = QStringLiteral("Zq8-secret-PW-%1").arg(QDateTime::currentMSecsSinceEpoch());
    login->clear();
    QTest::keyClicks(login, QStringLiteral("ana.agent@example.com"));
    password->setText(QString());
    QTest::keyClicks(password, secret);
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    QPointer<AgentSetupDialog> guard(dialog);
    QVERIFY(dialog->submit());
    QVERIFY(password->text().isEmpty()); // gone from the field as soon as it was handed over
    QVERIFY(!password->isUndoAvailable());
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000); // closed (and deleted) once accepted
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /agents/{id}/setup")), 1);

    // Kakiyo logs in (sandbox: after 1.5 s) and the page notices without a manual refresh.
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("running"), 20000);
    const QJsonObject o = agentOnServer(*d.sandbox, id);
    QCOMPARE(o.value(QLatin1String("login")).toString(), QStringLiteral("ana.agent@example.com"));
    QCOMPARE(o.value(QLatin1String("country")).toString(), QStringLiteral("DE"));

    // The password is in no settings file, cache file or log line.
    const QByteArray needle = secret.toUtf8();
    QSettings().sync();
    const QString cacheDir = d.cacheDir.path();
    d.desk.reset(); // closes the cache (flushes its files)
    QVERIFY(!QDir(cacheDir).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(filesContaining(cacheDir, needle), QStringList());
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(needle));
    QCOMPARE(
        filesContaining(QFileInfo(QSettings().fileName()).absolutePath(), needle), QStringList());
    {
        QMutexLocker lock(&logMutex);
        QVERIFY(!capturedLog.join(QLatin1Char('\n')).contains(secret));
    }
    const QByteArray sandboxLog = d.sandbox->stderrLog();
    QVERIFY(sandboxLog.contains("/setup")); // the log is there and covers the call
    QVERIFY(!sandboxLog.contains(needle));
}

void tst_AgentsPage::relaunchAndDelete()
{
    ConnectedDesk d;
    // Three agents: each refresh asks the list and every agent's details, and the client keeps
    // to the strictest documented budget (30 reads a minute), so a long team would make it wait.
    QVERIFY(d.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--agents"),
        QStringLiteral("3"), QStringLiteral("--prospects"), QStringLiteral("100"),
        QStringLiteral("--quiet")}));
    AgentsPage *page = open(d);
    QVERIFY(page);
    const int row = rowWithStatus(page, QStringLiteral("running"));
    QVERIFY(row >= 0);
    const Agent agent = page->model()->agent(row);
    const QString id = agent.id;
    page->selectAgent(id);
    QTRY_COMPARE(page->selectedAgentId(), id);
    // A running agent: neither relaunch nor delete (the contract requires "ended").
    QVERIFY(!button(page, "deleteAgentButton")->isEnabled());
    QVERIFY(!button(page, "relaunchAgentButton")->isEnabled());
    QVERIFY(!button(page, "setUpAgentButton")->isEnabled());

    QVERIFY(setServerStatus(*d.sandbox, id, QStringLiteral("ended")));
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("ended"), 20000);
    QTRY_VERIFY(button(page, "relaunchAgentButton")->isEnabled());
    QVERIFY(button(page, "deleteAgentButton")->isEnabled());
    QVERIFY(!button(page, "pauseAgentButton")->isEnabled());

    // Relaunch: back to "Setup needed", ready to be set up again.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(page, "relaunchAgentButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->agent(page->model()->rowOf(id)).status,
        QStringLiteral("setup_needed"), 20000);
    QCOMPARE(agentOnServer(*d.sandbox, id).value(QLatin1String("status")).toString(),
        QStringLiteral("setup_needed"));
    QTRY_VERIFY(button(page, "setUpAgentButton")->isEnabled());
    QVERIFY(!button(page, "deleteAgentButton")->isEnabled());

    // The view says "ended" but the server no longer agrees: the refusal is explained.
    QVERIFY(setServerStatus(*d.sandbox, id, QStringLiteral("ended")));
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(button(page, "deleteAgentButton")->isEnabled(), 20000);
    QVERIFY(setServerStatus(*d.sandbox, id, QStringLiteral("running")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(page, "deleteAgentButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->messageText().contains(QLatin1String("refused to delete")), 20000);
    QVERIFY2(page->messageText().contains(QLatin1String("only be deleted when status is ended")),
        qPrintable(page->messageText()));
    // ... and the list was reloaded to show the real status.
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("running"), 20000);
    QVERIFY(!button(page, "deleteAgentButton")->isEnabled());

    // Delete, after a confirmation naming what is lost; "Cancel" sends nothing.
    QVERIFY(setServerStatus(*d.sandbox, id, QStringLiteral("ended")));
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(button(page, "deleteAgentButton")->isEnabled(), 20000);
    const int deletes = d.sandbox->requestCount(QStringLiteral("DELETE /agents/{id}"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    button(page, "deleteAgentButton")->click();
    QVERIFY(MessageBox::lastText().contains(agent.name));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("campaigns")));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("statistics")));
    QVERIFY(test::waitIdle(*d.desk->connection()->scheduler()));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("DELETE /agents/{id}")), deletes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(page, "deleteAgentButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, 20000);
    int status = 0;
    agentOnServer(*d.sandbox, id, &status);
    QCOMPARE(status, 404);
    QVERIFY(page->messageText().contains(QLatin1String("deleted")));
    QVERIFY(page->selectedAgentId() != id);
}

void tst_AgentsPage::pauseAndResume()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    int row = rowWithStatus(page, QStringLiteral("running"));
    QVERIFY2(row >= 0, "the seeded team has a running agent");
    const QString id = page->model()->agent(row).id;
    page->selectAgent(id);
    auto *pause = button(page, "pauseAgentButton");
    auto *resume = button(page, "resumeAgentButton");
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QCOMPARE(agentOnServer(*d.sandbox, id).value(QLatin1String("status")).toString(),
        QStringLiteral("paused"));
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!pause->isEnabled());
    resume->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("running"), 10000);
    QCOMPARE(agentOnServer(*d.sandbox, id).value(QLatin1String("status")).toString(),
        QStringLiteral("running"));

    // Resuming is refused while the agent has alerts: the page says why.
    const int alerted = [&] {
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (!page->model()->agent(r).alerts.isEmpty())
                return r;
        }
        return -1;
    }();
    QVERIFY2(alerted >= 0, "the seeded team has an agent with an alert");
    const Agent a = page->model()->agent(alerted);
    QVERIFY(d.sandbox->admin("PUT", QStringLiteral("/agents/") + a.id,
                QJsonObject {{QStringLiteral("status"), QStringLiteral("paused")}})
        == 200);
    page->refresh();
    page->selectAgent(a.id);
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 20000);
    resume->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->messageText().contains(QLatin1String("refused to resume")), 20000);
    QVERIFY(page->messageText().contains(QLatin1String("alerts")));
}

void tst_AgentsPage::paletteCommands()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    const QList<std::pair<const char *, const char *>> expected {{"newAgent", "New agent…"},
        {"pauseAgent", "Pause agent"}, {"resumeAgent", "Resume agent"},
        {"editAgent", "Edit agent…"}};
    for (const auto &[name, text] : expected) {
        QAction *a = d.window()->command(QString::fromLatin1(name));
        QVERIFY2(a, name);
        QCOMPARE(a->text(), QString::fromUtf8(text));
        QVERIFY2(!a->shortcut().isEmpty(), name);
    }
    // The palette's "Pause agent" acts on the selected agent.
    const int row = rowWithStatus(page, QStringLiteral("running"));
    QVERIFY(row >= 0);
    const QString id = page->model()->agent(row).id;
    page->selectAgent(id);
    QAction *pause = d.window()->command(QStringLiteral("pauseAgent"));
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY(!d.window()->command(QStringLiteral("resumeAgent"))->isEnabled());
    pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        agentOnServer(*d.sandbox, id).value(QLatin1String("status")).toString(),
        QStringLiteral("paused"), 20000);
    // "Edit agent…" opens the editor.
    d.window()->command(QStringLiteral("editAgent"))->trigger();
    AgentLimitsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<AgentLimitsDialog *>()) != nullptr);
    QCOMPARE(dialog->agentId(), id);
    dialog->reject();
}

void tst_AgentsPage::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_AgentsPage::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    const auto restore = qScopeGuard([] { Theme::apply(qApp, Theme::Scheme::Light); });
    const QString scheme = QString::fromLatin1(QTest::currentDataTag());
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(d.window()));
    // An agent with an alert shows the most in the details panel.
    int row = 0;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (!page->model()->agent(r).alerts.isEmpty()
            && page->model()->agent(r).status == QLatin1String("running"))
            row = r;
    }
    const QString id = page->model()->agent(row).id;
    page->selectAgent(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(page->model()->agents().cbegin(), page->model()->agents().cend(),
            [](const Agent &a) { return a.usage.has_value(); }),
        20000);
    QTRY_VERIFY(
        page->findChild<QProgressBar *>(QStringLiteral("usageInvitationsBar"))->isVisible());
    QCoreApplication::sendPostedEvents();
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("agents"), QStringLiteral("page-") + scheme)));

    AgentLimitsDialog *editor = openEditor(page, id);
    QVERIFY(editor);
    editor->findChild<QSpinBox *>(QStringLiteral("invitationsMax"))->setValue(55);
    editor->findChild<QSpinBox *>(QStringLiteral("messagesMin"))->setValue(0);
    QCoreApplication::sendPostedEvents();
    editor->adjustSize();
    QVERIFY(editor->grab().save(
        screenshotPath(QStringLiteral("agents"), QStringLiteral("editor-") + scheme)));
    editor->reject();

    Agent fresh;
    fresh.id = id;
    fresh.name = page->model()->agent(row).name;
    auto *setup = new AgentSetupDialog(d.desk->connection(), fresh, page);
    setup->setAttribute(Qt::WA_DeleteOnClose);
    setup->show();
    setup->findChild<QLineEdit *>(QStringLiteral("agentLogin"))->setText(QStringLiteral("ana@"));
    setup->findChild<QLineEdit *>(QStringLiteral("agentPassword"))->setText(QStringLiteral("abc"));
    QVERIFY(!setup->submit());
    QCoreApplication::sendPostedEvents();
    setup->adjustSize();
    QVERIFY(setup->grab().save(
        screenshotPath(QStringLiteral("agents"), QStringLiteral("setup-") + scheme)));
    setup->reject();
}

QTEST_MAIN(tst_AgentsPage)
#include "tst_agentspage.moc"
