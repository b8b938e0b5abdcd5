#include "models/ProspectColumns.h"

#include "models/domain/ConversationStatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace kakiyo {

QString ProspectColumns::title(int column)
{
    switch (column) {
    case Name:
        return QCoreApplication::translate("ProspectColumns", "Name");
    case Headline:
        return QCoreApplication::translate("ProspectColumns", "Headline");
    case Company:
        return QCoreApplication::translate("ProspectColumns", "Company");
    case JobTitle:
        return QCoreApplication::translate("ProspectColumns", "Job title");
    case Campaign:
        return QCoreApplication::translate("ProspectColumns", "Campaign");
    case Status:
        return QCoreApplication::translate("ProspectColumns", "Status");
    case Qualification:
        return QCoreApplication::translate("ProspectColumns", "Qualification");
    case LastActivity:
        return QCoreApplication::translate("ProspectColumns", "Last activity");
    case Location:
        return QCoreApplication::translate("ProspectColumns", "Location");
    default:
        return {};
    }
}

QString ProspectColumns::location(const Prospect &p)
{
    QStringList parts;
    if (!p.city.isEmpty())
        parts << p.city;
    if (!p.country.isEmpty())
        parts << p.country;
    return parts.join(QStringLiteral(", "));
}

QString ProspectColumns::text(const ProspectSearchItem &item, int column)
{
    switch (column) {
    case Name:
        return item.prospect.name;
    case Headline:
        return item.prospect.headline;
    case Company:
        return item.prospect.currentCompanyName;
    case JobTitle:
        return item.prospect.currentJobTitle;
    case Campaign:
        return item.campaign.name.isEmpty() ? item.campaign.id : item.campaign.name;
    case Status: {
        const QString label = statusLabel(item.status);
        return item.paused
            ? QCoreApplication::translate("ProspectColumns", "%1 (paused)").arg(label)
            : label;
    }
    case Qualification:
        return item.qualification.isEmpty() ? QString() : qualificationLabel(item.qualification);
    case LastActivity:
        return item.lastMessage.isValid()
            ? QLocale().toString(item.lastMessage.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Location:
        return location(item.prospect);
    default:
        return {};
    }
}

QVariant ProspectColumns::raw(const ProspectSearchItem &item, int column)
{
    switch (column) {
    case Status:
        return item.status;
    case LastActivity:
        return item.lastMessage;
    case Qualification:
        return item.qualification;
    default:
        return text(item, column);
    }
}

QString ProspectColumns::csvCell(const QString &value)
{
    QString v = value;
    // A spreadsheet would run these as formulas; a leading apostrophe keeps them text.
    if (!v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || v.startsWith(u' ') || v.endsWith(u' ')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QString ProspectColumns::csvHeader()
{
    return QStringLiteral("chatId,prospectId,name,linkedinUrl,headline,company,jobTitle,"
                          "campaignId,campaign,status,statusLabel,paused,qualification,"
                          "lastActivity,city,country\r\n");
}

QString ProspectColumns::csvRow(const ProspectSearchItem &item)
{
    const Prospect &p = item.prospect;
    const QStringList cells = {item.chatId, p.id, p.name, p.url, p.headline, p.currentCompanyName,
        p.currentJobTitle, item.campaign.id, item.campaign.name, QString::number(item.status),
        statusLabel(item.status), item.paused ? QStringLiteral("true") : QStringLiteral("false"),
        item.qualification,
        item.lastMessage.isValid() ? item.lastMessage.toUTC().toString(Qt::ISODate) : QString(),
        p.city, p.country};
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << csvCell(c);
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace kakiyo
