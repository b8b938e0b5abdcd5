// First run: no profile yet. Two ways in — the demo (a local sandbox, no key) or connecting a
// real Kakiyo account through the key manager.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kakiyo {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Shown under the buttons while the demo starts or when it failed.
    void setStatus(const QString &text, bool isError = false);
    void setDemoStarting(bool starting);

signals:
    void demoRequested();
    void connectRequested();

private:
    QLabel *m_status = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace kakiyo
