// Where GUI tests save the pictures people look at: $KAKIYO_TEST_OUTPUT/screenshots/ (CTest sets
// KAKIYO_TEST_OUTPUT to <build>/test-output; a temporary folder otherwise). The folder is created.
#pragma once

#include <QDir>
#include <QString>

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

} // namespace kakiyo::test
