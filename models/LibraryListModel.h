// The shared part of the Library's list models (products, prompts, the model catalogue): the
// rows are one list of decoded values, each with an `id`; a load replaces the list. Subclasses
// keep their columns, data() and the request (ServerListModel::fetch).
#pragma once

#include "models/ServerListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace kakiyo {

template<typename T> class LibraryListModel : public ServerListModel
{
public:
    // Roles every Library list has; subclasses add theirs from FirstOwnRole.
    enum BaseRole
    {
        IdRole = Qt::UserRole + 1,
        RawRole, // the value to sort by
        FirstOwnRole,
    };

    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return m_titles.value(section);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = ServerListModel::roleNames();
        names.insert(IdRole, "id");
        names.insert(RawRole, "raw");
        return names;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    // The row of the item with this id, or -1.
    int rowOf(const QString &id) const
    {
        const auto it = std::find_if(
            m_items.cbegin(), m_items.cend(), [&id](const T &item) { return item.id == id; });
        return it == m_items.cend() ? -1 : int(it - m_items.cbegin());
    }

protected:
    // `titles`: one per column, for the horizontal header.
    LibraryListModel(ApiSession *session, const QStringList &titles, QObject *parent)
        : ServerListModel(session, int(titles.size()), parent)
        , m_titles(titles)
    {
    }

    void replaceRows(const QList<T> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }

    // A creation date as the lists show it ("10 Jul 2026"), a dash when unknown.
    static QString dateText(const QDateTime &when)
    {
        return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                              : QCoreApplication::translate("LibraryListModel", "—");
    }

    QList<T> m_items;

private:
    QStringList m_titles;
};

} // namespace kakiyo
