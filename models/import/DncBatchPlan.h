// What a "many at once" Do Not Contact request would do, worked out offline before any call:
// each input line is valid (with its canonical URL), invalid (with the reason), a duplicate of an
// earlier line, or already on the list (from the loaded list). The valid ones are sent in calls
// of at most MaxPerCall URLs, which is what the preview counts and the sender uses.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace kakiyo {

struct DncBatchLine
{
    enum class Status
    {
        Valid, // will be sent
        Invalid, // not a LinkedIn profile URL; `reason` says why
        Duplicate, // the same person as an earlier line (`firstLine`)
        Listed, // already on the Do Not Contact list (`listedSince`)
    };

    qint64 line = 0; // 1-based line of the pasted text or of the file
    QString input; // as given, trimmed
    QString canonical; // https://linkedin.com/in/<slug>; empty when invalid
    Status status = Status::Invalid;
    QString reason; // for Invalid
    qint64 firstLine = 0; // for Duplicate
    QDateTime listedSince; // for Listed

    // One short phrase for the preview ("Will be added", "Duplicate of line 3", ...).
    QString outcome() const;
};

class DncBatchPlan
{
public:
    // POST /dnc/batch documents no maximum and recommends 100–500 per request; 100 keeps each call
    // small (one failed call loses little) and matches the project's other batches.
    static constexpr int MaxPerCall = 100;

    struct Input
    {
        qint64 line = 0;
        QString text;
    };
    // When the URL (canonical form) was put on the list; nullopt when it is not on it. (No
    // DncEntry here: see DncListEditor.h for why this header stays free of the domain's DNC types.)
    using Lookup = std::function<std::optional<QDateTime>(const QString &canonical)>;

    // One input per non-blank line of pasted text, with its line number.
    static QList<Input> linesOf(const QString &text);
    static DncBatchPlan make(const QList<Input> &inputs, const Lookup &listed);

    const QList<DncBatchLine> &lines() const { return m_lines; }
    int count(DncBatchLine::Status status) const;
    // Canonical URLs to send, in input order, once each.
    QStringList toSend() const;
    // Calls needed to send them: ceil(valid / MaxPerCall).
    int calls() const;
    // toSend() cut into the calls' entries.
    QList<QStringList> chunks() const;

private:
    QList<DncBatchLine> m_lines;
};

} // namespace kakiyo
