#pragma once
// OutreachSnapshot: one day's copy of the outreach figures the API cannot date — the team's and
// each campaign's invitations sent and connections made (from conversation statuses) and each
// sender's invitation counters (usage.invitationsDaily / usage.invitations). OutreachLoader keeps
// one per day in the cache (key OutreachSnapshot::CacheKey), so a week's invitations and the
// change over a period come from what the app saw on earlier days, at no extra call.

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

struct CacheSnapshot;
struct OutreachFigures;

struct OutreachSnapshot
{
    static constexpr const char *CacheKey = "outreach/figures";

    struct Counts
    {
        qint64 invited = 0;
        qint64 accepted = 0;
        bool operator==(const Counts &) const = default;
    };
    struct Usage
    {
        qint64 invitationsDaily = 0;
        qint64 invitationsMonth = 0;
        bool operator==(const Usage &) const = default;
    };

    QDate day;
    bool complete = false; // every conversation was read (team counts are not a sample)
    Counts team;
    QHash<QString, Counts> campaigns; // by campaign id
    QHash<QString, Usage> senders; // by agent id; only senders whose details carried usage

    static OutreachSnapshot fromFigures(const OutreachFigures &figures, QDate day);
    QByteArray toJson() const;
    static std::optional<OutreachSnapshot> fromJson(const QByteArray &body, QDate day);
    // Stored bodies that do not decode are left out.
    static QList<OutreachSnapshot> fromCache(const QList<CacheSnapshot> &stored);
    bool operator==(const OutreachSnapshot &) const = default;
};

} // namespace kakiyo
