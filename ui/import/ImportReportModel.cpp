#include "ui/import/ImportReportModel.h"

#include "models/import/ImportJournal.h"
#include "ui/shell/Theme.h"

namespace kakiyo {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportReportModel::setLines(QList<ImportReport::Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ImportReport::Line &line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return QString::number(line.line);
        case NameColumn:
            return line.name;
        case UrlColumn:
            return line.url;
        case OutcomeColumn:
            return outcomeLabel(line.outcome);
        case ReasonColumn:
            return line.reason;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == LineColumn)
        return line.line;
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (line.outcome == u"imported")
            return Theme::success();
        if (line.outcome == ImportJournal::Pending || line.outcome == ImportJournal::Missing)
            return Theme::warning();
        if (line.outcome != u"existing")
            return Theme::danger();
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("LinkedIn URL");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QString ImportReportModel::outcomeLabel(const QString &outcome)
{
    if (outcome == u"imported")
        return tr("Imported");
    if (outcome == u"existing")
        return tr("Already in a campaign");
    if (outcome == u"invalid")
        return tr("Invalid (server)");
    if (outcome == u"skipped_dnc")
        return tr("Skipped (Do Not Contact)");
    if (outcome == u"enrichment_failed")
        return tr("Profile not found");
    if (outcome == ImportJournal::Rejected)
        return tr("Left out");
    if (outcome == ImportJournal::Pending)
        return tr("Not sent / pending");
    if (outcome == ImportJournal::Missing)
        return tr("Not reported");
    return outcome;
}

} // namespace kakiyo
