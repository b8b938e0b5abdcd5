#include "models/ProductListModel.h"

#include "models/api/ProductsApi.h"

namespace kakiyo {

ProductListModel::ProductListModel(ApiSession *session, QObject *parent)
    : LibraryListModel(session, {tr("Product"), tr("Description"), tr("Created")}, parent)
{
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case DescriptionColumn:
            // One line in the table; the details panel shows the whole text.
            return p.description.simplified();
        case CreatedColumn:
            return dateText(p.createdAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return p.description;
        break;
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return p.name.toLower();
        case DescriptionColumn:
            return p.description.toLower();
        case CreatedColumn:
            return p.createdAt;
        }
        break;
    default:
        break;
    }
    return {};
}

void ProductListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    ProductsApi(session()).list(this,
        completion<QList<Product>>(
            ticket, [this](const QList<Product> &products) { replaceRows(products); }),
        options);
}

} // namespace kakiyo
