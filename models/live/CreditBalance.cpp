#include "models/live/CreditBalance.h"

#include "models/api/UsageMeter.h"
#include "models/live/TeamSnapshot.h"

#include <QSettings>
#include <QVariantMap>

namespace kakiyo {

QString CreditBalance::key(const QString &profileId)
{
    QString id = profileId;
    id.replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("live/%1/credits").arg(id.isEmpty() ? QStringLiteral("default") : id);
}

std::optional<CreditBalance::Stated> CreditBalance::load(const QString &profileId)
{
    const QVariantMap map = QSettings().value(key(profileId)).toMap();
    Stated s;
    bool ok = false;
    s.credits = map.value(QStringLiteral("credits")).toLongLong(&ok);
    s.at = QDateTime::fromString(map.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    s.spentBefore = map.value(QStringLiteral("spentBefore")).toInt();
    if (!ok || s.credits < 0 || !s.at.isValid())
        return std::nullopt;
    return s;
}

void CreditBalance::state(const QString &profileId, qint64 credits, const UsageMeter &meter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSettings().setValue(key(profileId),
        QVariantMap {{QStringLiteral("credits"), qMax<qint64>(0, credits)},
            {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("spentBefore"), meter.credits(now.toLocalTime().date())}});
}

void CreditBalance::forget(const QString &profileId)
{
    QSettings().remove(key(profileId));
}

qint64 CreditBalance::spentSince(const Stated &stated, const UsageMeter &meter, QDate today)
{
    const QDate from = stated.at.toLocalTime().date();
    qint64 spent = -qint64(stated.spentBefore);
    for (QDate day = from; day.isValid() && day <= today; day = day.addDays(1))
        spent += meter.credits(day);
    return qMax<qint64>(0, spent);
}

qint64 CreditBalance::left(const Stated &stated, const UsageMeter &meter, QDate today)
{
    return qMax<qint64>(0, stated.credits - spentSince(stated, meter, today));
}

double CreditBalance::burnPerDay(
    const Stated &stated, const UsageMeter &meter, QDate today, double floorPerDay)
{
    const QDate from = qMax(stated.at.toLocalTime().date(), today.addDays(1 - BurnDays));
    qint64 spent = 0;
    int days = 0;
    for (QDate day = from; day.isValid() && day <= today; day = day.addDays(1)) {
        spent += meter.credits(day);
        ++days;
    }
    if (from == stated.at.toLocalTime().date())
        spent -= stated.spentBefore;
    const double average = days > 0 ? double(qMax<qint64>(0, spent)) / days : 0.0;
    return qMax(average, floorPerDay);
}

void CreditBalance::apply(
    TeamSnapshot *snapshot, const UsageMeter &meter, double floorPerDay, QDate today)
{
    const std::optional<Stated> stated = load(meter.profileId());
    if (!stated || !meter.callsCostCredits()) {
        snapshot->creditsLeft.reset();
        snapshot->creditsReference = 0;
        snapshot->creditsPerDay = 0;
        return;
    }
    snapshot->creditsLeft = left(*stated, meter, today);
    snapshot->creditsReference = stated->credits;
    snapshot->creditsPerDay = burnPerDay(*stated, meter, today, floorPerDay);
}

} // namespace kakiyo
