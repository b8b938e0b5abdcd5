// A Kakiyo API key as a value that is hard to leak: the format check (40 characters, a 20-character
// team id followed by a 20-character secret, letters and digits only) and a redacted form for
// anything a person or a log may see. Streaming it to QDebug prints the redacted form.
#pragma once

#include <QString>

class QDebug;

namespace kakiyo {

class ApiKey
{
public:
    static constexpr int Length = 40;
    static constexpr int TeamIdLength = 20;

    ApiKey() = default;
    explicit ApiKey(const QString &text);
    // What a person pasted: surrounding whitespace and line breaks are dropped.
    static ApiKey fromUserInput(const QString &text);

    // The whole secret: only for the Authorization header and the keychain.
    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

    bool isWellFormed() const;
    static bool isWellFormed(const QString &text);
    // Empty when well formed; otherwise one sentence for the user that never repeats the key.
    QString problem() const;

    // The team id the key starts with; empty unless the key is well formed.
    QString teamIdPart() const;
    // "abcd…7890": enough to recognise a key, never enough to use it. Short or malformed input
    // shows less (a malformed key may be a secret pasted into the wrong field).
    QString redacted() const;

    bool operator==(const ApiKey &other) const = default;

private:
    QString m_text;
};

QDebug operator<<(QDebug debug, const ApiKey &key);

} // namespace kakiyo
