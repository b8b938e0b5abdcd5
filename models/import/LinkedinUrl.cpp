#include "models/import/LinkedinUrl.h"

#include <QByteArray>
#include <QStringList>

namespace kakiyo {

namespace {

LinkedinUrl rejected(LinkedinUrl url, LinkedinUrl::Problem problem, const QString &reason)
{
    url.problem = problem;
    url.reason = reason;
    url.canonical.clear();
    url.slug.clear();
    return url;
}

// Subdomains LinkedIn serves the same profile under: www, mobile, and country/language editions
// (fr., uk., de., es-la. ...). Anything else (business., learning., ...) is not a profile host.
bool isFoldableSubdomain(const QString &label)
{
    if (label == u"www" || label == u"m" || label == u"mobile")
        return true;
    auto letters = [&label](qsizetype from, qsizetype n) {
        for (qsizetype i = from; i < from + n; ++i) {
            if (label.at(i) < u'a' || label.at(i) > u'z')
                return false;
        }
        return true;
    };
    return (label.size() == 2 && letters(0, 2))
        || (label.size() == 5 && letters(0, 2) && label.at(2) == u'-' && letters(3, 2));
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Percent-decoding as browsers show the address. Strict: only "%" + two hex digits is an escape
// (QByteArray::fromPercentEncoding turns "%r%" into a byte of its own, which made the canonical
// form decode differently a second time); any other "%" stays and the slug check rejects it. A
// slug that is not valid UTF-8 once decoded was mangled on the way into the spreadsheet.
bool decodeSegment(const QString &segment, QString *out)
{
    if (!segment.contains(QLatin1Char('%'))) {
        *out = segment;
        return true;
    }
    const QByteArray utf8 = segment.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '%' && i + 2 < utf8.size()) {
            const int high = hexValue(QLatin1Char(utf8.at(i + 1)));
            const int low = hexValue(QLatin1Char(utf8.at(i + 2)));
            if (high >= 0 && low >= 0) {
                bytes.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        bytes.append(utf8.at(i));
    }
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.contains(QChar::ReplacementCharacter))
        return false;
    *out = decoded;
    return true;
}

bool isPlausibleSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > 100)
        return false;
    for (const QChar c : slug) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
        // '%' too: a decoded slug holding one would decode again when normalised a second time.
        if (QStringView(u"/?#@<>\"'\\{}|^`[],;:%").contains(c))
            return false;
    }
    return true;
}

} // namespace

LinkedinUrl LinkedinUrl::parse(QStringView text)
{
    LinkedinUrl url;
    QString s = text.trimmed().toString();
    // Cells copied from web pages and e-mails often wrap the address in <...> or quotes.
    while (s.size() >= 2
        && ((s.front() == u'<' && s.back() == u'>') || (s.front() == u'"' && s.back() == u'"')
            || (s.front() == u'\'' && s.back() == u'\''))) {
        s = s.mid(1, s.size() - 2).trimmed();
    }
    url.input = s;
    if (s.isEmpty())
        return rejected(url, Problem::Empty, QStringLiteral("No LinkedIn URL"));

    const qsizetype schemeEnd = s.indexOf(u"://");
    if (schemeEnd >= 0) {
        const QString scheme = s.left(schemeEnd).toLower();
        if (scheme != u"http" && scheme != u"https")
            return rejected(
                url, Problem::NotLinkedin, QStringLiteral("Not a web address (%1:)").arg(scheme));
        s = s.mid(schemeEnd + 3);
    } else if (s.startsWith(u"//")) {
        s = s.mid(2);
    }
    // Query and fragment never identify the person (?originalSubdomain=fr, #experience...).
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'?' || s.at(i) == u'#') {
            s.truncate(i);
            break;
        }
    }

    QString host;
    QString path;
    if (s.startsWith(u"/in/", Qt::CaseInsensitive) || s.startsWith(u"in/", Qt::CaseInsensitive)) {
        host = QStringLiteral("linkedin.com"); // the API accepts the bare "in/<name>" form
        path = s;
    } else {
        const qsizetype slash = s.indexOf(u'/');
        host = (slash < 0 ? s : s.left(slash)).toLower();
        path = slash < 0 ? QString() : s.mid(slash);
        if (host.contains(u'@'))
            return rejected(url, Problem::NotLinkedin, QStringLiteral("Not a LinkedIn address"));
        const qsizetype colon = host.indexOf(u':');
        if (colon >= 0)
            host.truncate(colon);
        while (host.endsWith(u'.'))
            host.chop(1);
    }

    if (host == u"lnkd.in")
        return rejected(url, Problem::ShortLink,
            QStringLiteral("Shortened lnkd.in link; use the full profile URL"));
    if (host != u"linkedin.com") {
        if (!host.endsWith(u".linkedin.com"))
            return rejected(url, Problem::NotLinkedin, QStringLiteral("Not a LinkedIn address"));
        const QStringList labels = host.chopped(13).split(u'.');
        for (const QString &label : labels) {
            if (!isFoldableSubdomain(label))
                return rejected(url, Problem::NotProfile,
                    QStringLiteral("Not a LinkedIn profile address (%1)").arg(host));
        }
    }

    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.front().compare(u"mwlite", Qt::CaseInsensitive) == 0)
        segments.removeFirst(); // the lightweight mobile site prefixes the normal path
    if (segments.isEmpty())
        return rejected(url, Problem::NotProfile,
            QStringLiteral("LinkedIn address without a profile (/in/<name>)"));

    const QString kind = segments.front().toLower();
    if (kind != u"in") {
        if (kind == u"pub" || kind == u"profile")
            return rejected(url, Problem::LegacyProfile,
                QStringLiteral("Old-style profile address; use the /in/<name> URL"));
        if (kind == u"sales" || kind == u"talent" || kind == u"recruiter")
            return rejected(url, Problem::SalesNavigator,
                QStringLiteral("Sales Navigator/Recruiter address; use the public /in/ URL"));
        if (kind == u"company" || kind == u"school" || kind == u"showcase")
            return rejected(
                url, Problem::NotProfile, QStringLiteral("Company or school page, not a person"));
        return rejected(
            url, Problem::NotProfile, QStringLiteral("Not a profile address (/%1/...)").arg(kind));
    }
    if (segments.size() < 2)
        return rejected(url, Problem::BadSlug, QStringLiteral("Profile address without a name"));

    QString slug;
    if (!decodeSegment(segments.at(1), &slug))
        return rejected(url, Problem::BadSlug,
            QStringLiteral("Profile name is not valid UTF-8 after decoding"));
    slug = slug.toLower();
    if (!isPlausibleSlug(slug))
        return rejected(
            url, Problem::BadSlug, QStringLiteral("Profile name \"%1\" is not possible").arg(slug));

    // Later segments (/details/experience, /recent-activity, /overlay/...) are views of the same
    // profile: dropped.
    url.slug = slug;
    url.canonical = QStringLiteral("https://linkedin.com/in/") + slug;
    url.problem = Problem::None;
    url.reason.clear();
    return url;
}

} // namespace kakiyo
