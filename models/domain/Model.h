// Model: an AI model a prompt can use, with its pricing (GET /models → {models, total}; GET
// /models/{id} → one Model).
#pragma once

#include "models/domain/Decoded.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

struct ModelPricing
{
    double input = 0;
    double output = 0;
    std::optional<double> cached; // null for models without cached pricing
};

struct Model
{
    QString id;
    QString name;
    ModelPricing pricing;
    QString status; // active | inactive

    static Decoded<Model> fromJson(const QJsonValue &value, const QString &path = {});
};

struct ModelList
{
    QList<Model> models;
    qint64 total = 0;

    // `{models, total}`; a bare array is accepted too.
    static Decoded<ModelList> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
