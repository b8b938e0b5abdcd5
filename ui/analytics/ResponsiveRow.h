#pragma once
// ResponsiveRow: a row of widgets that sit side by side while the row is wide enough for all of
// them and stack one under the other when it is not. Its minimum width is that of its widest
// widget, never the sum, so a page built of rows fits a 1024-pixel window without a horizontal
// scroll bar and still uses the width of a large screen.

#include <QWidget>

class QBoxLayout;

namespace kakiyo {

class ResponsiveRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsiveRow)

public:
    // Side by side from `sideBySideWidth` pixels up (or from the sum of the widgets' minimum
    // widths, when that is larger).
    explicit ResponsiveRow(int sideBySideWidth, QWidget *parent = nullptr);

    void addWidget(QWidget *widget, int stretch = 0);
    bool isStacked() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_layout;
    int m_sideBySideWidth;
};

} // namespace kakiyo
