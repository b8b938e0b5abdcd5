#include "models/import/ColumnMapping.h"

#include "models/import/LinkedinUrl.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace kakiyo {

namespace {

// Header spellings seen in Sales Navigator, Apollo, Lemlist, Waalaxy, HubSpot and spreadsheet
// exports, in English, French, German, Spanish, Italian, Portuguese and Dutch (as headerKey()s).
const QStringList &urlKeys()
{
    static const QStringList keys {
        "linkedinurl",
        "linkedinprofileurl",
        "linkedinprofile",
        "linkedin",
        "personlinkedinurl",
        "profileurl",
        "linkedinlink",
        "linkedinprofilelink",
        "profilelink",
        "publicprofileurl",
        "publicurl",
        "liurl",
        "profile",
        "url",
        "urllinkedin",
        "lienlinkedin",
        "profillinkedin",
        "urlduprofil",
        "lienduprofil",
        "linkedinprofil",
        "perfillinkedin",
        "urlperfil",
        "urldelperfil",
        "enlacelinkedin",
        "profilolinkedin",
        "linkedinprofiel",
        "defaultprofileurl",
        "prospectlinkedinurl",
        "contactlinkedinurl",
    };
    return keys;
}

const QStringList &fullNameKeys()
{
    static const QStringList keys {
        "fullname",
        "name",
        "contactname",
        "personname",
        "prospectname",
        "leadname",
        "nomcomplet",
        "nometprenom",
        "prenometnom",
        "nombrecompleto",
        "nombre y apellidos",
        "nombreyapellidos",
        "vollstandigername",
        "nomecompleto",
        "volledigenaam",
        "naam",
        "displayname",
        "contact",
        "prospect",
        "lead",
    };
    return keys;
}

const QStringList &firstNameKeys()
{
    static const QStringList keys {
        "firstname",
        "first",
        "givenname",
        "forename",
        "prenom",
        "vorname",
        "nombre",
        "nome",
        "voornaam",
        "personfirstname",
        "contactfirstname",
    };
    return keys;
}

const QStringList &lastNameKeys()
{
    static const QStringList keys {
        "lastname",
        "last",
        "surname",
        "familyname",
        "nom",
        "nomdefamille",
        "nachname",
        "apellido",
        "apellidos",
        "cognome",
        "sobrenome",
        "achternaam",
        "personlastname",
        "contactlastname",
    };
    return keys;
}

const QStringList &companyKeys()
{
    static const QStringList keys {
        "company",
        "companyname",
        "organization",
        "organisation",
        "account",
        "accountname",
        "currentcompany",
        "employer",
        "entreprise",
        "societe",
        "nomdelentreprise",
        "firma",
        "unternehmen",
        "empresa",
        "azienda",
        "bedrijf",
    };
    return keys;
}

const QStringList &titleKeys()
{
    static const QStringList keys {
        "title",
        "jobtitle",
        "position",
        "role",
        "headline",
        "currenttitle",
        "currentposition",
        "poste",
        "fonction",
        "intitule",
        "titre",
        "berufsbezeichnung",
        "position",
        "cargo",
        "puesto",
        "ruolo",
        "functie",
    };
    return keys;
}

int findColumn(const QStringList &keys, const QList<QString> &headerKeys, const QSet<int> &taken)
{
    // Earlier keys are more specific ("linkedinurl" before "url"), so they win.
    for (const QString &key : keys) {
        for (int i = 0; i < headerKeys.size(); ++i) {
            if (!taken.contains(i) && headerKeys.at(i) == key)
                return i;
        }
    }
    return -1;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]+)\\}"));
    return pattern;
}

} // namespace

QString ColumnMapping::headerKey(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key;
}

int ColumnMapping::columnNamed(const QString &name) const
{
    const QString key = headerKey(name);
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i) == name)
            return i;
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (headerKey(headers.at(i)) == key)
            return i;
    }
    return -1;
}

QString ColumnMapping::templateFor(const QList<int> &columns) const
{
    QStringList parts;
    for (const int column : columns) {
        if (column >= 0 && column < headers.size())
            parts.append(u'{' + headers.at(column) + u'}');
    }
    return parts.join(QStringLiteral(" – "));
}

ColumnMapping ColumnMapping::detect(
    const QStringList &headers, const QList<QStringList> &sampleRows)
{
    ColumnMapping mapping;
    mapping.headers = headers;
    QList<QString> keys;
    for (const QString &header : headers)
        keys.append(headerKey(header));
    QSet<int> taken;

    mapping.urlColumn = findColumn(urlKeys(), keys, taken);
    if (mapping.urlColumn < 0) {
        // Any header mentioning LinkedIn that is not about the company.
        for (int i = 0; i < keys.size() && mapping.urlColumn < 0; ++i) {
            if (keys.at(i).contains(u"linkedin") && !keys.at(i).contains(u"company")
                && !keys.at(i).contains(u"entreprise") && !keys.at(i).contains(u"organi"))
                mapping.urlColumn = i;
        }
    }
    if (mapping.urlColumn < 0 && !sampleRows.isEmpty()) {
        // No header says so: the column whose cells are profile URLs.
        int bestCount = 0;
        for (int column = 0; column < headers.size(); ++column) {
            int count = 0;
            for (const QStringList &row : sampleRows) {
                if (column < row.size() && LinkedinUrl::parse(row.at(column)).isValid()
                    && row.at(column).contains(u"/in/", Qt::CaseInsensitive))
                    ++count;
            }
            if (count > bestCount) {
                bestCount = count;
                mapping.urlColumn = column;
            }
        }
    }
    if (mapping.urlColumn >= 0)
        taken.insert(mapping.urlColumn);

    mapping.firstNameColumn = findColumn(firstNameKeys(), keys, taken);
    if (mapping.firstNameColumn >= 0)
        taken.insert(mapping.firstNameColumn);
    // "Nom" is the family name beside "Prénom" but the whole name when alone.
    if (mapping.firstNameColumn >= 0) {
        mapping.lastNameColumn = findColumn(lastNameKeys(), keys, taken);
        if (mapping.lastNameColumn >= 0)
            taken.insert(mapping.lastNameColumn);
    }
    mapping.nameColumn = findColumn(fullNameKeys(), keys, taken);
    if (mapping.nameColumn < 0 && mapping.firstNameColumn < 0) {
        const int alone
            = findColumn({QStringLiteral("nom"), QStringLiteral("apellidos")}, keys, taken);
        mapping.nameColumn = alone;
    }
    if (mapping.nameColumn >= 0) {
        taken.insert(mapping.nameColumn);
        // A full-name column wins; keep first/last only when there is no full name.
        mapping.firstNameColumn = -1;
        mapping.lastNameColumn = -1;
    }

    QList<int> custom;
    const int company = findColumn(companyKeys(), keys, taken);
    if (company >= 0) {
        custom.append(company);
        taken.insert(company);
    }
    const int title = findColumn(titleKeys(), keys, taken);
    if (title >= 0)
        custom.append(title);
    mapping.customTemplate = mapping.templateFor(custom);
    return mapping;
}

QString ColumnMapping::problem() const
{
    QStringList missing;
    if (!hasName())
        missing.append(QStringLiteral("the name column"));
    if (urlColumn < 0)
        missing.append(QStringLiteral("the LinkedIn URL column"));
    const QStringList unknown = unknownPlaceholders();
    if (!missing.isEmpty())
        return QStringLiteral("Choose %1.").arg(missing.join(QStringLiteral(" and ")));
    if (!unknown.isEmpty())
        return QStringLiteral("The custom data template names unknown columns: %1.")
            .arg(unknown.join(QStringLiteral(", ")));
    const int columns = int(headers.size());
    for (const int column : {nameColumn, firstNameColumn, lastNameColumn, urlColumn}) {
        if (column >= columns)
            return QStringLiteral("The mapping names a column the file does not have.");
    }
    return {};
}

QStringList ColumnMapping::unknownPlaceholders() const
{
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(customTemplate);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (columnNamed(name) < 0)
            unknown.append(name);
    }
    return unknown;
}

QString ColumnMapping::name(const QStringList &fields) const
{
    auto cell = [&fields](int column) {
        return column >= 0 && column < fields.size() ? fields.at(column).simplified() : QString();
    };
    if (nameColumn >= 0)
        return cell(nameColumn);
    return (cell(firstNameColumn) + u' ' + cell(lastNameColumn)).simplified();
}

QString ColumnMapping::url(const QStringList &fields) const
{
    return urlColumn >= 0 && urlColumn < fields.size() ? fields.at(urlColumn).trimmed() : QString();
}

QString ColumnMapping::customData(const QStringList &fields) const
{
    if (customTemplate.isEmpty())
        return {};
    QString out;
    qsizetype last = 0;
    bool anyValue = false;
    auto it = placeholderPattern().globalMatch(customTemplate);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(customTemplate).mid(last, match.capturedStart() - last);
        const int column = columnNamed(match.captured(1));
        if (column < 0) {
            out += match.captured(0); // unknown placeholders stay visible (problem() flags them)
        } else if (column < fields.size()) {
            const QString value = fields.at(column).trimmed();
            anyValue = anyValue || !value.isEmpty();
            out += value;
        }
        last = match.capturedEnd();
    }
    out += QStringView(customTemplate).mid(last);
    // A template whose every column is empty for this row gives no custom data, not " – ".
    if (!anyValue && last > 0)
        return {};
    return out.trimmed();
}

QJsonObject ColumnMapping::toJson() const
{
    return QJsonObject {
        {"headers", QJsonArray::fromStringList(headers)},
        {"name", nameColumn},
        {"firstName", firstNameColumn},
        {"lastName", lastNameColumn},
        {"url", urlColumn},
        {"customTemplate", customTemplate},
    };
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping mapping;
    const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue &header : headers)
        mapping.headers.append(header.toString());
    mapping.nameColumn = object.value(QStringLiteral("name")).toInt(-1);
    mapping.firstNameColumn = object.value(QStringLiteral("firstName")).toInt(-1);
    mapping.lastNameColumn = object.value(QStringLiteral("lastName")).toInt(-1);
    mapping.urlColumn = object.value(QStringLiteral("url")).toInt(-1);
    mapping.customTemplate = object.value(QStringLiteral("customTemplate")).toString();
    return mapping;
}

QString ColumnMapping::describe() const
{
    auto header = [this](int column) {
        return column >= 0 && column < headers.size() ? headers.at(column) : QStringLiteral("-");
    };
    QStringList parts;
    if (nameColumn >= 0)
        parts.append(QStringLiteral("name=") + header(nameColumn));
    else
        parts.append(QStringLiteral("first=%1,last=%2")
                         .arg(header(firstNameColumn), header(lastNameColumn)));
    parts.append(QStringLiteral("url=") + header(urlColumn));
    if (!customTemplate.isEmpty())
        parts.append(QStringLiteral("custom=") + customTemplate);
    return parts.join(u',');
}

} // namespace kakiyo
