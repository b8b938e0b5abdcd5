#include "models/ProductListModel.h"

#include "models/api/ProductsApi.h"

namespace kakiyo {

ProductListModel::ProductListModel(Connection *session, QObject *parent)
    : LibraryListModel(session, {tr("Product"), tr("Description"), tr("Created")}, parent)
{
}

QVariant ProductListModel::displayText(const Product &p, int column) const
{
    switch (column) {
    case NameColumn:
        return p.name;
    case DescriptionColumn:
        // One line in the table; the details panel shows the whole text.
        return p.description.simplified();
    case CreatedColumn:
        return dateText(p.createdAt);
    }
    return {};
}

QVariant ProductListModel::sortValue(const Product &p, int column) const
{
    switch (column) {
    case NameColumn:
        return p.name.toLower();
    case DescriptionColumn:
        return p.description.toLower();
    case CreatedColumn:
        return p.createdAt;
    }
    return {};
}

QVariant ProductListModel::cellData(const Product &p, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == DescriptionColumn)
        return p.description;
    return {};
}

void ProductListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    fetchList<ProductsApi>(options, ticket);
}

} // namespace kakiyo
