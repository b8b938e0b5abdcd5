// "New product…": name and description, checked with the contract's rules (ProductCreate), sent
// with POST /products (CreateDialog does the checking, the error display and the closing).
#pragma once

#include "models/domain/Product.h"
#include "ui/library/CreateDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace kakiyo {

class Connection;

class ProductDialog final : public CreateDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    explicit ProductDialog(Connection *session, QWidget *parent = nullptr);
    ~ProductDialog() override;

    ProductCreate body() const;

signals:
    // The server created the product (id may be empty on servers that do not return it).
    void created(const QString &id, const QString &name);

protected:
    FieldErrors problems() const override { return body().encode().errors; }
    void send() override;

private:
    Connection *m_connection;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace kakiyo
