#include "models/ProductListModel.h"

#include "models/api/ProductsApi.h"

#include <QLocale>

namespace kakiyo {

ProductListModel::ProductListModel(ApiSession *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
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
            return p.createdAt.isValid()
                ? QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                : tr("—");
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

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "productId");
    names.insert(RawRole, "raw");
    return names;
}

int ProductListModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(
        m_products.cbegin(), m_products.cend(), [&id](const Product &p) { return p.id == id; });
    return it == m_products.cend() ? -1 : int(it - m_products.cbegin());
}

void ProductListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    ProductsApi(session()).list(this,
        completion<QList<Product>>(ticket,
            [this](const QList<Product> &products) {
                beginResetModel();
                m_products = products;
                endResetModel();
            }),
        options);
}

} // namespace kakiyo
