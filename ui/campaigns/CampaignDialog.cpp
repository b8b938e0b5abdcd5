#include "ui/campaigns/CampaignDialog.h"

#include "models/api/AgentsApi.h"
#include "models/api/ProductsApi.h"
#include "models/api/PromptsApi.h"
#include "models/domain/Agent.h"
#include "models/domain/Product.h"
#include "models/domain/Prompt.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

CampaignDialog::CampaignDialog(Connection *session, const Campaign *editing, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_editId(editing ? editing->id : QString())
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(editing ? tr("Edit campaign") : tr("New campaign"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setPlaceholderText(tr("3 to 100 characters"));
    m_name->setMaxLength(200);
    if (editing)
        m_name->setText(editing->name);
    form->addRow(tr("&Name"), m_name);

    auto picker = [this](const char *name, const QString &accessible) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        c->setEnabled(!isEditing());
        c->setMinimumContentsLength(24);
        return c;
    };
    m_product = picker("productPicker", tr("Product"));
    m_prompt = picker("promptPicker", tr("Prompt"));
    m_agent = picker("agentPicker", tr("Agent"));
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("P&rompt"), m_prompt);
    form->addRow(tr("&Agent"), m_agent);
    if (isEditing()) {
        auto *note
            = new QLabel(tr("Product, prompt and agent cannot be changed after creation."), this);
        note->setProperty("class", QStringLiteral("muted"));
        form->addRow(QString(), note);
    }

    m_automatic = new QSpinBox(this);
    m_automatic->setObjectName(QStringLiteral("qualificationAutomatic"));
    m_automatic->setAccessibleName(tr("Automatic qualification threshold"));
    m_automatic->setRange(0, 100);
    m_automatic->setValue(70);
    m_automatic->setSuffix(QStringLiteral(" %"));
    m_verification = new QSpinBox(this);
    m_verification->setObjectName(QStringLiteral("qualificationVerification"));
    m_verification->setAccessibleName(tr("Manual verification threshold"));
    m_verification->setRange(0, 100);
    m_verification->setValue(50);
    m_verification->setSuffix(QStringLiteral(" %"));
    m_initialAutomatic = m_automatic->value();
    m_initialVerification = m_verification->value();
    auto *thresholds = new QHBoxLayout;
    thresholds->addWidget(new QLabel(tr("qualify at"), this));
    thresholds->addWidget(m_automatic);
    thresholds->addWidget(new QLabel(tr("review from"), this));
    thresholds->addWidget(m_verification);
    thresholds->addStretch(1);
    form->addRow(tr("Qualification"), thresholds);

    m_variables = new QTableWidget(0, 2, this);
    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setAccessibleName(tr("Prompt variables"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setMinimumHeight(110);
    auto *varButtons = new QVBoxLayout;
    auto *addVar = new QToolButton(this);
    addVar->setObjectName(QStringLiteral("addVariableButton"));
    m_icons.set(addVar, QStringLiteral("add"));
    addVar->setToolTip(tr("Add a variable"));
    addVar->setAccessibleName(tr("Add a variable"));
    auto *removeVar = new QToolButton(this);
    removeVar->setObjectName(QStringLiteral("removeVariableButton"));
    m_icons.set(removeVar, QStringLiteral("delete"));
    removeVar->setToolTip(tr("Remove the selected variable"));
    removeVar->setAccessibleName(tr("Remove the selected variable"));
    varButtons->addWidget(addVar);
    varButtons->addWidget(removeVar);
    varButtons->addStretch(1);
    auto *varRow = new QHBoxLayout;
    varRow->addWidget(m_variables, 1);
    varRow->addLayout(varButtons);
    form->addRow(tr("Variables"), varRow);
    connect(addVar, &QToolButton::clicked, this, [this] {
        const int r = m_variables->rowCount();
        m_variables->insertRow(r);
        m_variables->setItem(r, 0, new QTableWidgetItem);
        m_variables->setItem(r, 1, new QTableWidgetItem);
        m_variables->editItem(m_variables->item(r, 0));
    });
    connect(removeVar, &QToolButton::clicked, this, [this] {
        if (m_variables->currentRow() >= 0)
            m_variables->removeRow(m_variables->currentRow());
        revalidate();
    });
    connect(m_variables, &QTableWidget::itemChanged, this, &CampaignDialog::revalidate);

    m_preventAutoStart
        = new QCheckBox(tr("Don't start automatically (stays paused until resumed)"), this);
    m_preventAutoStart->setObjectName(QStringLiteral("preventAutoStart"));
    m_preventAutoStart->setVisible(!isEditing());
    if (!isEditing())
        form->addRow(QString(), m_preventAutoStart);
    layout->addLayout(form);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("campaignErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    layout->addWidget(m_errors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveCampaignButton"));
    m_save->setText(isEditing() ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CampaignDialog::revalidate);
    connect(m_automatic, &QSpinBox::valueChanged, this, &CampaignDialog::revalidate);
    connect(m_verification, &QSpinBox::valueChanged, this, &CampaignDialog::revalidate);
    for (QComboBox *c : {m_product, m_prompt, m_agent})
        connect(c, &QComboBox::currentIndexChanged, this, &CampaignDialog::revalidate);

    const QString productId = editing ? editing->productId : QString();
    startPicker(m_product);
    ProductsApi(m_connection).list(this, [this, productId](const Result<QList<Product>> &result) {
        PickerItems items;
        for (const Product &p : result.value)
            items.append({p.id, p.name});
        fillPicker(m_product, items, result.error, productId);
    });
    if (isEditing()) {
        // The campaign list does not say which prompt a campaign uses, and it cannot change:
        // show that instead of a list whose first entry would look like the campaign's.
        m_prompt->addItem(tr("(kept as created)"));
    } else {
        startPicker(m_prompt);
        PromptsApi(m_connection).list(this, [this](const Result<QList<Prompt>> &result) {
            PickerItems items;
            for (const Prompt &p : result.value)
                items.append({p.id,
                    p.type.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.type)});
            fillPicker(m_prompt, items, result.error, QString());
        });
    }
    const QString agentId = editing ? editing->agentId : QString();
    startPicker(m_agent);
    AgentsApi(m_connection).list(this, [this, agentId](const Result<QList<Agent>> &result) {
        PickerItems items;
        for (const Agent &a : result.value)
            items.append({a.id, QStringLiteral("%1 — %2").arg(a.name, a.status)});
        fillPicker(m_agent, items, result.error, agentId);
    });
    revalidate();
}

CampaignDialog::~CampaignDialog()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void CampaignDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_icons.reapply();
        m_errors->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    }
}

void CampaignDialog::startPicker(QComboBox *combo)
{
    ++m_pendingLists;
    combo->addItem(tr("Loading…"));
    combo->setProperty("loading", true);
}

void CampaignDialog::fillPicker(
    QComboBox *combo, const PickerItems &items, const ApiError &error, const QString &preselect)
{
    combo->clear();
    combo->setProperty("loading", false);
    if (items.isEmpty())
        combo->addItem(error.isError() ? tr("(could not load: %1)").arg(error.userMessage())
                                       : tr("(none yet)"));
    for (const auto &it : items)
        combo->addItem(it.second, it.first);
    const int pre = preselect.isEmpty() ? -1 : combo->findData(preselect);
    combo->setCurrentIndex(pre >= 0 ? pre : 0);
    if (--m_pendingLists == 0)
        emit pickersReady();
    revalidate();
}

void CampaignDialog::setVariable(const QString &name, const QString &value)
{
    const int r = m_variables->rowCount();
    m_variables->insertRow(r);
    m_variables->setItem(r, 0, new QTableWidgetItem(name));
    m_variables->setItem(r, 1, new QTableWidgetItem(value));
    revalidate();
}

QMap<QString, QString> CampaignDialog::variables() const
{
    QMap<QString, QString> vars;
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const QTableWidgetItem *k = m_variables->item(r, 0);
        const QTableWidgetItem *v = m_variables->item(r, 1);
        const QString key = k ? k->text().trimmed() : QString();
        if (!key.isEmpty())
            vars.insert(key, v ? v->text() : QString());
    }
    return vars;
}

CampaignCreate CampaignDialog::createBody() const
{
    CampaignCreate c;
    c.name = m_name->text().trimmed();
    c.productId = m_product->currentData().toString();
    c.promptId = m_prompt->currentData().toString();
    c.agentId = m_agent->currentData().toString();
    c.qualificationAutomatic = m_automatic->value();
    c.qualificationVerification = m_verification->value();
    c.variables = variables();
    c.preventAutoStart = m_preventAutoStart->isChecked();
    return c;
}

CampaignUpdate CampaignDialog::updateBody() const
{
    CampaignUpdate u;
    u.name = m_name->text().trimmed();
    // The list does not return a campaign's thresholds: send them only when the user changed
    // them, so saving a rename never resets the server's values to the form's defaults.
    if (m_automatic->value() != m_initialAutomatic)
        u.qualificationAutomatic = m_automatic->value();
    if (m_verification->value() != m_initialVerification)
        u.qualificationVerification = m_verification->value();
    const auto vars = variables();
    if (!vars.isEmpty())
        u.variables = vars;
    return u;
}

QStringList CampaignDialog::problems() const
{
    QStringList out;
    const Encoded e = isEditing() ? updateBody().encode() : createBody().encode();
    for (const FieldError &f : e.errors)
        out << (f.field.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(f.field, f.message));
    if (m_verification->value() > m_automatic->value())
        out << tr("the review threshold must not be above the qualification threshold");
    if (!pickersLoaded())
        out << tr("loading products, prompts and agents…");
    return out;
}

void CampaignDialog::revalidate()
{
    const QStringList p = problems();
    // Don't shout about an empty name before the user typed anything.
    const bool untouched = m_name->text().isEmpty() && !isEditing();
    m_errors->setText(untouched ? QString() : p.join(QLatin1Char('\n')));
    m_save->setEnabled(p.isEmpty());
}

} // namespace kakiyo
