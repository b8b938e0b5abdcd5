#pragma once
// AnalyticsKpiModel: the eight headline numbers of the Analytics page (prospects, messages,
// replies, qualified and the four ratios), each with its formula and its change since the previous
// stored snapshot. The KPI tiles, the KPI table of the report and the KPI CSV all read this model.

#include <QAbstractTableModel>
#include <optional>

namespace kakiyo {

class AnalyticsKpiModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsKpiModel)

public:
    enum Column
    {
        MetricColumn,
        ValueColumn,
        PreviousColumn,
        ChangeColumn,
        FormulaColumn,
        ColumnCount
    };
    enum Kpi
    {
        Prospects,
        Messages,
        Replies,
        Qualified,
        ResponseRate,
        ConversionRate,
        QualificationRate,
        MessagesPerProspect,
        KpiCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // unformatted number of the cell
        KpiRole, // the Kpi enum of the row
        ChangeRole, // current - previous, invalid without a previous snapshot
        FormulaRole, // the formula in words
        IsRateRole, // true for percentages
    };

    // The numbers as the API reports them (rates in percent, as documented).
    struct Values
    {
        qint64 prospects = 0;
        qint64 messages = 0;
        qint64 replies = 0;
        qint64 qualified = 0;
        double responseRate = 0;
        double conversionRate = 0;
        double qualificationRate = 0;
        double messagesPerProspect = 0;

        double value(Kpi kpi) const;
        bool operator==(const Values &) const = default;
    };

    explicit AnalyticsKpiModel(QObject *parent = nullptr);

    void setValues(const Values &current, const std::optional<Values> &previous = std::nullopt);
    void clear();
    bool hasData() const { return m_current.has_value(); }
    std::optional<Values> current() const { return m_current; }
    std::optional<Values> previous() const { return m_previous; }

    static QString name(Kpi kpi);
    static QString formula(Kpi kpi);
    static bool isRate(Kpi kpi);
    // "1,250", "18.72 %", "2.74" — the way a tile shows the number.
    static QString formatValue(Kpi kpi, double value);
    // "+12", "−1.30 pts", "no change"; empty without a previous value.
    static QString formatChange(Kpi kpi, double change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::optional<Values> m_current;
    std::optional<Values> m_previous;
};

} // namespace kakiyo
