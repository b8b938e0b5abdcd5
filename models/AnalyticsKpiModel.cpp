#include "models/AnalyticsKpiModel.h"

#include <QLocale>
#include <cmath>

namespace kakiyo {

double AnalyticsKpiModel::Values::value(Kpi kpi) const
{
    switch (kpi) {
    case Prospects:
        return double(prospects);
    case Messages:
        return double(messages);
    case Replies:
        return double(replies);
    case Qualified:
        return double(qualified);
    case ResponseRate:
        return responseRate;
    case ConversionRate:
        return conversionRate;
    case QualificationRate:
        return qualificationRate;
    case MessagesPerProspect:
        return messagesPerProspect;
    case KpiCount:
        break;
    }
    return 0;
}

AnalyticsKpiModel::AnalyticsKpiModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnalyticsKpiModel::setValues(const Values &current, const std::optional<Values> &previous)
{
    beginResetModel();
    m_current = current;
    m_previous = previous;
    endResetModel();
}

void AnalyticsKpiModel::clear()
{
    beginResetModel();
    m_current.reset();
    m_previous.reset();
    endResetModel();
}

QString AnalyticsKpiModel::name(Kpi kpi)
{
    switch (kpi) {
    case Prospects:
        return tr("Prospects");
    case Messages:
        return tr("Messages");
    case Replies:
        return tr("Replies");
    case Qualified:
        return tr("Qualified");
    case ResponseRate:
        return tr("Response rate");
    case ConversionRate:
        return tr("Conversion rate");
    case QualificationRate:
        return tr("Qualification rate");
    case MessagesPerProspect:
        return tr("Messages per prospect");
    case KpiCount:
        break;
    }
    return {};
}

QString AnalyticsKpiModel::formula(Kpi kpi)
{
    // The definitions Kakiyo documents for its analytics endpoints.
    switch (kpi) {
    case Prospects:
        return tr("Prospects in all campaigns of the team");
    case Messages:
        return tr("Messages sent by the team's agents");
    case Replies:
        return tr("Prospects who answered at least once");
    case Qualified:
        return tr("Prospects marked qualified");
    case ResponseRate:
        return tr("Replies ÷ prospects × 100");
    case ConversionRate:
        return tr("Qualified ÷ prospects × 100");
    case QualificationRate:
        return tr("Qualified ÷ replies × 100");
    case MessagesPerProspect:
        return tr("Messages ÷ prospects");
    case KpiCount:
        break;
    }
    return {};
}

bool AnalyticsKpiModel::isRate(Kpi kpi)
{
    return kpi == ResponseRate || kpi == ConversionRate || kpi == QualificationRate;
}

QString AnalyticsKpiModel::formatValue(Kpi kpi, double value)
{
    const QLocale locale;
    if (isRate(kpi))
        return tr("%1 %").arg(locale.toString(value, 'f', 2));
    if (kpi == MessagesPerProspect)
        return locale.toString(value, 'f', 2);
    return locale.toString(qint64(value));
}

QString AnalyticsKpiModel::formatChange(Kpi kpi, double change)
{
    const QLocale locale;
    if (qFuzzyIsNull(change))
        return tr("no change");
    const QString sign = change > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const double magnitude = std::abs(change);
    if (isRate(kpi))
        return tr("%1%2 pts").arg(sign, locale.toString(magnitude, 'f', 2));
    if (kpi == MessagesPerProspect)
        return sign + locale.toString(magnitude, 'f', 2);
    return sign + locale.toString(qint64(magnitude));
}

int AnalyticsKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiCount;
}

int AnalyticsKpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalyticsKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto kpi = Kpi(index.row());
    const bool integer = !isRate(kpi) && kpi != MessagesPerProspect;
    auto raw = [&](double v) -> QVariant { return integer ? QVariant(qint64(v)) : QVariant(v); };
    // Plain flags rather than std::optional: GCC 12 warns (wrongly) about optional<double> here.
    const bool hasValue = m_current.has_value();
    const bool hasBefore = m_previous.has_value();
    const double value = hasValue ? m_current->value(kpi) : 0.0;
    const double before = hasBefore ? m_previous->value(kpi) : 0.0;
    const bool hasChange = hasValue && hasBefore;
    // Round to the shown precision so 18.72 - 18.70 is 0.02, not 0.019999.
    const double change = !hasChange ? 0.0
        : integer                    ? value - before
                                     : std::round((value - before) * 100.0) / 100.0;

    switch (role) {
    case KpiRole:
        return int(kpi);
    case FormulaRole:
        return formula(kpi);
    case IsRateRole:
        return isRate(kpi);
    case ChangeRole:
        return hasChange ? raw(change) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = name(kpi) + QStringLiteral(": ") + formula(kpi);
        if (hasChange)
            tip += u'\n' + tr("Since the previous snapshot: %1").arg(formatChange(kpi, change));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == MetricColumn || index.column() == FormulaColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }

    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case MetricColumn:
        return name(kpi);
    case ValueColumn:
        if (!hasValue)
            return display ? QVariant(tr("—")) : QVariant();
        return display ? QVariant(formatValue(kpi, value)) : raw(value);
    case PreviousColumn:
        if (!hasBefore)
            return display ? QVariant(tr("—")) : QVariant();
        return display ? QVariant(formatValue(kpi, before)) : raw(before);
    case ChangeColumn:
        if (!hasChange)
            return display ? QVariant(tr("—")) : QVariant();
        return display ? QVariant(formatChange(kpi, change)) : raw(change);
    case FormulaColumn:
        return formula(kpi);
    default:
        return {};
    }
}

QVariant AnalyticsKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case PreviousColumn:
        return tr("Previous");
    case ChangeColumn:
        return tr("Change");
    case FormulaColumn:
        return tr("Formula");
    default:
        return {};
    }
}

QHash<int, QByteArray> AnalyticsKpiModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(KpiRole, "kpi");
    names.insert(ChangeRole, "change");
    names.insert(FormulaRole, "formula");
    names.insert(IsRateRole, "isRate");
    return names;
}

} // namespace kakiyo
