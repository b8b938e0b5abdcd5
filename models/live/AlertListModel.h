// The current alerts of the live desk as a list for views: newest first, the title as the text,
// the detail as the tooltip, and roles for what the alert is about so a view can open it.
// Follows AutoRefresh (reset when the alerts change); dismiss(row) is persisted at once.
#pragma once

#include "models/live/Alert.h"

#include <QAbstractListModel>
#include <QPointer>

namespace kakiyo {

class AutoRefresh;

class AlertListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole, // Alert::kindName
        SeverityRole, // int(Alert::Severity)
        SubjectRole, // "agent", "campaign", "conversation", "webhook", "credits"
        SubjectIdRole,
        RaisedAtRole, // QDateTime, for sorting
    };

    explicit AlertListModel(QObject *parent = nullptr);

    void setSource(AutoRefresh *source); // null: empty
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Alert alertAt(int row) const;
    void dismiss(int row);

private:
    void reload();

    QPointer<AutoRefresh> m_source;
    QList<Alert> m_alerts;
};

} // namespace kakiyo
