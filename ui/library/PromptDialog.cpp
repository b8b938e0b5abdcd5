#include "ui/library/PromptDialog.h"

#include "models/ModelCatalogModel.h"
#include "models/api/PromptsApi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

PromptDialog::PromptDialog(ApiSession *session, ModelCatalogModel *catalogue, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("promptDialog"));
    setWindowTitle(tr("New prompt"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto fieldBox = [this](QWidget *input, const QString &field, const QString &display,
                        const QString &errorName) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(input);
        box->addWidget(m_errors.addField(field, display, this, errorName));
        return box;
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("promptName"));
    m_name->setAccessibleName(tr("Prompt name"));
    m_name->setPlaceholderText(tr("At least 3 characters"));
    m_name->setMaxLength(400);
    form->addRow(FormErrors::buddyLabel(tr("&Name"), m_name, this),
        fieldBox(m_name, QStringLiteral("name"), tr("Name"), QStringLiteral("promptNameError")));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("promptType"));
    m_type->setAccessibleName(tr("Prompt type"));
    m_type->addItem(tr("Messages — LinkedIn conversation"), QStringLiteral("Messages"));
    m_type->addItem(tr("Comment — comments on posts"), QStringLiteral("Comment"));
    form->addRow(FormErrors::buddyLabel(tr("&Type"), m_type, this),
        fieldBox(m_type, QStringLiteral("type"), tr("Type"), QStringLiteral("promptTypeError")));

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("promptModel"));
    m_model->setAccessibleName(tr("AI model"));
    m_model->setMinimumContentsLength(30);
    form->addRow(FormErrors::buddyLabel(tr("AI &model"), m_model, this),
        fieldBox(
            m_model, QStringLiteral("model"), tr("AI model"), QStringLiteral("promptModelError")));
    layout->addLayout(form);

    auto *note = new QLabel(
        tr("The prompt's text (context, first message, follow-ups) is written in the editor "
           "after it is created."),
        this);
    note->setWordWrap(true);
    note->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(note);

    m_general = FormErrors::makeLabel(this, QStringLiteral("promptDialogError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setObjectName(QStringLiteral("createPromptButton"));
    m_create->setText(tr("Create"));
    m_create->setAccessibleName(tr("Create prompt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PromptDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (m_attempted)
            check();
    });
    if (m_catalogue) {
        connect(m_catalogue, &ModelCatalogModel::loaded, this, &PromptDialog::fillModels);
        connect(m_catalogue, &ModelCatalogModel::loadFailed, this, &PromptDialog::fillModels);
        if (!m_catalogue->hasLoaded() && !m_catalogue->isLoading())
            m_catalogue->load(false);
    }
    fillModels();
}

bool PromptDialog::modelsLoaded() const
{
    return m_catalogue && m_catalogue->hasLoaded() && !m_catalogue->isLoading();
}

void PromptDialog::fillModels()
{
    const QString keep = m_model->currentData().toString();
    m_model->clear();
    if (!m_catalogue || (!m_catalogue->hasLoaded() && m_catalogue->isLoading())) {
        m_model->addItem(tr("Loading models…"));
        m_model->setEnabled(false);
        return;
    }
    if (m_catalogue->models().isEmpty()) {
        m_model->addItem(m_catalogue->errorText().isEmpty()
                ? tr("(no models offered)")
                : tr("(could not load the models: %1)").arg(m_catalogue->errorText()));
        m_model->setEnabled(false);
        return;
    }
    for (const Model &m : m_catalogue->models()) {
        m_model->addItem(tr("%1 · %2 in / %3 out")
                             .arg(m.name, ModelCatalogModel::price(m.pricing.input),
                                 ModelCatalogModel::price(m.pricing.output)),
            m.id);
    }
    m_model->setEnabled(!m_sending);
    const int keepIndex = m_model->findData(keep);
    m_model->setCurrentIndex(keepIndex >= 0 ? keepIndex : 0);
}

PromptCreate PromptDialog::body() const
{
    PromptCreate p;
    p.name = m_name->text();
    p.type = m_type->currentData().toString();
    p.model = m_model->currentData().toString();
    return p;
}

bool PromptDialog::check()
{
    return !m_errors.show(body().encode().errors);
}

void PromptDialog::setSending(bool sending)
{
    m_sending = sending;
    m_create->setEnabled(!sending);
    m_name->setReadOnly(sending);
    m_type->setEnabled(!sending);
    m_model->setEnabled(!sending && m_model->currentData().isValid());
    if (sending)
        m_errors.showGeneral(QString());
}

bool PromptDialog::submit()
{
    if (m_sending)
        return true;
    m_attempted = true;
    if (!check()) {
        m_name->setFocus();
        return false;
    }
    setSending(true);
    const PromptCreate prompt = body();
    PromptsApi(m_session).create(prompt, this, [this, prompt](const Result<Ack> &result) {
        setSending(false);
        if (!result.ok()) {
            m_errors.show(result.error, tr("Not created"));
            return;
        }
        emit created(prompt.name.trimmed());
        accept();
    });
    return true;
}

} // namespace kakiyo
