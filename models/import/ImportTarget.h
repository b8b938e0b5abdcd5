#pragma once
// ImportTarget: where the rows go — one campaign (POST /prospects/batch) or several with the
// server's round-robin by workload (POST /prospects/batch/round-robin, at least 2 campaigns).
// Part of an import's identity in the journal: the same file to another target is a new import.

#include <QString>
#include <QStringList>

namespace kakiyo {

struct ImportTarget
{
    enum class Kind
    {
        Campaign,
        RoundRobin
    };

    Kind kind = Kind::Campaign;
    QStringList campaignIds;

    static ImportTarget campaign(const QString &campaignId);
    static ImportTarget roundRobin(const QStringList &campaignIds);

    // Empty when usable; else what is wrong, in words.
    QString problem() const;
    // Stable key: "campaign:<id>" or "round-robin:<id>,<id>" (ids sorted: the order the user
    // listed them in does not change where the server sends rows).
    QString key() const;
    static ImportTarget fromKey(const QString &key);

    friend bool operator==(const ImportTarget &, const ImportTarget &) = default;
};

} // namespace kakiyo
