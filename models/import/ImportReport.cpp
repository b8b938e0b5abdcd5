#include "models/import/ImportReport.h"

#include <QSaveFile>

namespace kakiyo {

ImportReport ImportReport::fromRows(const QList<ImportJournal::Row> &rows)
{
    ImportReport report;
    report.lines.reserve(rows.size());
    for (const ImportJournal::Row &row : rows) {
        report.lines.append({row.line, row.name, row.url.isEmpty() ? row.inputUrl : row.url,
            row.outcome, row.reason, row.chatId, row.campaignId});
    }
    return report;
}

ImportReport ImportReport::fromJournal(const ImportJournal &journal, qint64 importId)
{
    return fromRows(journal.rows(importId));
}

QMap<QString, int> ImportReport::counts() const
{
    QMap<QString, int> counts;
    for (const Line &line : lines)
        ++counts[line.outcome];
    return counts;
}

int ImportReport::count(const QString &outcome) const
{
    int n = 0;
    for (const Line &line : lines)
        n += line.outcome == outcome ? 1 : 0;
    return n;
}

int ImportReport::unresolved() const
{
    return count(ImportJournal::Pending) + count(ImportJournal::Missing);
}

QStringList ImportReport::csvHeader()
{
    return {QStringLiteral("Input row"), QStringLiteral("Name"), QStringLiteral("LinkedIn URL"),
        QStringLiteral("Outcome"), QStringLiteral("Reason"), QStringLiteral("Chat ID"),
        QStringLiteral("Campaign ID")};
}

QString ImportReport::csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r') || cell.contains(u';') || cell.contains(u'\t')
        || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

QByteArray ImportReport::toCsv() const
{
    QString text;
    text.reserve(lines.size() * 96);
    auto appendRow = [&text](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvCell(cells.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    appendRow(csvHeader());
    for (const Line &line : lines) {
        appendRow({QString::number(line.line), line.name, line.url, line.outcome, line.reason,
            line.chatId, line.campaignId});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ImportReport::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray csv = toCsv();
    if (file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace kakiyo
