// The import wizard's preview step: the first rows with the detected delimiter and encoding, and
// the malformed lines; offers to resume an unfinished import of the same file.
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QStandardItemModel;
class QTableView;

namespace kakiyo {

struct ImportWizardState;

class PreviewStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(PreviewStep)

public:
    explicit PreviewStep(ImportWizardState *s);

    void initializePage() override;
    int nextId() const override;

private:
    ImportWizardState *m_s;
    QLabel *m_format;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_malformedTitle;
    QListWidget *m_malformed;
};

} // namespace kakiyo
