#include "ui/library/ModelDetailsPane.h"

#include "models/ModelCatalogModel.h"
#include "models/api/Connection.h"
#include "models/api/ModelsApi.h"
#include "ui/shell/Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

ModelDetailsPane::ModelDetailsPane(Connection *session, QWidget *parent)
    : QWidget(parent)
    , m_connection(session)
{
    setObjectName(QStringLiteral("modelDetails"));
    setAccessibleName(tr("Model details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(tr("Model details"), this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    titleRow->addWidget(m_title, 1);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("modelDetailsRefresh"));
    m_refresh->setIcon(Theme::icon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Ask Kakiyo again for this model (one call)"));
    m_refresh->setAccessibleName(tr("Refresh the model details"));
    m_refresh->setEnabled(false);
    titleRow->addWidget(m_refresh);
    layout->addLayout(titleRow);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("modelDetailsState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(m_state);

    m_fields = new QWidget(this);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_id = valueLabel(m_fields, QStringLiteral("modelDetailsId"));
    m_status = valueLabel(m_fields, QStringLiteral("modelDetailsStatus"));
    m_input = valueLabel(m_fields, QStringLiteral("modelDetailsInput"));
    m_output = valueLabel(m_fields, QStringLiteral("modelDetailsOutput"));
    m_cached = valueLabel(m_fields, QStringLiteral("modelDetailsCached"));
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Input price:"), m_input);
    form->addRow(tr("Output price:"), m_output);
    form->addRow(tr("Cached input price:"), m_cached);
    layout->addWidget(m_fields);
    auto *note = new QLabel(tr("Prices in USD per 1,000 tokens as Kakiyo reports them. Select the "
                               "id to copy it."),
        this);
    note->setWordWrap(true);
    note->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_refresh, &QToolButton::clicked, this, [this] {
        if (!m_asked.isEmpty())
            showModel(m_asked, true);
    });
    clear();
}

void ModelDetailsPane::clear()
{
    delete m_owner;
    m_owner = nullptr;
    m_loading = false;
    m_asked.clear();
    m_model = {};
    m_title->setText(tr("Model details"));
    m_fields->hide();
    m_refresh->setEnabled(false);
    setState(tr("Select a model to see its details."), false);
}

void ModelDetailsPane::showModel(const QString &id, bool refresh)
{
    delete m_owner; // an earlier request's answer is no longer wanted
    m_owner = new QObject(this);
    m_asked = id;
    m_loading = true;
    m_refresh->setEnabled(false);
    setState(tr("Loading…"), false);
    ReadOptions options;
    if (refresh)
        options.cache = ApiRequest::CacheMode::Refresh;
    ModelsApi(m_connection)
        .get(
            id, m_owner,
            [this, id](const Result<Model> &r) {
                m_loading = false;
                m_refresh->setEnabled(true);
                m_fromCache = r.fromCache;
                if (!r.ok()) {
                    m_model = {};
                    m_fields->hide();
                    m_title->setText(tr("Model details"));
                    setState(tr("The details of model %1 could not be loaded: %2")
                                 .arg(id, r.error.userMessage()),
                        true);
                    emit shown(false);
                    return;
                }
                fill(r.value);
                emit shown(true);
            },
            options);
}

void ModelDetailsPane::fill(const Model &model)
{
    m_model = model;
    m_title->setText(model.name.isEmpty() ? model.id : model.name);
    m_id->setText(model.id);
    m_status->setText(model.status == QLatin1String("active") ? tr("Active")
            : model.status == QLatin1String("inactive")       ? tr("Inactive")
                                                              : model.status);
    m_input->setText(ModelCatalogModel::price(model.pricing.input));
    m_output->setText(ModelCatalogModel::price(model.pricing.output));
    m_cached->setText(
        model.pricing.cached ? ModelCatalogModel::price(*model.pricing.cached) : tr("— (none)"));
    m_fields->show();
    setState(m_fromCache ? tr("From the cache; refresh to ask Kakiyo again.")
                         : tr("As Kakiyo reports it now."),
        false);
}

void ModelDetailsPane::setState(const QString &text, bool error)
{
    m_state->setText(text);
    m_state->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_state->setProperty("class", error ? QString() : QStringLiteral("muted"));
}

QString ModelDetailsPane::stateText() const
{
    return m_state->text();
}

QString ModelDetailsPane::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

} // namespace kakiyo
