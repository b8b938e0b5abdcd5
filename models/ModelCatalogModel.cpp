#include "models/ModelCatalogModel.h"

#include "models/api/ModelsApi.h"

#include <QLocale>
#include <cmath>

namespace kakiyo {

ModelCatalogModel::ModelCatalogModel(Connection *session, QObject *parent)
    : LibraryListModel(session,
        {tr("Model"), tr("Input price"), tr("Output price"), tr("Cached input"), tr("Status")},
        parent)
{
}

QString ModelCatalogModel::price(double value)
{
    // Cents when they say it all (3.75, 0.30), more digits only when the price has them.
    const bool cents = std::abs(std::round(value * 100) - value * 100) < 1e-6;
    return QStringLiteral("$%1").arg(QLocale().toString(value, 'f', cents ? 2 : 4));
}

QVariant ModelCatalogModel::displayText(const Model &m, int column) const
{
    switch (column) {
    case NameColumn:
        return m.name;
    case InputColumn:
        return price(m.pricing.input);
    case OutputColumn:
        return price(m.pricing.output);
    case CachedColumn:
        return m.pricing.cached ? price(*m.pricing.cached) : tr("—");
    case StatusColumn:
        return m.status == QLatin1String("active")  ? tr("Active")
            : m.status == QLatin1String("inactive") ? tr("Inactive")
                                                    : m.status;
    }
    return {};
}

QVariant ModelCatalogModel::sortValue(const Model &m, int column) const
{
    switch (column) {
    case NameColumn:
        return m.name.toLower();
    case InputColumn:
        return m.pricing.input;
    case OutputColumn:
        return m.pricing.output;
    case CachedColumn:
        return m.pricing.cached.value_or(-1.0);
    case StatusColumn:
        return m.status;
    }
    return {};
}

QVariant ModelCatalogModel::cellData(const Model &m, int column, int role) const
{
    switch (role) {
    case Qt::TextAlignmentRole:
        if (column >= InputColumn && column <= CachedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("Model id %1").arg(m.id);
        if (column == CachedColumn && !m.pricing.cached)
            return tr("No cached-input price for this model");
        break;
    default:
        break;
    }
    return {};
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= InputColumn && section <= CachedColumn)
        return tr("USD, as the API reports it (documented per 1,000 tokens)");
    return LibraryListModel::headerData(section, orientation, role);
}

QHash<QString, QString> ModelCatalogModel::names() const
{
    QHash<QString, QString> out;
    for (const Model &m : m_items)
        out.insert(m.id, m.name);
    return out;
}

void ModelCatalogModel::fetch(const ReadOptions &options, quint64 ticket)
{
    ModelsApi(connection())
        .list(this,
            completion<ModelList>(ticket,
                [this](const ModelList &list) {
                    m_total = list.total;
                    replaceRows(list.models);
                }),
            options);
}

} // namespace kakiyo
