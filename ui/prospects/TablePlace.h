// Where the user is in a table whose rows may move while it is loaded again in place (a live
// refresh: a prospect who replied moves to the top): the current row and the selected rows, by an
// id role, and the scroll position. keep() before asking, restore() once the new rows are in: the
// same items are current and selected again and the view has not scrolled. Rows the new answer no
// longer holds are simply not selected.
#pragma once

#include <QSet>
#include <QString>

class QTableView;

namespace kakiyo {

class TablePlace final
{
public:
    TablePlace(QTableView *table, int idRole);

    void keep();
    void restore(); // nothing when nothing is kept; keeps it for a later restore()
    void forget() { m_kept = false; }
    bool isKept() const { return m_kept; }

private:
    QTableView *m_table;
    int m_role;
    QString m_current;
    QSet<QString> m_selected;
    int m_vertical = 0;
    int m_horizontal = 0;
    bool m_kept = false;
};

} // namespace kakiyo
