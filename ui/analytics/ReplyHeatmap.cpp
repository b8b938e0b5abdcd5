#include "ui/analytics/ReplyHeatmap.h"

#include "models/AnalyticsTableModel.h"
#include "ui/shell/Theme.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTransposeProxyModel>

namespace kakiyo {

namespace {

// Fills each cell with the accent colour at an opacity that grows with the count; text switches
// to the base colour on dark shades so it stays readable.
class HeatDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    double maximum = 0;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const double value = index.data(AnalyticsTableModel::RawRole).toDouble();
        const double share = maximum > 0 ? value / maximum : 0;
        QColor fill = Theme::accent();
        fill.setAlphaF(float(0.08 + 0.92 * share));
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
        painter->setPen(share > 0.55 ? option.palette.color(QPalette::Base)
                                     : option.palette.color(QPalette::Text));
        if (value > 0)
            painter->drawText(option.rect, Qt::AlignCenter, QString::number(qint64(value)));
    }
};

// The hour table turned: weekdays as rows, hours as columns, hours named in the header.
class TurnedHours final : public QTransposeProxyModel
{
public:
    using QTransposeProxyModel::QTransposeProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QString::number(section);
        return QTransposeProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

ReplyHeatmap::ReplyHeatmap(AnalyticsTableModel *hours, QWidget *parent)
    : QTableView(parent)
    , m_turned(new TurnedHours(this))
{
    setObjectName(QStringLiteral("replyHeatmap"));
    setAccessibleName(tr("Replies by weekday and hour"));
    setToolTip(tr("Prospects' last replies by weekday (rows) and hour of the day (columns, your "
                  "time). The API gives each conversation's last reply only."));
    m_turned->setSourceModel(hours);
    setModel(m_turned);
    setItemDelegate(new HeatDelegate(this));
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setShowGrid(false);
    setFocusPolicy(Qt::NoFocus);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(18);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(26);
    connect(hours, &QAbstractItemModel::modelReset, this, &ReplyHeatmap::refresh);
    refresh();
}

QSize ReplyHeatmap::sizeHint() const
{
    return {640, verticalHeader()->defaultSectionSize() * 7 + horizontalHeader()->height() + 6};
}

void ReplyHeatmap::refresh()
{
    // Row 0 of the turned table is the source's hour labels: the header shows them already.
    if (m_turned->rowCount() > 0)
        setRowHidden(0, true);
    double maximum = 0;
    for (int r = 1; r < m_turned->rowCount(); ++r)
        for (int c = 0; c < m_turned->columnCount(); ++c)
            maximum = std::max(
                maximum, m_turned->index(r, c).data(AnalyticsTableModel::RawRole).toDouble());
    static_cast<HeatDelegate *>(itemDelegate())->maximum = maximum;
    setMinimumHeight(sizeHint().height());
    viewport()->update();
}

} // namespace kakiyo
