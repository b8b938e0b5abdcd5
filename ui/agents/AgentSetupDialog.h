// "Set up / reconnect…": connects a LinkedIn account to an agent (POST /agents/{id}/setup) —
// login e-mail, password and country. The password is masked, checked with the contract's rules
// (AgentSetup::encode) before anything is sent, and kept nowhere: the field is emptied (with its
// undo history) as soon as the request is handed over, and when the dialog closes. It is never
// written to settings, the cache or a log. A refusal is shown in place; the password must then be
// typed again.
#pragma once

#include "models/domain/Agent.h"
#include "ui/library/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kakiyo {

class Connection;

class AgentSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSetupDialog)

public:
    AgentSetupDialog(Connection *session, const Agent &agent, QWidget *parent = nullptr);
    ~AgentSetupDialog() override;

    QString agentId() const { return m_id; }
    bool isSending() const { return m_sending; }
    QString errorText(const QString &field) const { return m_errors.text(field); }
    // Checks the form and sends it; false when it was refused locally (nothing sent).
    bool submit();

    // ISO 3166 two-letter codes with their names, sorted by name.
    static QList<std::pair<QString, QString>> countries();

signals:
    // Kakiyo accepted the credentials and is logging in (the dialog closes right after).
    void submitted(const QString &id, const QString &login);

protected:
    void done(int result) override;

private:
    void forgetPassword();
    void setSending(bool sending);

    Connection *m_connection;
    QString m_id;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_country = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_general = nullptr;
    FormErrors m_errors;
    bool m_sending = false;
};

} // namespace kakiyo
