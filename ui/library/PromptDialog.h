// "New prompt…": name, type (Messages or Comment) and the AI model, picked from the catalogue with
// its prices; checked with the contract's rules (PromptCreate) and sent with POST /prompts
// (CreateDialog does the checking, the error display and the closing). The API returns no id
// for a new prompt: the page re-lists and finds it by name.
#pragma once

#include "models/domain/Prompt.h"
#include "ui/library/CreateDialog.h"

#include <QPointer>

class QComboBox;
class QLineEdit;

namespace kakiyo {

class Connection;
class ModelCatalogModel;

class PromptDialog final : public CreateDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptDialog)

public:
    PromptDialog(Connection *session, ModelCatalogModel *catalogue, QWidget *parent = nullptr);
    ~PromptDialog() override;

    PromptCreate body() const;
    bool modelsLoaded() const;

signals:
    void created(const QString &name);

protected:
    FieldErrors problems() const override { return body().encode().errors; }
    void send() override;

private:
    void fillModels();

    Connection *m_connection;
    QPointer<ModelCatalogModel> m_catalogue;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_model = nullptr;
};

} // namespace kakiyo
