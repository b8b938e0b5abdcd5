#pragma once
// AnalyticsModelLoader: fills an AnalyticsModel from the API through the Connection (so the
// scheduler, the budget and the cache apply) and keeps every fresh overview as the day's snapshot
// in the cache. History comes from those snapshots only — comparing periods costs no call.
// Asynchronous: nothing here blocks the UI; a stale reply (the user picked another campaign
// meanwhile) is dropped by generation number.

#include "models/api/ApiCall.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace kakiyo {

class AnalyticsModel;
class Connection;

class AnalyticsModelLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsModelLoader)

public:
    AnalyticsModelLoader(Connection *session, AnalyticsModel *model, QObject *parent = nullptr);

    // Stored daily snapshots into the model's history (no API call). Returns how many were read.
    int loadHistory();
    // GET /analytics/overview; refresh = ask the server even when a cached answer exists.
    void loadOverview(bool refresh);
    // GET /analytics/campaigns/{id}; an empty id clears the campaign part.
    void loadCampaign(const QString &campaignId, bool refresh);

    bool isBusy() const { return m_inFlight > 0; }
    QString lastError() const { return m_lastError; }
    QDateTime fetchedAt() const { return m_fetchedAt; }

signals:
    void busyChanged(bool busy);
    void overviewLoaded();
    void campaignLoaded();
    // A sentence for the page (fetch or decode failure); the session's banner shows API errors too.
    void failed(const QString &message);

private:
    void started();
    void finished();
    bool accept(const ApiError &error, const QString &what);
    static ReadOptions readOptions(bool refresh);

    Connection *m_connection;
    AnalyticsModel *m_model;
    int m_inFlight = 0;
    quint64 m_campaignGeneration = 0;
    QString m_lastError;
    QDateTime m_fetchedAt;
};

} // namespace kakiyo
