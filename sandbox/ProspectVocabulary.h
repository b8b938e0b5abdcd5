// Word lists that make seeded and "enriched" prospects look like real LinkedIn profiles: names,
// companies, job titles, places, and the lines of a typical outreach conversation. Everything is
// picked by the caller's number, so the same seed always gives the same team.
#pragma once

#include <QString>
#include <QStringList>

namespace kakiyo::sandbox {

class ProspectVocabulary
{
public:
    struct Profile
    {
        QString firstName;
        QString lastName;
        QString headline;
        QString about;
        QString companyName;
        QString jobTitle;
        QString companyWebsite; // empty: unknown
        QString companyLinkedinUrl; // empty: unknown
        QString city;
        QString country;
    };

    static int firstNameCount();
    static int lastNameCount();
    static QString firstName(quint64 pick);
    static QString lastName(quint64 pick);
    // A profile built from independent picks of one 64-bit number (a hash or a random draw).
    static Profile profile(quint64 bits, const QString &firstName, const QString &lastName);
    // The pool of (city, country) pairs, so tests and filters can name them.
    static QStringList cities();

    // Conversation lines; %1 = prospect first name, %2 = company, %3 = agent-side product phrase.
    static QString opener(quint64 pick);
    static QString followUp(quint64 pick);
    static QString reply(quint64 pick, bool positive);
    static QString agentAnswer(quint64 pick);
    static QString closing(quint64 pick, bool qualified);
};

} // namespace kakiyo::sandbox
