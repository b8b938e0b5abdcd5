// The conversation counts behind campaign stats (B1/B7), analytics (I1/I2) and the delete
// summaries, each derived by SQL from the stored chats and messages:
//   prospects = chats; answers = chats with at least one prospect ("user") message (the chat's
//   responded flag, set whenever a prospect message is stored);
//   messages = messages sent by the agent ("assistant"); qualified = qualification "qualified";
//   closed = conversations that ended without a deal: 6 Unqualified, 7 Skipped, 502 Invites
//   disabled, 503 Unreachable, 504 No longer in network.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace kakiyo::sandbox {

struct SandboxState;

struct AnalyticsTotals
{
    qint64 prospects = 0;
    qint64 answers = 0;
    qint64 messages = 0;
    qint64 qualified = 0;
    qint64 closed = 0;

    static AnalyticsTotals forCampaign(const SandboxState &state, const QString &campaignId);
    static AnalyticsTotals forTeam(const SandboxState &state);
    // Every campaign that has chats (absent campaigns have all-zero totals).
    static QHash<QString, AnalyticsTotals> byCampaign(const SandboxState &state);

    // {prospects, prospectsAnswers, messages, qualified, closed}; with rates also
    // conversionRate/responseRate as "12.00%" strings (B7).
    QJsonObject statsJson(bool withRateStrings) const;

    // part/whole in percent rounded to two decimals (0 when whole is 0).
    static double percent(qint64 part, qint64 whole);
    static QString percentText(qint64 part, qint64 whole); // "12.00%"
    static QString closedStatusList() { return QStringLiteral("6, 7, 502, 503, 504"); }
};

} // namespace kakiyo::sandbox
