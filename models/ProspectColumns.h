// ProspectColumns: the columns every prospect table shows (search results, a campaign's list,
// exports) and how one ProspectSearchItem reads in each — formatted text for display, a raw
// value (number/date/string) for sorting, and the CSV cell.
#pragma once

#include "models/domain/Prospect.h"

#include <QString>
#include <QVariant>

namespace kakiyo {

class ProspectColumns
{
public:
    enum Column
    {
        Name,
        Headline,
        Company,
        JobTitle,
        Campaign,
        Status,
        Qualification,
        LastActivity,
        Location,
        Count
    };

    static QString title(int column);
    static QString text(const ProspectSearchItem &item, int column);
    static QVariant raw(const ProspectSearchItem &item, int column);
    static QString location(const Prospect &prospect);

    // CSV: header line and one row (RFC 4180 quoting; formula-looking cells are neutralised).
    static QString csvHeader();
    static QString csvRow(const ProspectSearchItem &item);
    static QString csvCell(const QString &value);
};

} // namespace kakiyo
