#include "ui/library/PromptDialog.h"

#include "models/ModelCatalogModel.h"
#include "models/api/PromptsApi.h"
#include "ui/shell/Teardown.h"

#include <QComboBox>
#include <QLineEdit>

namespace kakiyo {

PromptDialog::PromptDialog(Connection *session, ModelCatalogModel *catalogue, QWidget *parent)
    : CreateDialog(QStringLiteral("prompt"), tr("New prompt"), parent)
    , m_connection(session)
    , m_catalogue(catalogue)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("promptName"));
    m_name->setAccessibleName(tr("Prompt name"));
    m_name->setPlaceholderText(tr("At least 3 characters"));
    m_name->setMaxLength(400);
    addField(QStringLiteral("name"), tr("&Name"), m_name, QStringLiteral("promptNameError"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("promptType"));
    m_type->setAccessibleName(tr("Prompt type"));
    m_type->addItem(tr("Messages — LinkedIn conversation"), QStringLiteral("Messages"));
    m_type->addItem(tr("Comment — comments on posts"), QStringLiteral("Comment"));
    addField(QStringLiteral("type"), tr("&Type"), m_type, QStringLiteral("promptTypeError"));

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("promptModel"));
    m_model->setAccessibleName(tr("AI model"));
    m_model->setMinimumContentsLength(30);
    addField(QStringLiteral("model"), tr("AI &model"), m_model, QStringLiteral("promptModelError"));
    addNote(tr("The prompt's text (context, first message, follow-ups) is written in the editor "
               "after it is created."));

    connect(m_name, &QLineEdit::textChanged, this, &PromptDialog::recheck);
    connect(m_model, &QComboBox::currentIndexChanged, this, &PromptDialog::recheck);
    if (m_catalogue) {
        connect(m_catalogue, &ModelCatalogModel::loaded, this, &PromptDialog::fillModels);
        connect(m_catalogue, &ModelCatalogModel::loadFailed, this, &PromptDialog::fillModels);
        if (!m_catalogue->hasLoaded() && !m_catalogue->isLoading())
            m_catalogue->load(false);
    }
    fillModels();
}

PromptDialog::~PromptDialog()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
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
        return;
    }
    if (m_catalogue->models().isEmpty()) {
        m_model->addItem(m_catalogue->errorText().isEmpty()
                ? tr("(no models offered)")
                : tr("(could not load the models: %1)").arg(m_catalogue->errorText()));
        return;
    }
    for (const Model &m : m_catalogue->models()) {
        m_model->addItem(tr("%1 · %2 in / %3 out")
                             .arg(m.name, ModelCatalogModel::price(m.pricing.input),
                                 ModelCatalogModel::price(m.pricing.output)),
            m.id);
    }
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

void PromptDialog::send()
{
    const PromptCreate prompt = body();
    PromptsApi(m_connection).create(prompt, this, [this, prompt](const Result<Ack> &result) {
        if (result.ok())
            emit created(prompt.name.trimmed());
        finished(result.error);
    });
}

} // namespace kakiyo
