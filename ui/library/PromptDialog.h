// "New prompt…": name, type (Messages or Comment) and the AI model, picked from the catalogue with
// its prices. Checked with the contract's rules (PromptCreate); sends POST /prompts itself and
// stays open with the server's answer when it is refused. The API returns no id for a new prompt:
// the page re-lists and finds it by name.
#pragma once

#include "models/domain/Prompt.h"
#include "ui/library/FormErrors.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kakiyo {

class ApiSession;
class ModelCatalogModel;

class PromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptDialog)

public:
    PromptDialog(ApiSession *session, ModelCatalogModel *catalogue, QWidget *parent = nullptr);

    PromptCreate body() const;
    bool isSending() const { return m_sending; }
    bool modelsLoaded() const;
    QString errorText(const QString &field) const { return m_errors.text(field); }
    bool submit();

signals:
    void created(const QString &name);

private:
    void fillModels();
    bool check();
    void setSending(bool sending);

    ApiSession *m_session;
    QPointer<ModelCatalogModel> m_catalogue;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_create = nullptr;
    FormErrors m_errors;
    bool m_attempted = false;
    bool m_sending = false;
};

} // namespace kakiyo
