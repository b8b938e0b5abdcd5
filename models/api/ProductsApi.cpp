#include "models/api/ProductsApi.h"

namespace kakiyo {

void ProductsApi::list(QObject *owner, ResultHandler<QList<Product>> done, ReadOptions options)
{
    m_call.sendJson<QList<Product>>(ApiCall::read(QStringLiteral("/products"), options), owner,
        &Product::listFromJson, std::move(done));
}

void ProductsApi::create(const ProductCreate &product, QObject *owner, ResultHandler<Ack> done)
{
    const Encoded e = product.encode();
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    m_call.sendJson<Ack>(ApiRequest::post(QStringLiteral("/products"), ApiCall::body(e.body)),
        owner, &Ack::fromJson, std::move(done));
}

} // namespace kakiyo
