#include "sandbox/TeamActivity.h"

#include "sandbox/SandboxState.h"
#include "sandbox/TeamEvent.h"

#include <cmath>

namespace kakiyo::sandbox {

TeamActivity::TeamActivity(SandboxState &state, double speed, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_speed(speed)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &TeamActivity::tick);
}

void TeamActivity::start()
{
    if (m_speed > 0)
        m_timer.start();
}

void TeamActivity::tick()
{
    const double hours = m_speed * TickMs / 1000.0 / 3600.0;
    try {
        // Rates per simulated hour for the whole team (a seeded team of 7 agents).
        happen(QStringLiteral("invitation"), 6.0, hours);
        happen(QStringLiteral("acceptance"), 3.0, hours);
        happen(QStringLiteral("reply"), 1.5, hours);
        happen(QStringLiteral("qualified"), 0.5, hours);
        happen(QStringLiteral("usage"), 8.0, hours);
        happen(QStringLiteral("agent-alert"), 0.04, hours);
        completeFinishedCampaigns();
    } catch (const std::exception &e) {
        qWarning("activity: %s", e.what());
    }
}

void TeamActivity::happen(const QString &type, double perHour, double hours)
{
    // Number of events in this tick: Poisson(perHour × hours), drawn by multiplying uniforms.
    const double limit = std::exp(-perHour * hours);
    double product = m_state.rng.generateDouble();
    int count = 0;
    while (product > limit && count < 1000) {
        ++count;
        product *= m_state.rng.generateDouble();
    }
    for (int i = 0; i < count; ++i) {
        QJsonObject event {{"type", type}, {"random", true}};
        if (type == u"agent-alert")
            event.insert("kind",
                m_state.rng.bounded(2) == 0 ? QStringLiteral("restriction")
                                            : QStringLiteral("verification"));
        int status = 0;
        QString error;
        if (TeamEvent::apply(m_state, event, &status, &error))
            ++m_state.activityEvents;
    }
}

void TeamActivity::completeFinishedCampaigns()
{
    if (!m_state.hasTable(QStringLiteral("chats")))
        return;
    // An active campaign whose every conversation has ended (qualified, unqualified, skipped).
    QSqlQuery q = m_state.run(QStringLiteral(
        "SELECT k.id FROM campaigns k WHERE k.status = 'active' AND EXISTS (SELECT 1 FROM chats c "
        "WHERE c.campaign_id = k.id) AND NOT EXISTS (SELECT 1 FROM chats c WHERE c.campaign_id = "
        "k.id AND c.status NOT IN (5, 6, 7)) ORDER BY k.id"));
    QStringList done;
    while (q.next())
        done << q.value(0).toString();
    for (const QString &id : std::as_const(done)) {
        int status = 0;
        QString error;
        if (TeamEvent::apply(m_state,
                QJsonObject {{"type", "campaign-completed"}, {"campaignId", id}}, &status, &error))
            ++m_state.activityEvents;
    }
}

} // namespace kakiyo::sandbox
