// A label for messages about an import wizard step: errors in the theme's danger colour, kept in
// step with a palette switch (light/dark), word-wrapped, hidden when empty.
#pragma once

#include <QLabel>

namespace kakiyo {

class NoticeLabel final : public QLabel
{
    Q_DISABLE_COPY_MOVE(NoticeLabel)

public:
    NoticeLabel(const QString &objectName, QWidget *parent);

    // Shows text (hides the label when it is empty); error picks the danger colour.
    void setNotice(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();

    bool m_error = false;
};

} // namespace kakiyo
