// One campaign in the card grid: name, status badge, prospects / replies / qualified, response
// and conversion rate, and a pause/resume toggle plus edit and delete.
#pragma once

#include "models/domain/Campaign.h"

#include <QFrame>

class QPushButton;

namespace kakiyo {

class CampaignCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignCard)

public:
    explicit CampaignCard(const Campaign &campaign, QWidget *parent = nullptr);

    QString campaignId() const { return m_id; }
    QPushButton *toggleButton() const { return m_toggle; }

    static QString badgeFor(const QString &status);

signals:
    void toggleRequested(const QString &id, bool pause);
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);

private:
    QString m_id;
    QPushButton *m_toggle = nullptr;
};

} // namespace kakiyo
