#include "models/PromptListModel.h"

#include "models/api/PromptsApi.h"

namespace kakiyo {

PromptListModel::PromptListModel(Connection *session, QObject *parent)
    : LibraryListModel(session, {tr("Prompt"), tr("Type"), tr("AI model"), tr("Created")}, parent)
{
}

QString PromptListModel::modelLabel(const QString &modelId) const
{
    if (modelId.isEmpty())
        return tr("—");
    return m_modelNames.value(modelId, modelId);
}

QVariant PromptListModel::displayText(const Prompt &p, int column) const
{
    switch (column) {
    case NameColumn:
        // The newer list may carry ids only.
        return p.name.isEmpty() ? tr("(unnamed prompt %1)").arg(p.id) : p.name;
    case TypeColumn:
        return p.type.isEmpty() ? tr("—") : p.type;
    case ModelColumn:
        return modelLabel(p.model);
    case CreatedColumn:
        return dateText(p.createdAt);
    }
    return {};
}

QVariant PromptListModel::sortValue(const Prompt &p, int column) const
{
    switch (column) {
    case NameColumn:
        return p.name.toLower();
    case TypeColumn:
        return p.type.toLower();
    case ModelColumn:
        return modelLabel(p.model).toLower();
    case CreatedColumn:
        return p.createdAt;
    }
    return {};
}

QVariant PromptListModel::cellData(const Prompt &p, int column, int role) const
{
    if (role == TypeRole)
        return p.type;
    if (role == Qt::ToolTipRole && column == ModelColumn && !p.model.isEmpty())
        return tr("Model id %1").arg(p.model);
    return {};
}

QHash<int, QByteArray> PromptListModel::roleNames() const
{
    QHash<int, QByteArray> names = LibraryListModel::roleNames();
    names.insert(TypeRole, "promptType");
    return names;
}

QString PromptListModel::newestNamed(const QString &name) const
{
    const Prompt *best = nullptr;
    for (const Prompt &p : m_items) {
        if (p.name == name && (!best || p.createdAt > best->createdAt))
            best = &p;
    }
    return best ? best->id : QString();
}

void PromptListModel::completeFrom(const Prompt &details)
{
    const int row = rowOf(details.id);
    if (row < 0)
        return;
    Prompt &p = m_items[row];
    bool changed = false;
    for (auto [mine, theirs] : {std::pair {&p.name, &details.name}, {&p.type, &details.type},
             {&p.model, &details.model}}) {
        if (mine->isEmpty() && !theirs->isEmpty()) {
            *mine = *theirs;
            changed = true;
        }
    }
    if (changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PromptListModel::setModelNames(const QHash<QString, QString> &names)
{
    if (names == m_modelNames)
        return;
    m_modelNames = names;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, ModelColumn), index(rowCount() - 1, ModelColumn));
}

void PromptListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    fetchList<PromptsApi>(options, ticket);
}

} // namespace kakiyo
