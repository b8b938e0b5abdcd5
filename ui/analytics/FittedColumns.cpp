#include "ui/analytics/FittedColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace kakiyo {

FittedColumns *FittedColumns::apply(QTableView *table)
{
    return new FittedColumns(table);
}

FittedColumns::FittedColumns(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Titles wrap onto two lines (never elided mid-word): a column is as wide as its longest word.
    header->setTextElideMode(Qt::ElideNone);
    header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * header->fontMetrics().height() + 10);
    header->setMinimumSectionSize(MinimumWidth);
    table->viewport()->installEventFilter(this);
    // New rows or columns change the natural widths.
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &FittedColumns::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FittedColumns::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FittedColumns::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &FittedColumns::fitLater);
    }
    fitLater();
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

int FittedColumns::naturalWidth(int column) const
{
    // Public in QAbstractItemView, protected in QTableView.
    const QAbstractItemView *view = m_table;
    QHeaderView *header = m_table->horizontalHeader();
    const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
    const QFontMetrics metrics = header->fontMetrics();
    int word = 0;
    for (const QString &w : title.split(u' ', Qt::SkipEmptyParts))
        word = std::max(word, metrics.horizontalAdvance(w));
    // On two lines at most: the longest word, or half the title, plus the style's own margins
    // (what its one-line size adds to the text).
    const int text = metrics.horizontalAdvance(title);
    const int margins = std::max(0, header->sectionSizeHint(column) - text);
    const int titleWidth = std::max(word, (text + 1) / 2 + metrics.averageCharWidth()) + margins;
    return std::max({view->sizeHintForColumn(column), titleWidth, int(MinimumWidth)});
}

bool FittedColumns::isText(int column) const
{
    const QAbstractItemModel *model = m_table->model();
    if (!model || model->rowCount() == 0)
        return false;
    const QVariant align = model->index(0, column).data(Qt::TextAlignmentRole);
    return !align.isValid() || (Qt::Alignment(align.toInt()) & Qt::AlignLeft);
}

void FittedColumns::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = header->count();
    const int available = m_table->viewport()->width();
    if (columns == 0 || available <= 0)
        return;
    QList<int> widths(columns, 0);
    int total = 0;
    int numbers = 0; // natural width of the columns holding numbers
    int texts = 0;
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        widths[c] = naturalWidth(c);
        total += widths[c];
        (isText(c) ? texts : numbers) += widths[c];
    }
    if (total > available) {
        // Names and statuses give way first (elided, full text in the tooltip); numbers keep
        // their width while the text columns keep TextMinimum each; past that, all shrink.
        int textColumns = 0;
        for (int c = 0; c < columns; ++c)
            textColumns += !header->isSectionHidden(c) && isText(c);
        const bool numbersFit = numbers + textColumns * int(TextMinimum) <= available;
        const double textScale
            = numbersFit && texts > 0 ? double(available - numbers) / texts : 1.0;
        const double allScale = double(available) / double(total);
        for (int c = 0; c < columns; ++c) {
            if (header->isSectionHidden(c))
                continue;
            if (numbersFit)
                widths[c] = isText(c) ? std::max(int(TextMinimum), int(widths[c] * textScale))
                                      : widths[c];
            else
                widths[c] = std::max(int(MinimumWidth), int(widths[c] * allScale));
        }
        int sum = 0;
        for (int w : std::as_const(widths))
            sum += w;
        // What the minimums add back comes off the widest columns.
        while (sum > available) {
            const auto widest = std::max_element(widths.begin(), widths.end());
            const int cut = std::min(sum - available, *widest - int(MinimumWidth));
            if (cut <= 0)
                break; // every column at its minimum: nothing left to give
            *widest -= cut;
            sum -= cut;
        }
    }
    for (int c = 0; c < columns; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, widths[c]);
}

} // namespace kakiyo
