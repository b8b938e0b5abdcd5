// Product: an offering the agents talk about (GET /products), and the create body.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace kakiyo {

struct Product
{
    QString id;
    QString name;
    QString description;
    QDateTime createdAt;

    static Decoded<Product> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<Product>> listFromJson(const QJsonValue &value, const QString &path = {});
};

// POST /products
struct ProductCreate
{
    QString name; // ≥ 3
    QString description; // ≥ 10

    Encoded encode() const;
};

} // namespace kakiyo
