// Canonical form of a LinkedIn profile URL, shared by the DNC list and the import pipeline so a
// person is recognised whichever way the URL was typed (contract section D, "URL normalisation"):
// lower-case, add https://, drop www., drop a trailing slash, keep the username after /in/, and
// answer https://linkedin.com/in/<username>.
#pragma once

#include <QString>
#include <optional>

namespace kakiyo::sandbox {

class LinkedinUrl
{
public:
    // The canonical URL, or nullopt when the text is not a LinkedIn profile URL.
    static std::optional<QString> normalise(const QString &input);
    // The username part of a canonical URL ("https://linkedin.com/in/john" -> "john").
    static QString slugOf(const QString &canonicalUrl);
    static QString canonicalPrefix() { return QStringLiteral("https://linkedin.com/in/"); }
};

} // namespace kakiyo::sandbox
