// The credits the team has, as far as the desk can know: Kakiyo's API tells no balance (the
// contract's §5), so the user states one — "N credits on <date>", per profile, read off the
// dashboard — and the desk counts it down by the credits the UsageMeter counted since. Only in
// the generation where calls cost credits (UsageMeter::callsCostCredits); in the other nothing is
// estimated and the low-credits rule stays silent. The burn is the recent daily average of the
// meter (the last 7 days since the statement, today included), at least what the refresh plan
// alone spends a day. Kept in QSettings under "live/<profile>/credits" (numbers only).
// The rule on the result (below 20 % of the statement, or under 3 days at the burn) is
// AlertEngine's; a 402 is an alert of its own, whatever was stated.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kakiyo {

class UsageMeter;
struct TeamSnapshot;

class CreditBalance final
{
public:
    static constexpr int BurnDays = 7; // the days the burn is averaged over, at most

    struct Stated
    {
        qint64 credits = 0;
        QDateTime at; // UTC
        int spentBefore = 0; // the meter's credits of that day before the statement
    };

    static std::optional<Stated> load(const QString &profileId);
    // Records `credits` as the balance now (what the meter counted today so far is before it).
    static void state(const QString &profileId, qint64 credits, const UsageMeter &meter);
    static void forget(const QString &profileId);

    // Credits spent since the statement, by the meter; what is left (never below 0).
    static qint64 spentSince(const Stated &stated, const UsageMeter &meter, QDate today);
    static qint64 left(const Stated &stated, const UsageMeter &meter, QDate today);
    // Credits per day at the current pace: the meter's average over the days since the
    // statement (at most BurnDays, today counted as a whole day), at least `floorPerDay`.
    static double burnPerDay(
        const Stated &stated, const UsageMeter &meter, QDate today, double floorPerDay);

    // Fills the snapshot's creditsLeft, creditsReference and creditsPerDay from the profile's
    // statement, or clears them (no statement, or calls cost no credits).
    static void apply(TeamSnapshot *snapshot, const UsageMeter &meter, double floorPerDay,
        QDate today = QDate::currentDate());

private:
    static QString key(const QString &profileId);
};

} // namespace kakiyo
