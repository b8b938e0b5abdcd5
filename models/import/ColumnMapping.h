#pragma once
// ColumnMapping: which columns of the user's file hold the prospect's name (one column, or first
// + last name), the LinkedIn URL, and the custom data (one column, or several joined through a
// template such as `{Company} – {Title}`). detect() guesses it from header names in the
// languages exports come in (and from the cells when no header says "LinkedIn"); the wizard and
// the command line let the user change every part of it. It is a value: the journal stores it as
// JSON so a resumed import maps its rows exactly as before.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kakiyo {

struct ColumnMapping
{
    static constexpr int MaxCustomData = 3000; // contract: customData maxLength

    QStringList headers; // the file's column names, in order
    int nameColumn = -1; // full name; when -1, first + last are joined
    int firstNameColumn = -1;
    int lastNameColumn = -1;
    int urlColumn = -1;
    QString customTemplate; // `{Header}` placeholders; empty: no custom data

    // Guesses from the header names; sampleRows (a few data rows) break ties and find the URL
    // column when no header names it.
    static ColumnMapping detect(
        const QStringList &headers, const QList<QStringList> &sampleRows = {});
    // The column with this header name (case, accents and punctuation ignored), or -1.
    int columnNamed(const QString &name) const;
    // Template for one or several columns, joined by " – " in the order given.
    QString templateFor(const QList<int> &columns) const;

    bool hasName() const { return nameColumn >= 0 || firstNameColumn >= 0 || lastNameColumn >= 0; }
    // Empty when the mapping can import; else what is missing, in words.
    QString problem() const;
    // Placeholders in customTemplate that match no column.
    QStringList unknownPlaceholders() const;

    QString name(const QStringList &fields) const; // whitespace simplified
    QString url(const QStringList &fields) const; // trimmed, not normalised
    QString customData(
        const QStringList &fields) const; // template filled, trimmed; may exceed 3000

    // For the journal; fromJson(toJson(m)) == m.
    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &object);
    // "name=Full name,url=Profile URL,custom={Company}" as the command line prints and reads it.
    QString describe() const;

    // Header name reduced to what matters for matching: lower case, no accents, letters/digits.
    static QString headerKey(const QString &header);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace kakiyo
