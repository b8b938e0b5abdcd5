// The composition root of the window app: builds the object graph once (profile, client core,
// pages, main window), starts the demo sandbox when asked, and wires errors to the banner area
// and the scheduler's state to the status bar.
#pragma once

#include "app/LaunchOptions.h"

#include <QObject>
#include <memory>

namespace kakiyo {

class DemoSandbox;
class MainWindow;

class Desk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desk)

public:
    explicit Desk(const LaunchOptions &options, QObject *parent = nullptr);
    ~Desk() override;

    // Builds and shows the window (welcome page or last profile); starts the demo if asked.
    void start();
    void startDemo();

    MainWindow *window() const { return m_window.get(); }
    DemoSandbox *demo() const { return m_demo.get(); }
    bool isConnected() const { return m_connected; }

signals:
    void connected();
    void connectionFailed(const QString &message);

private:
    void connectTo(
        const QUrl &baseUrl, const QString &apiKey, const QString &profileName, bool sessionOnly);

    LaunchOptions m_options;
    std::unique_ptr<DemoSandbox> m_demo;
    std::unique_ptr<MainWindow> m_window;
    bool m_connected = false;
};

} // namespace kakiyo
