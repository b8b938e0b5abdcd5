// One campaign in the card grid: name, status badge, prospects / replies / qualified, response
// and conversion rate, a sparkline of its daily activity, and a pause/resume toggle plus details,
// import, edit and delete. Clicking the card selects it (the page shows its details); dropping a
// .csv file (or .tsv / .txt, like the window) on it asks for an import of that file into this
// campaign.
#pragma once

#include "models/domain/Campaign.h"
#include "models/domain/CampaignAnalytics.h"
#include "ui/campaigns/ThemedIcons.h"

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;

namespace kakiyo {

class ActivitySparkline;

class CampaignCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignCard)

public:
    explicit CampaignCard(const Campaign &campaign, QWidget *parent = nullptr);

    QString campaignId() const { return m_id; }
    QPushButton *toggleButton() const { return m_toggle; }
    ActivitySparkline *sparkline() const { return m_sparkline; }
    void setActivity(const QList<DailyActivity> &days);
    void setActivityUnavailable();
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    static QString badgeFor(const QString &status);
    // The one local lead file (.csv, .tsv, .txt) a drag carries, or empty for anything else.
    static QString leadFileOf(const QMimeData *mime);

signals:
    void toggleRequested(const QString &id, bool pause);
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);
    void selectRequested(const QString &id);
    void importRequested(const QString &id, const QString &filePath);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDropHighlight(bool on);
    void restyle();

    QString m_id;
    QString m_fullName;
    QLabel *m_title = nullptr;
    QPushButton *m_toggle = nullptr;
    ActivitySparkline *m_sparkline = nullptr;
    QLabel *m_legend = nullptr;
    bool m_selected = false;
    bool m_dropTarget = false;
    ThemedIcons m_icons;
};

} // namespace kakiyo
