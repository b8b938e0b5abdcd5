// The vocabularies of a conversation: the integer status table (Decision 6 of the contract) and
// the two qualification vocabularies (chat objects vs search filters / analytics keys).
#pragma once

#include <QString>
#include <QStringList>

namespace kakiyo {

// Label of a conversation status code; unknown codes read "Status N".
QString statusLabel(int code);
// The codes the table names, in table order (for filter combo boxes).
QList<int> knownStatusCodes();

enum class Qualification
{
    Unknown,
    InProgress,
    NeedVerification,
    Qualified,
    Unqualified
};

// The chat object's vocabulary: unqualified, needVerification, inProgress, qualified.
Qualification qualificationFromString(const QString &value);
QString qualificationToString(Qualification q);
QString qualificationLabel(const QString &value); // any other string shows as it is

// The search filter / analytics vocabulary: pending, qualified, disqualified.
QStringList qualificationFilterValues();
// Which filter bucket a chat qualification falls in ("pending" for inProgress/needVerification).
QString qualificationFilterOf(Qualification q);

// Agent statuses (OA enum + `ended`) and campaign statuses, for validation and labels.
QStringList agentStatuses();
QStringList campaignStatuses();
QString agentStatusLabel(const QString &status);

} // namespace kakiyo
