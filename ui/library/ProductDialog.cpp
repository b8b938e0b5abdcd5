#include "ui/library/ProductDialog.h"

#include "models/api/ProductsApi.h"
#include "ui/library/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

ProductDialog::ProductDialog(ApiSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(tr("New product"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A product (an “offering” in the Kakiyo dashboard) is what your agents talk about."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setAccessibleName(tr("Product name"));
    m_name->setPlaceholderText(tr("At least 3 characters"));
    m_name->setMaxLength(400);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_errors.addField(
        QStringLiteral("name"), tr("Name"), this, QStringLiteral("productNameError")));
    form->addRow(FormErrors::buddyLabel(tr("&Name"), m_name, this), nameBox);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("productDescription"));
    m_description->setAccessibleName(tr("Product description"));
    m_description->setPlaceholderText(
        tr("At least 10 characters: what it is, for whom, and the result it brings"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->setSpacing(2);
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_errors.addField(QStringLiteral("description"), tr("Description"),
        this, QStringLiteral("productDescriptionError")));
    form->addRow(FormErrors::buddyLabel(tr("&Description"), m_description, this), descriptionBox);
    layout->addLayout(form);

    m_general = FormErrors::makeLabel(this, QStringLiteral("productDialogError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setObjectName(QStringLiteral("createProductButton"));
    m_create->setText(tr("Create"));
    m_create->setAccessibleName(tr("Create product"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // After the first attempt the form re-checks as the user corrects it.
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (m_attempted)
            check();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_attempted)
            check();
    });
}

ProductCreate ProductDialog::body() const
{
    ProductCreate p;
    p.name = m_name->text();
    p.description = m_description->toPlainText();
    return p;
}

bool ProductDialog::check()
{
    return !m_errors.show(body().encode().errors);
}

void ProductDialog::setSending(bool sending)
{
    m_sending = sending;
    m_create->setEnabled(!sending);
    m_name->setReadOnly(sending);
    m_description->setReadOnly(sending);
    if (sending)
        m_errors.showGeneral(QString());
}

bool ProductDialog::submit()
{
    if (m_sending)
        return true;
    m_attempted = true;
    if (!check()) {
        // Put the cursor where the first problem is.
        if (!m_errors.text(QStringLiteral("name")).isEmpty())
            m_name->setFocus();
        else
            m_description->setFocus();
        return false;
    }
    setSending(true);
    const ProductCreate product = body();
    ProductsApi(m_session).create(product, this, [this, product](const Result<Ack> &result) {
        setSending(false);
        if (!result.ok()) {
            m_errors.show(result.error, tr("Not created"));
            return;
        }
        emit created(result.value.id, product.name.trimmed());
        accept();
    });
    return true;
}

} // namespace kakiyo
