// ConversationView: one conversation beside the prospect table — the prospect card (headline,
// company, job title, location, about, LinkedIn link), campaign, status, qualification, paused,
// the thread as chat bubbles (our agent right, the prospect left, each with its time), the custom
// data editor with a live 3,000-character counter, and the actions pause, resume, qualify and
// delete. Keyboard shortcuts for the actions live on the Prospects page (shown in tooltips).
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace kakiyo {

class Connection;
class ConversationModel;

class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(Connection *session, QWidget *parent = nullptr);
    ~ConversationView() override;

    ConversationModel *model() const { return m_model; }
    void showConversation(const QString &chatId);

    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *qualifyButton() const { return m_qualify; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveCustomDataButton() const { return m_save; }
    QPlainTextEdit *customDataEditor() const { return m_customData; }
    QLabel *messageLabel() const { return m_message; }
    QTextBrowser *thread() const { return m_thread; }

    // Deletes after asking (the page's tests call remove() on the model directly).
    void askDelete();

signals:
    // A write changed the conversation (the table's row is stale).
    void changed(const QString &chatId);
    void removed(const QString &chatId);
    // The user opened the conversation (the live desk marks it read).
    void opened(const QString &chatId);

private:
    void render();
    void renderThread();
    void updateCounter();
    void updateButtons();

    ConversationModel *m_model;
    QLabel *m_card;
    QLabel *m_facts;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_customData;
    QLabel *m_counter;
    QPushButton *m_save;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_qualify;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace kakiyo
