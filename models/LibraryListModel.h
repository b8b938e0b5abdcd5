// The shared part of the Library's list models (products, prompts, the model catalogue): the
// rows are one list of decoded values, each with an `id`; a load replaces the list. data() answers
// the roles every list has (id, display and accessible text, raw sort value); subclasses keep their
// columns, give each cell's text and sort value (displayText, sortValue) and other roles
// (cellData), and send the request (ServerListModel::fetch, fetchList for a plain list).
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &item = m_items.at(index.row());
        switch (role) {
        case IdRole:
            return item.id;
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayText(item, index.column());
        case RawRole:
            return sortValue(item, index.column());
        default:
            return cellData(item, index.column(), role);
        }
    }
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
    LibraryListModel(Connection *session, const QStringList &titles, QObject *parent)
        : ServerListModel(session, int(titles.size()), parent)
        , m_titles(titles)
    {
        setScopeRule(ScopeRule::TeamWide);
    }

    // A cell's text, as shown and as read out.
    virtual QVariant displayText(const T &item, int column) const = 0;
    // What a column sorts by (RawRole).
    virtual QVariant sortValue(const T &item, int column) const = 0;
    // Any other role of a cell (tooltips, alignment, the subclass's own roles); none by default.
    virtual QVariant cellData(const T &, int, int) const { return {}; }

    void replaceRows(const QList<T> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }

    // fetch() for a list the API answers as QList<T>: Api(connection()).list(...) replaces the
    // rows.
    template<typename Api> void fetchList(const ReadOptions &options, quint64 ticket)
    {
        Api(connection())
            .list(this,
                ServerListModel::completion<QList<T>>(
                    ticket, [this](const QList<T> &items) { replaceRows(items); }),
                options);
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
