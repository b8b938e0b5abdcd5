// The sections of one prompt (GET /prompts/{id}): for a Messages prompt the context, the first
// message and up to three follow-ups with their delays; for a Comment prompt the comment. Saves
// only what changed with PUT /prompts/{id} (patch semantics). Servers of the older generation
// answer 404/405 there: the editor then says this server does not support editing prompts, stays
// read-only, and stops asking for other prompts until the next refresh.
#pragma once

#include "models/domain/Prompt.h"
#include "ui/library/FormErrors.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace kakiyo {

class Connection;
struct ApiError;

class PromptEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEditor)

public:
    enum class State
    {
        Empty, // nothing selected
        Loading,
        Ready, // sections shown and editable
        Saving,
        Unsupported, // the server has no GET/PUT /prompts/{id}
        Failed, // the sections could not be loaded
    };

    explicit PromptEditor(Connection *session, QWidget *parent = nullptr);
    ~PromptEditor() override;

    // Shows `listed` (from GET /prompts) and fetches its sections; refresh asks the server even
    // when a cached answer exists. Discards unsaved edits: callers ask the user first.
    void showPrompt(const Prompt &listed, const QString &modelLabel, bool refresh = false);
    // Shows no prompt; `hint` says what to do (default: select one).
    void clear(const QString &hint = {});
    // Forget that the server lacked the endpoints (the user refreshed; maybe it was upgraded).
    void resetSupport() { m_unsupported = false; }

    QString promptId() const { return m_loaded.id; }
    State state() const { return m_state; }
    bool isDirty() const;
    bool isEditingSupported() const { return !m_unsupported; }
    QString statusText() const;
    // What Save would send (only the changed sections).
    PromptUpdate changes() const;

    void save();
    void revert();
    // Follow-up rows, for tests and keyboard users.
    void addFollowUp(const QString &text = {}, int delay = 3);
    int followUpCount() const { return int(m_rows.size()); }

signals:
    void dirtyChanged(bool dirty);
    void stateChanged(kakiyo::PromptEditor::State state);
    void saved(const QString &id);
    // The sections of a prompt arrived (with whatever the list did not know).
    void detailsLoaded(const kakiyo::Prompt &prompt);
    void saveFailed(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FollowUpRow
    {
        QWidget *box = nullptr;
        QPlainTextEdit *text = nullptr;
        QSpinBox *delay = nullptr;
        QToolButton *remove = nullptr;
    };

    void setState(State state, const QString &message = {});
    void fill(const Prompt &prompt);
    void setFollowUps(const QList<FollowUp> &followUps);
    QList<FollowUp> currentFollowUps() const;
    bool baselineFollowUpEnabled() const;
    void removeFollowUp(int index);
    void edited();
    void updateVariables();
    void updateEditable();
    void restyle(); // colours and icons of the palette in use
    bool isComment() const;
    static bool lacksEndpoint(const ApiError &error);

    Connection *m_connection;
    Prompt m_loaded; // the sections as the server last gave or accepted them
    QString m_modelLabel;
    State m_state = State::Empty;
    bool m_unsupported = false;
    bool m_statusIsProblem = false;
    bool m_filling = false;
    bool m_wasDirty = false;
    quint64 m_ticket = 0;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_sections = nullptr;
    QWidget *m_messages = nullptr;
    QWidget *m_commentBox = nullptr;
    QPlainTextEdit *m_context = nullptr;
    QPlainTextEdit *m_firstMessage = nullptr;
    QCheckBox *m_followUpEnabled = nullptr;
    QVBoxLayout *m_followUpList = nullptr;
    QPushButton *m_addFollowUp = nullptr;
    QList<FollowUpRow> m_rows;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_variables = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    FormErrors m_errors;
};

} // namespace kakiyo
