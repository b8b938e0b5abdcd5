#include "ui/agents/AgentSetupDialog.h"

#include "models/api/AgentsApi.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {

// Overwrites the characters when this string is the only owner of them, then empties it.
void wipe(QString &secret)
{
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

} // namespace

AgentSetupDialog::AgentSetupDialog(Connection *session, const Agent &agent, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_id(agent.id)
{
    setObjectName(QStringLiteral("agentSetupDialog"));
    const QString name = agent.name.isEmpty() ? tr("new agent") : agent.name;
    setWindowTitle(tr("Connect LinkedIn — %1").arg(name));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Kakiyo logs in to LinkedIn with these credentials for “%1”. The password is sent once "
           "to Kakiyo and is not kept by Kakiyo Desk.")
            .arg(name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addField = [this, form](const QString &field, const QString &label, QWidget *input) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(input);
        box->addWidget(m_errors.addField(field, QString(label).remove(QLatin1Char('&')), this,
            QStringLiteral("agentSetup_%1Error").arg(field)));
        form->addRow(FormErrors::buddyLabel(label, input, this), box);
    };

    m_login = new QLineEdit(agent.login, this);
    m_login->setObjectName(QStringLiteral("agentLogin"));
    m_login->setAccessibleName(tr("LinkedIn login e-mail"));
    m_login->setPlaceholderText(tr("name@example.com"));
    m_login->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    addField(QStringLiteral("login"), tr("LinkedIn &e-mail"), m_login);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("agentPassword"));
    m_password->setAccessibleName(tr("LinkedIn password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 6 characters"));
    m_password->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    addField(QStringLiteral("password"), tr("&Password"), m_password);

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("agentCountry"));
    m_country->setAccessibleName(tr("Country of the LinkedIn account"));
    for (const auto &[code, countryName] : countries())
        m_country->addItem(QStringLiteral("%1 (%2)").arg(countryName, code), code);
    QString preset = agent.country.toUpper();
    if (preset.isEmpty())
        preset = QLocale::territoryToCode(QLocale::system().territory());
    int index = m_country->findData(preset);
    if (index < 0)
        index = m_country->findData(QStringLiteral("US"));
    m_country->setCurrentIndex(qMax(0, index));
    addField(QStringLiteral("country"), tr("&Country"), m_country);
    layout->addLayout(form);

    m_general = FormErrors::makeLabel(this, QStringLiteral("agentSetupError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connectAgentButton"));
    m_connect->setAccessibleName(tr("Connect the LinkedIn account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AgentSetupDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (agent.login.isEmpty() ? m_login : m_password)->setFocus();
}

AgentSetupDialog::~AgentSetupDialog()
{
    forgetPassword();
}

QList<std::pair<QString, QString>> AgentSetupDialog::countries()
{
    QList<std::pair<QString, QString>> out;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
            continue;
        out.append({code, QLocale::territoryToString(territory)});
    }
    QCollator collator;
    std::sort(out.begin(), out.end(),
        [&collator](const auto &a, const auto &b) { return collator(a.second, b.second); });
    return out;
}

void AgentSetupDialog::forgetPassword()
{
    // setText() (unlike clear()) also drops the undo history, which would keep the old text.
    if (m_password)
        m_password->setText(QString());
}

void AgentSetupDialog::done(int result)
{
    forgetPassword();
    QDialog::done(result);
}

void AgentSetupDialog::setSending(bool sending)
{
    m_sending = sending;
    m_connect->setEnabled(!sending);
    m_connect->setText(sending ? tr("Connecting…") : tr("Connect"));
    for (QWidget *w : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_password),
             static_cast<QWidget *>(m_country)})
        w->setEnabled(!sending);
}

bool AgentSetupDialog::submit()
{
    if (m_sending)
        return true;
    AgentSetup setup;
    setup.login = m_login->text().trimmed();
    setup.password = m_password->text();
    setup.country = m_country->currentData().toString();
    const FieldErrors errors = setup.encode().errors;
    if (m_errors.show(errors)) {
        wipe(setup.password);
        for (QWidget *w : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_password),
                 static_cast<QWidget *>(m_country)}) {
            const QString field = w == m_login ? QStringLiteral("login")
                : w == m_password              ? QStringLiteral("password")
                                               : QStringLiteral("country");
            if (!m_errors.text(field).isEmpty()) {
                w->setFocus();
                break;
            }
        }
        return false;
    }
    setSending(true);
    const QString login = setup.login;
    AgentsApi(m_connection).setup(m_id, setup, this, [this, login](const Result<Ack> &result) {
        setSending(false);
        if (!result.ok()) {
            m_errors.show(result.error, tr("Not connected"));
            m_errors.showGeneral(
                tr("%1\nThe password is not kept: type it again to retry.").arg(m_general->text()));
            m_password->setFocus();
            return;
        }
        emit submitted(m_id, login);
        accept();
    });
    // The request holds what it needs; nothing here keeps the password any longer.
    forgetPassword();
    wipe(setup.password);
    return true;
}

} // namespace kakiyo
