// The import wizard's column step: which columns hold the name, first/last name and LinkedIn
// URL, and the custom data template, checked against the first rows.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kakiyo {

class NoticeLabel;
struct ImportWizardState;

class MappingStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(MappingStep)

public:
    explicit MappingStep(ImportWizardState *s);

    void initializePage() override;
    bool isComplete() const override;

private:
    void readBack();
    void update();

    ImportWizardState *m_s;
    QComboBox *m_name;
    QComboBox *m_first;
    QComboBox *m_last;
    QComboBox *m_url;
    QLineEdit *m_template;
    QComboBox *m_insert;
    QLabel *m_sample;
    NoticeLabel *m_problem;
};

} // namespace kakiyo
