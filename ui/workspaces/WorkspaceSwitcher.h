// A drop-down of "All (team)" and each known workspace, bound to the CurrentWorkspace: choosing
// switches it; a change from elsewhere (another switcher, the page) shows here. Each entry wears
// its marker colour. Opening it before the list is known this session asks for the list.
#pragma once

#include <QComboBox>
#include <QPointer>

namespace kakiyo {

class CurrentWorkspace;

class WorkspaceSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSwitcher)

public:
    explicit WorkspaceSwitcher(CurrentWorkspace *current, QWidget *parent = nullptr);

    void showPopup() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showCurrent();

    QPointer<CurrentWorkspace> m_current;
    bool m_rebuilding = false;
};

} // namespace kakiyo
