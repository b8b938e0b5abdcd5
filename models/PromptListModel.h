// The team's prompts (GET /prompts) as a table: name, type, AI model, created. The model column
// shows the model's name once the catalogue is known (setModelNames), its id until then.
// Cached answer first (ServerListModel); DisplayRole is formatted text, RawRole the sort value.
#pragma once

#include "models/LibraryListModel.h"
#include "models/domain/Prompt.h"

#include <QHash>

namespace kakiyo {

class PromptListModel final : public LibraryListModel<Prompt>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptListModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ModelColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        // The API's type string (Messages, Comment, legacy message/invitation).
        TypeRole = FirstOwnRole,
    };

    explicit PromptListModel(Connection *session, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    const QList<Prompt> &prompts() const { return m_items; }
    Prompt prompt(int row) const { return m_items.value(row); }
    // The newest prompt called `name` (POST /prompts returns no id), or an empty string.
    QString newestNamed(const QString &name) const;

    // Fills what the list lacked (the newer list may carry ids only) from GET /prompts/{id}.
    void completeFrom(const Prompt &details);

    // Model id -> display name, from the catalogue.
    void setModelNames(const QHash<QString, QString> &names);
    QString modelLabel(const QString &modelId) const;

protected:
    QVariant displayText(const Prompt &p, int column) const override;
    QVariant sortValue(const Prompt &p, int column) const override;
    QVariant cellData(const Prompt &p, int column, int role) const override;
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    QHash<QString, QString> m_modelNames;
};

} // namespace kakiyo
