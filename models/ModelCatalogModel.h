// The AI model catalogue (GET /models) with its pricing as a sortable table: name, input,
// output and cached price, status. Prices are shown as the API gives them (USD; documented per
// 1,000 tokens); RawRole holds the number, -1 for "no cached price", so sorting is numeric.
#pragma once

#include "models/LibraryListModel.h"
#include "models/domain/Model.h"

#include <QHash>

namespace kakiyo {

class ModelCatalogModel final : public LibraryListModel<Model>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalogModel)

public:
    enum Column
    {
        NameColumn,
        InputColumn,
        OutputColumn,
        CachedColumn,
        StatusColumn,
        ColumnCount
    };
    explicit ModelCatalogModel(Connection *session, QObject *parent = nullptr);

    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Model> &models() const { return m_items; }
    Model model(int row) const { return m_items.value(row); }
    // The total the server reported (may exceed the rows when it pages).
    qint64 serverTotal() const { return m_total; }
    // Model id -> name, for views that show a prompt's model.
    QHash<QString, QString> names() const;

    static QString price(double value);

protected:
    QVariant displayText(const Model &m, int column) const override;
    QVariant sortValue(const Model &m, int column) const override;
    QVariant cellData(const Model &m, int column, int role) const override;
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    qint64 m_total = 0;
};

} // namespace kakiyo
