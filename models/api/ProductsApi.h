#pragma once
// ProductsApi: the team's offerings — GET and POST /products.

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/Product.h"

namespace kakiyo {

class ProductsApi
{
public:
    explicit ProductsApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<QList<Product>> done, ReadOptions options = {});
    void create(const ProductCreate &product, QObject *owner, ResultHandler<Ack> done);

private:
    ApiCall m_call;
};

} // namespace kakiyo
