#pragma once
// LinkedinUrl: a LinkedIn profile address brought to the one canonical form the API's Do Not
// Contact rules use (contract section D, open question 19; the API examples win):
// `https://linkedin.com/in/<slug>` with the slug lower-cased and percent-decoded. Everything a
// spreadsheet can hold in that column is accepted or rejected here, offline, with a reason the
// user can act on. Two inputs denote the same person exactly when their canonical forms match,
// which is what de-duplication and the DNC check compare.

#include <QString>
#include <QStringView>

namespace kakiyo {

struct LinkedinUrl
{
    enum class Problem
    {
        None,
        Empty, // nothing in the cell
        NotLinkedin, // another site, or not a URL at all
        ShortLink, // lnkd.in: cannot be resolved offline
        NotProfile, // company, school, post, job, group... pages
        SalesNavigator, // /sales/lead/... : internal id, not the public profile
        LegacyProfile, // /pub/... or /profile/view?id=...: old formats with no slug
        BadSlug, // /in/ with an empty or impossible name
    };

    QString input; // as given (trimmed)
    QString canonical; // https://linkedin.com/in/<slug>; empty when rejected
    QString slug; // lower-case, percent-decoded
    Problem problem = Problem::Empty;
    QString reason; // English sentence for the report; empty when valid

    bool isValid() const { return problem == Problem::None; }

    static LinkedinUrl parse(QStringView text);
    // Shortcut for comparisons: the canonical form, or an empty string when invalid.
    static QString normalised(QStringView text) { return parse(text).canonical; }
};

} // namespace kakiyo
