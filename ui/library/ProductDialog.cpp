#include "ui/library/ProductDialog.h"

#include "models/api/ProductsApi.h"
#include "ui/shell/Teardown.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace kakiyo {

ProductDialog::ProductDialog(Connection *session, QWidget *parent)
    : CreateDialog(QStringLiteral("product"), tr("New product"), parent)
    , m_connection(session)
{
    addNote(
        tr("A product (an “offering” in the Kakiyo dashboard) is what your agents talk about."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setAccessibleName(tr("Product name"));
    m_name->setPlaceholderText(tr("At least 3 characters"));
    m_name->setMaxLength(400);
    addField(QStringLiteral("name"), tr("&Name"), m_name, QStringLiteral("productNameError"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("productDescription"));
    m_description->setAccessibleName(tr("Product description"));
    m_description->setPlaceholderText(
        tr("At least 10 characters: what it is, for whom, and the result it brings"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    addField(QStringLiteral("description"), tr("&Description"), m_description,
        QStringLiteral("productDescriptionError"));

    connect(m_name, &QLineEdit::textChanged, this, &ProductDialog::recheck);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductDialog::recheck);
}

ProductDialog::~ProductDialog()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

ProductCreate ProductDialog::body() const
{
    ProductCreate p;
    p.name = m_name->text();
    p.description = m_description->toPlainText();
    return p;
}

void ProductDialog::send()
{
    const ProductCreate product = body();
    ProductsApi(m_connection).create(product, this, [this, product](const Result<Ack> &result) {
        if (result.ok())
            emit created(result.value.id, product.name.trimmed());
        finished(result.error);
    });
}

} // namespace kakiyo
