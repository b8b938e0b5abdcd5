#include "models/ProspectBulkResultModel.h"

#include "models/import/ImportReport.h"

#include <QStringList>

namespace kakiyo {

ProspectBulkResultModel::ProspectBulkResultModel(ProspectBulkAction *action, QObject *parent)
    : QAbstractTableModel(parent)
    , m_action(action)
    , m_targets(action->targets())
    , m_results(action->results())
{
    connect(
        action, &ProspectBulkAction::progress, this, [this](int done, int) { onProgress(done); });
}

int ProspectBulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int ProspectBulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProspectBulkResultModel::onProgress(int done)
{
    if (!m_action)
        return;
    const int before = int(m_results.size());
    m_results = m_action->results();
    if (done < before || m_results.isEmpty()) {
        // A restart: every row waits again.
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const int last = std::min(int(m_results.size()), rowCount()) - 1;
    if (last >= before)
        emit dataChanged(index(before, 0), index(last, ColumnCount - 1));
}

ProspectBulkResultModel::Outcome ProspectBulkResultModel::outcome(int row) const
{
    if (row < 0 || row >= m_results.size())
        return Outcome::Waiting;
    const auto &r = m_results.at(row);
    if (!r.sent)
        return Outcome::NotSent;
    return r.ok ? Outcome::Done : Outcome::Failed;
}

int ProspectBulkResultModel::count(Outcome wanted) const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row)
        n += outcome(row) == wanted ? 1 : 0;
    return n;
}

static QString outcomeText(ProspectBulkResultModel::Outcome o)
{
    switch (o) {
    case ProspectBulkResultModel::Outcome::Waiting:
        return ProspectBulkResultModel::tr("Waiting");
    case ProspectBulkResultModel::Outcome::Done:
        return ProspectBulkResultModel::tr("Done");
    case ProspectBulkResultModel::Outcome::Failed:
        return ProspectBulkResultModel::tr("Failed");
    case ProspectBulkResultModel::Outcome::NotSent:
        return ProspectBulkResultModel::tr("Not sent");
    }
    return {};
}

QString ProspectBulkResultModel::summary() const
{
    QStringList parts;
    const int done = count(Outcome::Done);
    const int failed = count(Outcome::Failed);
    const int notSent = count(Outcome::NotSent);
    const int waiting = count(Outcome::Waiting);
    if (done)
        parts << tr("%L1 done").arg(done);
    if (failed)
        parts << tr("%L1 failed").arg(failed);
    if (notSent)
        parts << tr("%L1 not sent").arg(notSent);
    if (waiting)
        parts << tr("%L1 waiting").arg(waiting);
    return parts.join(QStringLiteral(" · "));
}

QVariant ProspectBulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Outcome o = outcome(row);
    if (role == OutcomeRole)
        return int(o);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ProspectColumn: {
        const auto &t = m_targets.at(row);
        return t.name.isEmpty() ? t.chatId : t.name;
    }
    case OutcomeColumn:
        return outcomeText(o);
    case DetailsColumn:
        return row < m_results.size() ? m_results.at(row).message : QString();
    }
    return {};
}

QVariant ProspectBulkResultModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProspectColumn:
        return tr("Prospect");
    case OutcomeColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QString ProspectBulkResultModel::toCsv() const
{
    QStringList lines {QStringLiteral("prospect,chat_id,prospect_id,result,details")};
    for (int row = 0; row < rowCount(); ++row) {
        const auto &t = m_targets.at(row);
        lines << QStringList {ImportReport::csvCell(t.name), ImportReport::csvCell(t.chatId),
            ImportReport::csvCell(t.prospectId), ImportReport::csvCell(outcomeText(outcome(row))),
            ImportReport::csvCell(row < m_results.size() ? m_results.at(row).message : QString())}
                     .join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace kakiyo
