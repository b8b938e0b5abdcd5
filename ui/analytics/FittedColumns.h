#pragma once
// FittedColumns: keeps a table's columns inside its width, so a wide table (the per-sender table
// has fifteen columns) never scrolls sideways. While the columns' natural widths (content and
// header) fit, each gets its natural width and the last takes what is left; when they do not,
// the text columns (names, statuses) give way first and are elided (full text in the tooltips),
// then every column shrinks in proportion. Titles wrap onto two lines rather than being cut.

#include <QObject>

class QTableView;

namespace kakiyo {

class FittedColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittedColumns)

public:
    static constexpr int MinimumWidth = 44;
    static constexpr int TextMinimum = 72; // a name column is not squeezed below this first

    // Owned by `table`.
    static FittedColumns *apply(QTableView *table);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FittedColumns(QTableView *table);
    void fit();
    int naturalWidth(int column) const;
    bool isText(int column) const;
    void fitLater();

    QTableView *m_table;
    bool m_pending = false;
};

} // namespace kakiyo
