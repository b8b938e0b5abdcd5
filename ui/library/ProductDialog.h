// "New product…": name and description, checked with the contract's rules (ProductCreate) when
// the user asks to create, then live while they correct; sends POST /products itself and stays
// open with the server's answer next to the fields when it is refused, so nothing typed is lost.
#pragma once

#include "models/domain/Product.h"
#include "ui/library/FormErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kakiyo {

class ApiSession;

class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    explicit ProductDialog(ApiSession *session, QWidget *parent = nullptr);

    ProductCreate body() const;
    bool isSending() const { return m_sending; }
    QString errorText(const QString &field) const { return m_errors.text(field); }

    // Checks the form; sends it when it passes. Returns false when the form was refused locally.
    bool submit();

signals:
    // The server created the product (id may be empty on servers that do not return it).
    void created(const QString &id, const QString &name);

private:
    bool check();
    void setSending(bool sending);

    ApiSession *m_session;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_create = nullptr;
    FormErrors m_errors;
    bool m_attempted = false;
    bool m_sending = false;
};

} // namespace kakiyo
