// Edits one agent's daily limits, working hours and settings (PUT /agents/{id}). Checks the
// contract's ranges as the user types (the OK button stays off while anything is wrong) and warns
// above 40 invitations a day, the ceiling Kakiyo recommends to keep a LinkedIn account safe.
#pragma once

#include "models/domain/Agent.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace kakiyo {

class AgentLimitsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLimitsDialog)

public:
    explicit AgentLimitsDialog(const Agent &agent, QWidget *parent = nullptr);

    AgentUpdate update() const;
    // Problems with the current input, one per line (empty = can be sent).
    QStringList problems() const;
    bool showsHighInvitationWarning() const;

    static constexpr int kRecommendedInvitationsPerDay = 40;

private:
    void revalidate();

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
    QLabel *m_errors = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kakiyo
