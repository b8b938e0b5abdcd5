// Campaign: one outreach campaign (GET /campaigns), its counters and its stats (GET
// /campaigns/{id}/stats, where rates arrive as "12.00%" strings), plus the create/update bodies.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace kakiyo {

struct CampaignCounts
{
    qint64 prospects = 0;
    qint64 prospectsAnswers = 0;
    qint64 messages = 0;
    qint64 qualified = 0;
    qint64 closed = 0;
    // Percent numbers (12.0 = 12 %); the stats endpoint sends them as "12.00%" strings.
    std::optional<double> conversionRate;
    std::optional<double> responseRate;

    static Decoded<CampaignCounts> fromJson(const QJsonValue &value, const QString &path = {});
};

struct Campaign
{
    QString id;
    QString name;
    QString status; // draft | active | paused | completed (| disabled); unknown kept
    QString agentId; // `agent`: an id string (or an object with an id)
    QString productId; // `product`
    QDateTime createdAt;
    CampaignCounts stats;

    static Decoded<Campaign> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<Campaign>> listFromJson(const QJsonValue &value, const QString &path = {});
};

// GET /campaigns/{id}/stats
struct CampaignStats
{
    QString id;
    QString name;
    QString status;
    CampaignCounts stats;

    static Decoded<CampaignStats> fromJson(const QJsonValue &value, const QString &path = {});
};

// 201 of POST /campaigns
struct CampaignCreated
{
    QString id;
    QString name;
    QString status;
    bool preventAutoStart = false;

    static Decoded<CampaignCreated> fromJson(const QJsonValue &value, const QString &path = {});
};

// POST /campaigns
struct CampaignCreate
{
    QString name; // 3–100
    QString productId;
    QString promptId;
    QString agentId;
    int qualificationAutomatic = 70; // 0–100
    int qualificationVerification = 50; // 0–100
    QMap<QString, QString> variables;
    bool preventAutoStart = false;

    Encoded encode() const;
};

// PUT /campaigns/{id}: partial update, only set fields are sent.
struct CampaignUpdate
{
    std::optional<QString> name;
    std::optional<int> qualificationAutomatic;
    std::optional<int> qualificationVerification;
    std::optional<QMap<QString, QString>> variables;

    Encoded encode() const;
};

// Prompt variables are keys in {{double braces}}: letters, digits, underscore.
FieldErrors validateVariables(const QMap<QString, QString> &variables);

} // namespace kakiyo
