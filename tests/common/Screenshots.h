// Where GUI tests save the pictures people look at: $KAKIYO_TEST_OUTPUT/screenshots/ (CTest sets
// KAKIYO_TEST_OUTPUT to <build>/test-output; a temporary folder otherwise). The folder is created.
// And a check for what pictures show badly: labels squeezed below the room their text needs.
#pragma once

#include <QDir>
#include <QLabel>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace kakiyo::test {

inline QString screenshotDir()
{
    QString base = qEnvironmentVariable("KAKIYO_TEST_OUTPUT");
    if (base.isEmpty())
        base = QDir::temp().filePath(QStringLiteral("kakiyo-test-output"));
    const QString dir = QDir(base).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// screenshotPath("agents-page-light.png")
inline QString screenshotPath(const QString &fileName)
{
    return QDir(screenshotDir()).filePath(fileName);
}

// screenshotPath("agents", "page-light") -> .../screenshots/agents-page-light.png
inline QString screenshotPath(const QString &area, const QString &what)
{
    return screenshotPath(QStringLiteral("%1-%2.png").arg(area, what));
}

// The visible labels of `pane` that got less room than their text needs, as "name: got/needs".
inline QString squeezedLabels(QWidget *pane)
{
    QStringList squeezed;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needs = label->wordWrap() ? label->heightForWidth(label->width())
                                            : label->minimumSizeHint().height();
        const bool tooNarrow
            = !label->wordWrap() && label->width() < label->minimumSizeHint().width();
        if (label->height() < needs || tooNarrow)
            squeezed << QStringLiteral("%1: %2x%3, needs %4x%5")
                            .arg(
                                label->objectName().isEmpty() ? label->text() : label->objectName())
                            .arg(label->width())
                            .arg(label->height())
                            .arg(label->minimumSizeHint().width())
                            .arg(needs);
    }
    return squeezed.join(QStringLiteral("; "));
}

} // namespace kakiyo::test
