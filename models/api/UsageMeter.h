#pragma once
// UsageMeter: how many API calls this profile made per day and per endpoint group, and — where
// calls cost credits (the help centre's generation, as ServerGeneration detects it or the user
// says; counted while nothing is known yet) — how many credits that spent. Persisted in QSettings
// under "usage/" (counts only, never the key), so the status bar can show today's spend after a
// restart.
//
// A call counts when it reached the network. It spends a credit (estimate) when the server
// processed it: not for 401, 402, 429 or a 403 subscription_inactive, nor for no answer at all.

#include <QDate>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QString>
#include <QTimer>

namespace kakiyo {

class ServerGeneration;

class UsageMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMeter)

public:
    explicit UsageMeter(QObject *parent = nullptr);
    ~UsageMeter() override; // writes what is still pending

    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }

    // Where the answer to "does a call cost a credit" comes from; without one, calls are
    // counted as costing a credit (the cautious default). Not owned.
    void setGeneration(const ServerGeneration *generation);
    bool callsCostCredits() const;

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

    // Writes pending counts to the settings now (also done a few seconds after a call).
    void flush();

signals:
    void changed();

private:
    QString dayGroup(QDate day) const;
    int count(const QString &key) const;
    void add(const QString &key);

    // Counts are added in memory and written in batches: writing the settings file takes
    // milliseconds, too much on the UI thread for every API call.
    mutable QSettings m_settings;
    QHash<QString, int> m_pending; // full settings key -> not yet written increment
    QTimer m_flushTimer;
    QString m_profileId = QStringLiteral("default");
    QPointer<const ServerGeneration> m_generation;
};

} // namespace kakiyo
