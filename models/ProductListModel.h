// The team's products ("offerings", GET /products) as a table: name, description, created.
// Cached answer first (ServerListModel); DisplayRole is formatted text, RawRole the sort value.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/Product.h"

namespace kakiyo {

class ProductListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
    };

    explicit ProductListModel(ApiSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Product> &products() const { return m_products; }
    Product product(int row) const { return m_products.value(row); }
    int rowOf(const QString &id) const;

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    QList<Product> m_products;
};

} // namespace kakiyo
