// What more than one group of the prospect routes (ProspectImportRoutes, ProspectReadRoutes,
// ProspectChatRoutes, ProspectDeleteRoutes) needs from the contract: its limits, the statuses of a
// conversation the agent is still working, the campaign a request names, and the
// validation_error response.
#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QString>
#include <optional>

namespace kakiyo::sandbox {

struct SandboxState;

inline constexpr int kMaxBatch = 100; // help centre: "Max 100 prospects per (direct) batch request"
inline constexpr int kMaxCustomData = 3000;
// Conversation statuses in which the agent is still working the prospect (see AnalyticsTotals
// for the closed ones): deleting such a prospect needs a pause first.
inline const QString kActiveStatuses = QStringLiteral("1, 2, 3, 4");

struct Campaign
{
    QString id;
    QString name;
    QString status;
    QString agentId;
};

std::optional<Campaign> findCampaign(const SandboxState &state, const QString &id);

void addDetail(QJsonArray *details, const QString &field, const QString &message);
// 400 validation_error whose message is the first detail's.
Response validationError(const QJsonArray &details);

} // namespace kakiyo::sandbox
