#pragma once
// ReportOptions: what goes on the title page of an analytics report and its paper size.

#include <QPageSize>
#include <QString>

namespace kakiyo {

struct ReportOptions
{
    QString teamName; // team or workspace name (agency reports name the client workspace)
    QString rangeText; // "all stored history" or "1 Jan 2024 – 20 Jan 2024"
    QString logoPath; // optional image for agencies; ignored when unreadable
    QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or Letter
};

} // namespace kakiyo
