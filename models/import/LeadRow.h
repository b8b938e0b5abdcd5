#pragma once
// LeadRow: one data line of the user's file after mapping and validation: what will be sent
// (name, canonical URL, custom data) or why it will not be (the reason stays with the row all the
// way to the report).

#include <QString>

namespace kakiyo {

struct LeadRow
{
    enum class Rejection
    {
        None,
        Malformed, // the CSV line itself is broken (quote, field count)
        MissingName,
        BadUrl,
        CustomDataTooLong,
        OnDncList,
        Duplicate, // same canonical URL as an earlier row
    };

    qint64 line = 0; // physical line in the file (1-based): the user's "input row"
    QString name;
    QString inputUrl; // as in the file
    QString url; // canonical, empty when the URL was rejected
    QString customData;
    Rejection rejection = Rejection::None;
    QString reason; // sentence for the report
    qint64 duplicateOfLine = 0;

    bool isValid() const { return rejection == Rejection::None; }

    // Stable tokens for the journal and the report: "malformed", "missing_name", ...
    static QString rejectionToken(Rejection rejection);
    static Rejection rejectionFromToken(const QString &token);
};

} // namespace kakiyo
