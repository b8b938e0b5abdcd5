#include "models/live/AwaySummary.h"

#include <QCoreApplication>
#include <QStringList>
#include <climits>

namespace kakiyo {

namespace {

// "45 min", "3 h", "2 days": how long the user was away, roughly.
QString span(const QDateTime &since, const QDateTime &until)
{
    // The counts are computed before translate(): lupdate 6.4 never ends on a '/' among a
    // translate() call's arguments.
    const int minutes = int(qMin<qint64>(INT_MAX, qMax<qint64>(0, since.secsTo(until) / 60)));
    const int hours = minutes / 60;
    const int days = minutes / (24 * 60);
    if (minutes < 60)
        return QCoreApplication::translate("AwaySummary", "%n min", nullptr, minutes);
    if (minutes < 48 * 60)
        return QCoreApplication::translate("AwaySummary", "%n h", nullptr, hours);
    return QCoreApplication::translate("AwaySummary", "%n day(s)", nullptr, days);
}

} // namespace

AwaySummary AwaySummary::from(
    const QList<Alert> &raised, const QDateTime &since, const QDateTime &until)
{
    AwaySummary s;
    s.since = since;
    s.until = until;
    for (const Alert &a : raised) {
        switch (a.kind) {
        case Alert::Kind::NewReply:
            ++s.replies;
            break;
        case Alert::Kind::NewlyQualified:
            ++s.qualified;
            break;
        case Alert::Kind::AgentAttention:
            ++s.agents;
            break;
        case Alert::Kind::CampaignCompleted:
            ++s.campaignsCompleted;
            break;
        default:
            ++s.others;
            break;
        }
    }
    return s;
}

QString AwaySummary::text() const
{
    QStringList parts;
    if (replies > 0)
        parts << QCoreApplication::translate(
            "AwaySummary", "%n prospect(s) replied", nullptr, replies);
    if (qualified > 0)
        parts << QCoreApplication::translate(
            "AwaySummary", "%n newly qualified", nullptr, qualified);
    if (agents > 0)
        parts << QCoreApplication::translate(
            "AwaySummary", "%n agent(s) need attention", nullptr, agents);
    if (campaignsCompleted > 0)
        parts << QCoreApplication::translate(
            "AwaySummary", "%n campaign(s) completed", nullptr, campaignsCompleted);
    if (others > 0)
        parts << QCoreApplication::translate("AwaySummary", "%n other alert(s)", nullptr, others);
    if (parts.isEmpty())
        return QCoreApplication::translate(
            "AwaySummary", "Nothing changed since you were away (%1).")
            .arg(span(since, until));
    return QCoreApplication::translate("AwaySummary", "Since you were away (%1): %2.")
        .arg(span(since, until), parts.join(QStringLiteral(" · ")));
}

} // namespace kakiyo
