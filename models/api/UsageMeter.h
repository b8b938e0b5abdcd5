#pragma once
// UsageMeter: how many API calls this profile made per day and per endpoint group, and — while
// the cost model says each call costs a credit (the help centre's rule, on by default) — how many
// credits that spent. Persisted in QSettings under "usage/" (counts only, never the key), so the
// status bar can show today's spend after a restart.
//
// A call counts when it reached the network. It spends a credit (estimate) when the server
// processed it: not for 401, 402, 429 or a 403 subscription_inactive, nor for no answer at all.

#include <QDate>
#include <QMap>
#include <QObject>
#include <QSettings>
#include <QString>

namespace kakiyo {

class UsageMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMeter)

public:
    explicit UsageMeter(QObject *parent = nullptr);

    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }

    // "Each call costs 1 credit" — a user setting, default on.
    bool callsCostCredits() const;
    void setCallsCostCredits(bool on);

    // One network answer (or failure) for an endpoint group, e.g. "prospects".
    void record(const QString &group, int httpStatus, const QString &errorCode = {},
        QDate day = QDate::currentDate());

    int calls(QDate day = QDate::currentDate()) const;
    int calls(QDate day, const QString &group) const;
    QMap<QString, int> callsByGroup(QDate day = QDate::currentDate()) const;
    int credits(QDate day = QDate::currentDate()) const;
    // Forgets this profile's counts (e.g. when the profile is removed).
    void clear();

    static bool spendsCredit(int httpStatus, const QString &errorCode);

signals:
    void changed();

private:
    QString dayGroup(QDate day) const;

    // One long-lived settings object: QSettings writes to disk when it is destroyed, so a new one
    // per call would cost a file write per API call. This one syncs from the event loop.
    mutable QSettings m_settings;
    QString m_profileId = QStringLiteral("default");
};

} // namespace kakiyo
