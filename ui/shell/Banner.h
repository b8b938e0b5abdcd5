// One non-modal message strip above the page: a sentence, the action that fixes the problem
// (re-enter key, retry, open billing page, ...) and a close button. A "wait N s" banner counts
// down by itself and runs its action when the wait is over.
#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace kakiyo {

struct BannerSpec
{
    enum class Tone
    {
        Error,
        Warning,
        Info
    };

    QString category; // one banner per category: "auth", "credits", "rate", "network", ...
    Tone tone = Tone::Error;
    QString text; // may contain %1 for the seconds left when countdownSeconds > 0
    QString actionText; // empty: no action button
    std::function<void()> action;
    int countdownSeconds = 0;
};

class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    explicit Banner(const BannerSpec &spec, QWidget *parent = nullptr);

    const BannerSpec &spec() const { return m_spec; }
    QString text() const;
    int secondsLeft() const { return m_secondsLeft; }
    void triggerAction();

signals:
    void closeRequested();

private:
    void updateText();

    BannerSpec m_spec;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QTimer *m_countdown = nullptr;
    int m_secondsLeft = 0;
};

} // namespace kakiyo
