// "Edit agent…": one agent's daily limits, working hours and settings (PUT /agents/{id}). The
// contract's rules are checked as the user types with the domain encoder (AgentUpdate) and shown
// under the field they concern; Save stays off while anything is wrong, so an invalid value never
// costs a call. Above 40 invitations a day (the ceiling Kakiyo recommends to keep a LinkedIn
// account safe) a warning shows. The timezone is shown but cannot be changed through the API.
// The dialog sends the change itself and closes only when Kakiyo accepted it; a refusal is shown
// in place and nothing typed is lost.
#pragma once

#include "models/domain/Agent.h"
#include "ui/library/FormErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace kakiyo {

class Connection;

class AgentLimitsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLimitsDialog)

public:
    AgentLimitsDialog(Connection *session, const Agent &agent, QWidget *parent = nullptr);

    QString agentId() const { return m_id; }
    AgentUpdate update() const;
    // What is wrong with the input now, by API field (empty = can be sent).
    FieldErrors problems() const;
    bool showsHighInvitationWarning() const;
    bool isSaving() const { return m_saving; }
    QString errorText(const QString &field) const { return m_errors.text(field); }
    // Checks the input and sends it; false when it was refused locally (nothing sent).
    bool save();

    static constexpr int kRecommendedInvitationsPerDay = 40;

signals:
    // Kakiyo accepted the change (the dialog closes right after).
    void saved(const QString &id);

private:
    void revalidate();
    void setSaving(bool saving);

    Connection *m_connection;
    QString m_id;
    QSpinBox *m_invMin = nullptr;
    QSpinBox *m_invMax = nullptr;
    QSpinBox *m_msgMin = nullptr;
    QSpinBox *m_msgMax = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_stop = nullptr;
    QCheckBox *m_skipInNetwork = nullptr;
    QCheckBox *m_invitationsOnly = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_ok = nullptr;
    FormErrors m_errors;
    bool m_saving = false;
};

} // namespace kakiyo
