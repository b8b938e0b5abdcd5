// The import wizard's first step: the CSV file, typed, browsed for or dropped on the window;
// leaving the step reads its first rows (ImportWizardState::loadFile).
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace kakiyo {

class NoticeLabel;
struct ImportWizardState;

class FileStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(FileStep)

public:
    explicit FileStep(ImportWizardState *s);

    void setPath(const QString &path);
    void setError(const QString &text);
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizardState *m_s;
    QLineEdit *m_path;
    NoticeLabel *m_error;
};

} // namespace kakiyo
