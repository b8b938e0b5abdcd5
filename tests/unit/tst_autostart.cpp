// "Start at login": the XDG autostart entry written to and removed from $XDG_CONFIG_HOME/autostart
// (a temporary folder here, never the user's), its Exec line quoted as the Desktop Entry
// specification asks.
#include "models/live/Autostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;

class tst_Autostart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeAndRemove();
    void execQuoting();

private:
    QTemporaryDir m_config;
};

void tst_Autostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void tst_Autostart::writeAndRemove()
{
    const QString path = m_config.path() + QStringLiteral("/autostart/kakiyo-desk.desktop");
    QCOMPARE(Autostart::entryPath(), path);
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::setEnabled(false, {})); // nothing to remove is fine

    QVERIFY(Autostart::setEnabled(true, QStringLiteral("/opt/Kakiyo Desk/bin/kakiyo-desk")));
    QVERIFY(Autostart::isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Name=Kakiyo Desk")));
    QVERIFY(lines.contains(QStringLiteral("Exec=\"/opt/Kakiyo Desk/bin/kakiyo-desk\"")));

    QVERIFY(Autostart::setEnabled(false, {}));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!Autostart::isEnabled());
}

void tst_Autostart::execQuoting()
{
    // $ is escaped inside the quotes (\$), and every backslash doubled by the string escape.
    const QString entry = Autostart::entry(QStringLiteral("/tmp/a$b\"c"));
    QVERIFY2(entry.contains(QStringLiteral("Exec=\"/tmp/a\\\\$b\\\\\"c\"\n")), qPrintable(entry));
}

QTEST_GUILESS_MAIN(tst_Autostart)
#include "tst_autostart.moc"
