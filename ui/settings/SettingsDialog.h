// The settings of the application (Ctrl+, or "Settings…" in the command palette). One group box
// per subject, so later settings (the cost-model override, the auto-refresh interval) join as
// their own section. Changes are stored as they are made; the language needs a restart, which
// the dialog says and offers.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kakiyo {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Adds a section (a group box with its title) below the existing ones.
    void addSection(QWidget *section);
    // Stores the language and shows whether a restart is needed.
    void chooseLanguage(const QString &code);
    bool restartNeeded() const;

signals:
    // "Restart now": the owner closes the window (pages may still ask) and starts again.
    void restartRequested();

private:
    QWidget *buildLanguageSection();
    void updateRestartNote();

    QVBoxLayout *m_sections = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_restart = nullptr;
};

} // namespace kakiyo
