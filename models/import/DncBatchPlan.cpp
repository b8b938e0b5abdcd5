#include "models/import/DncBatchPlan.h"

#include "models/import/LinkedinUrl.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace kakiyo {

QString DncBatchLine::outcome() const
{
    switch (status) {
    case Status::Valid:
        return QCoreApplication::translate("DncBatchLine", "Will be added");
    case Status::Invalid:
        return QCoreApplication::translate("DncBatchLine", "Invalid: %1").arg(reason);
    case Status::Duplicate:
        return QCoreApplication::translate("DncBatchLine", "Duplicate of line %1").arg(firstLine);
    case Status::Listed:
        return listedSince.isValid()
            ? QCoreApplication::translate("DncBatchLine", "Already on the list since %1")
                  .arg(QLocale().toString(listedSince.toLocalTime().date(), QLocale::ShortFormat))
            : QCoreApplication::translate("DncBatchLine", "Already on the list");
    }
    return {};
}

QList<DncBatchPlan::Input> DncBatchPlan::linesOf(const QString &text)
{
    QList<Input> inputs;
    qint64 line = 0;
    for (QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        ++line;
        const QStringView trimmed = raw.trimmed();
        if (!trimmed.isEmpty())
            inputs.append({line, trimmed.toString()});
    }
    return inputs;
}

DncBatchPlan DncBatchPlan::make(const QList<Input> &inputs, const Lookup &listed)
{
    DncBatchPlan plan;
    plan.m_lines.reserve(inputs.size());
    QHash<QString, qint64> seen; // canonical URL -> first line
    for (const Input &in : inputs) {
        const LinkedinUrl url = LinkedinUrl::parse(in.text);
        DncBatchLine l;
        l.line = in.line;
        l.input = url.input.isEmpty() ? in.text.trimmed() : url.input;
        l.canonical = url.canonical;
        if (!url.isValid()) {
            l.status = DncBatchLine::Status::Invalid;
            l.reason = url.reason;
        } else if (const auto first = seen.constFind(url.canonical); first != seen.cend()) {
            l.status = DncBatchLine::Status::Duplicate;
            l.firstLine = *first;
        } else {
            seen.insert(url.canonical, in.line);
            const std::optional<QDateTime> since = listed ? listed(url.canonical) : std::nullopt;
            l.status = since ? DncBatchLine::Status::Listed : DncBatchLine::Status::Valid;
            if (since)
                l.listedSince = *since;
        }
        plan.m_lines.append(std::move(l));
    }
    return plan;
}

int DncBatchPlan::count(DncBatchLine::Status status) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
        [status](const DncBatchLine &l) { return l.status == status; }));
}

QStringList DncBatchPlan::toSend() const
{
    QStringList urls;
    for (const DncBatchLine &l : m_lines) {
        if (l.status == DncBatchLine::Status::Valid)
            urls.append(l.canonical);
    }
    return urls;
}

int DncBatchPlan::calls() const
{
    const int valid = count(DncBatchLine::Status::Valid);
    return (valid + MaxPerCall - 1) / MaxPerCall;
}

QList<QStringList> DncBatchPlan::chunks() const
{
    const QStringList urls = toSend();
    QList<QStringList> out;
    for (qsizetype i = 0; i < urls.size(); i += MaxPerCall)
        out.append(urls.mid(i, MaxPerCall));
    return out;
}

} // namespace kakiyo
