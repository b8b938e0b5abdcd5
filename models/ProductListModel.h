// The team's products ("offerings", GET /products) as a table: name, description, created.
// Cached answer first (ServerListModel); DisplayRole is formatted text, RawRole the sort value.
#pragma once

#include "models/LibraryListModel.h"
#include "models/domain/Product.h"

namespace kakiyo {

class ProductListModel final : public LibraryListModel<Product>
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
    explicit ProductListModel(Connection *session, QObject *parent = nullptr);

    const QList<Product> &products() const { return m_items; }
    Product product(int row) const { return m_items.value(row); }

protected:
    QVariant displayText(const Product &p, int column) const override;
    QVariant sortValue(const Product &p, int column) const override;
    QVariant cellData(const Product &p, int column, int role) const override;
    void fetch(const ReadOptions &options, quint64 ticket) override;
};

} // namespace kakiyo
