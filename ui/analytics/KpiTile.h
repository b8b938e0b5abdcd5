#pragma once
// KpiTile: one headline number of the Analytics page — its name, the value, and the change since
// the previous snapshot (green up / red down for counts and rates). The tooltip names the formula.

#include <QFrame>

class QLabel;

namespace kakiyo {

class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(const QString &name, QWidget *parent = nullptr);

    // change/changeValue empty/0 when there is no earlier snapshot.
    void setValue(
        const QString &value, const QString &change, double changeValue, const QString &toolTip);
    QString valueText() const;
    QString changeText() const;
    QColor changeColour() const; // as drawn now

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyChangeColour();

    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
    int m_changeSign = 0; // +1 up, -1 down, 0 no change or no earlier snapshot
};

} // namespace kakiyo
