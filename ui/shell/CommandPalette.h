// Ctrl+K: every action of the window in one filterable list. Typing narrows it with fuzzy
// matching, Up/Down choose, Enter runs, Escape closes. It floats over the window (not a modal
// dialog), so keyboard users never lose their place.
#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace kakiyo {

class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    explicit CommandPalette(QWidget *parent);
    ~CommandPalette() override;

    void setActions(const QList<QAction *> &actions);
    void open();
    // Names of the actions listed now, best match first (tests, accessibility).
    QStringList visibleCommands() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void runCurrent();
    void place();

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<QPointer<QAction>> m_actions;
};

} // namespace kakiyo
