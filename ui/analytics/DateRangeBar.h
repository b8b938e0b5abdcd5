#pragma once
// DateRangeBar: picks the period the Analytics page shows — all stored history, the last 7, 30 or
// 90 days, or custom dates. Changing it re-filters stored snapshots; it never calls the API. A
// custom period that ends before it starts is refused: the bar says why and announces nothing.

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace kakiyo {

class DateRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeBar)

public:
    enum Preset
    {
        AllTime,
        Last7Days,
        Last30Days,
        Last90Days,
        Custom
    };

    explicit DateRangeBar(QWidget *parent = nullptr);
    ~DateRangeBar() override;

    void setToday(QDate today); // tests pin "today"
    void setPreset(Preset preset);
    void setCustomRange(QDate from, QDate to);
    QDate from() const; // null = open
    QDate to() const;
    QString describe() const; // "1 Jan 2024 – 20 Jan 2024" or "all stored history"
    bool isValid() const; // false while a custom period ends before it starts
    QString errorText() const;

signals:
    void rangeChanged(QDate from, QDate to);

private:
    void presetChosen();
    void announce();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_error;
    QDate m_today;
};

} // namespace kakiyo
