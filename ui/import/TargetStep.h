// The import wizard's campaign step: one campaign or round-robin over several, with the cost
// preview; its Import button records the import in the journal (on a worker thread).
#pragma once

#include "models/import/ImportTarget.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace kakiyo {

class CampaignListModel;
class NoticeLabel;
struct ImportWizardState;

class TargetStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(TargetStep)

public:
    explicit TargetStep(ImportWizardState *s);
    ~TargetStep() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct Recorded
    {
        qint64 id = -1;
        QString error;
    };

    void recorded();
    ImportTarget target() const;
    void fill();
    void update();

    ImportWizardState *m_s;
    QRadioButton *m_one;
    QComboBox *m_campaign;
    QRadioButton *m_rr;
    QListWidget *m_list;
    NoticeLabel *m_loading;
    QLabel *m_cost;
    NoticeLabel *m_error;
    CampaignListModel *m_model = nullptr;
    QFutureWatcher<Recorded> m_watcher;
    bool m_recording = false;
};

} // namespace kakiyo
