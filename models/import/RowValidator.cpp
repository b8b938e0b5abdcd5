#include "models/import/RowValidator.h"

#include "models/import/LinkedinUrl.h"

namespace kakiyo {

RowValidator::RowValidator(const ColumnMapping &mapping)
    : m_mapping(mapping)
{
}

void RowValidator::setDncList(const QStringList &urls)
{
    m_dnc.clear();
    for (const QString &url : urls) {
        const QString canonical = LinkedinUrl::normalised(url);
        if (!canonical.isEmpty())
            m_dnc.insert(canonical);
    }
}

LeadRow RowValidator::validate(const CsvRecord &record)
{
    using Rejection = LeadRow::Rejection;
    LeadRow row;
    row.line = record.line;
    row.name = m_mapping.name(record.fields);
    row.inputUrl = m_mapping.url(record.fields);
    row.customData = m_mapping.customData(record.fields);
    const LinkedinUrl url = LinkedinUrl::parse(row.inputUrl);
    row.url = url.canonical;

    auto reject = [&row](Rejection rejection, const QString &reason) {
        row.rejection = rejection;
        row.reason = reason;
        return row;
    };
    // Most fundamental first: a broken line says nothing reliable about its cells.
    if (record.isMalformed())
        return reject(Rejection::Malformed, record.problem);
    if (row.name.isEmpty())
        return reject(Rejection::MissingName, QStringLiteral("No name"));
    if (!url.isValid())
        return reject(Rejection::BadUrl, url.reason);
    if (row.customData.size() > ColumnMapping::MaxCustomData)
        return reject(Rejection::CustomDataTooLong,
            QStringLiteral("Custom data has %1 characters; the limit is %2")
                .arg(row.customData.size())
                .arg(ColumnMapping::MaxCustomData));
    // DNC before duplicates: every copy of a DNC-listed person says "on DNC list".
    if (m_dnc.contains(row.url))
        return reject(Rejection::OnDncList, QStringLiteral("On your Do Not Contact list"));
    const auto seen = m_seen.constFind(row.url);
    if (seen != m_seen.constEnd()) {
        row.duplicateOfLine = seen.value();
        return reject(
            Rejection::Duplicate, QStringLiteral("Duplicate of line %1").arg(seen.value()));
    }
    m_seen.insert(row.url, row.line);
    return row;
}

} // namespace kakiyo
