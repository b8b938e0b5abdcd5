// ConversationModel against a real sandbox: the thread loads (model tester attached), over-long
// custom data is refused before any call, custom data round-trips, and delete is refused while
// the conversation is active (saying so) and succeeds once it is paused.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/ConversationModel.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ConversationModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadEditAndDelete();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
};

void tst_ConversationModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
        QStringLiteral("9"), QStringLiteral("--prospects"), QStringLiteral("300"),
        QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("conversation-test"));
    RatePolicy policy;
    policy.setOverride(100000, 60000);
    m_session->scheduler()->setPolicy(policy);
}

void tst_ConversationModel::loadEditAndDelete()
{
    // An active (status 1–4), running conversation from the search.
    ProspectSearchModel search(connectionOf(m_session.get()));
    ProspectSearchQuery q;
    q.isPaused = false;
    q.status = 2;
    search.setFilter(q);
    QTRY_VERIFY_WITH_TIMEOUT(search.state() == ProspectSearchModel::State::Loaded
            || search.state() == ProspectSearchModel::State::AtEnd,
        10000);
    QVERIFY(search.rowCount() > 0);
    const QString chatId = search.item(0)->chatId;

    ConversationModel m(connectionOf(m_session.get()));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&m, &ConversationModel::actionFinished);
    m.load(chatId);
    QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 10000);
    QCOMPARE(m.details().id, chatId);
    QCOMPARE(m.rowCount(), int(m.details().messages.size()));
    if (m.rowCount() > 0) {
        const Message &first = m.details().messages.first();
        QCOMPARE(m.data(m.index(0), ConversationModel::ContentRole).toString(), first.content);
        QCOMPARE(m.data(m.index(0), ConversationModel::FromAgentRole).toBool(),
            first.role == Message::Role::Assistant);
    }

    // Over the limit: refused locally, no call.
    QVERIFY(m_sandbox->resetRequestCounts());
    m.saveCustomData(QString(kMaxCustomDataChars + 1, u'x'));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("PATCH /prospects/{chatId}/custom-data")), 0);

    const QString text = QStringLiteral("Prefers calls after 4pm");
    m.saveCustomData(text);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m.details().customData, text, 10000);

    // Delete while active: refused, and the message says why.
    QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
    m.remove();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    QCOMPARE(finished.at(2).at(1).toBool(), false);
    QVERIFY2(finished.at(2).at(2).toString().contains(QStringLiteral("active")),
        qPrintable(finished.at(2).at(2).toString()));
    QVERIFY(m.isLoaded());

    // Paused, the delete goes through.
    m.pause();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
    QVERIFY(finished.at(3).at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m.details().paused && !m.isBusy(), 10000);
    QSignalSpy removed(&m, &ConversationModel::removed);
    m.remove();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QCOMPARE(removed.at(0).at(0).toString(), chatId);
    QVERIFY(!m.isLoaded());
    QCOMPARE(m.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ConversationModel)
#include "tst_conversationmodel.moc"
