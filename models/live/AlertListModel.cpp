#include "models/live/AlertListModel.h"

#include "models/live/AutoRefresh.h"

namespace kakiyo {

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertListModel::setSource(AutoRefresh *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &AutoRefresh::alertsChanged, this, &AlertListModel::reload);
    reload();
}

void AlertListModel::reload()
{
    beginResetModel();
    m_alerts = m_source ? m_source->inbox().current() : QList<Alert>();
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case Qt::ToolTipRole:
        return a.detail;
    case IdRole:
        return a.id;
    case KindRole:
        return Alert::kindName(a.kind);
    case SeverityRole:
        return int(a.severity);
    case SubjectRole:
        return a.subjectKind();
    case SubjectIdRole:
        return a.subjectId;
    case RaisedAtRole:
        return a.raisedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "alertId");
    names.insert(KindRole, "kind");
    names.insert(SeverityRole, "severity");
    names.insert(SubjectRole, "subject");
    names.insert(SubjectIdRole, "subjectId");
    names.insert(RaisedAtRole, "raisedAt");
    return names;
}

Alert AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? m_alerts.at(row) : Alert();
}

void AlertListModel::dismiss(int row)
{
    if (row < 0 || row >= m_alerts.size() || !m_source)
        return;
    m_source->dismiss(m_alerts.at(row).id); // alertsChanged reloads the list
}

} // namespace kakiyo
