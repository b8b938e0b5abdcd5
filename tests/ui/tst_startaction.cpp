// The desktop file's actions: kakiyo-desk --new-campaign / --import-leads open the window and,
// once it is connected, the new-campaign dialog or the lead-import wizard. Real Desk, real sandbox.
#include "DeskFixture.h"

#include <QApplication>
#include <QDialog>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_StartAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAfterConnecting_data();
    void opensAfterConnecting();

private:
    // Found by what the user sees (title, class name), so moving ui/ files does not matter.
    static QWidget *visibleTopLevel(const QString &title, const char *className);
};

void tst_StartAction::initTestCase()
{
    isolateSettings();
}

QWidget *tst_StartAction::visibleTopLevel(const QString &title, const char *className)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && (title.isEmpty() || w->windowTitle() == title)
            && (!className || w->inherits(className)))
            return w;
    }
    return nullptr;
}

void tst_StartAction::opensAfterConnecting_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("className");
    QTest::newRow("new campaign") << "--new-campaign"
                                  << "New campaign"
                                  << "QDialog";
    QTest::newRow("import leads") << "--import-leads"
                                  << ""
                                  << "kakiyo::ImportWizard";
}

void tst_StartAction::opensAfterConnecting()
{
    QFETCH(QString, flag);
    QFETCH(QString, title);
    QFETCH(QString, className);

    const LaunchOptions options = LaunchOptions::parse({QStringLiteral("kakiyo-desk"), flag});
    QVERIFY2(options.isValid(), qPrintable(options.error));
    SandboxProcess sandbox({QStringLiteral("--quiet")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QTemporaryDir cacheDir;
    Desk desk(options, cacheDir.path());
    desk.start();
    const QByteArray cls = className.toLatin1();
    desk.openSession(
        sandbox.baseUrl(), sandbox.apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    QVERIFY(desk.isConnected());
    QTRY_VERIFY(visibleTopLevel(title, cls.constData()) != nullptr);
    QWidget *opened = visibleTopLevel(title, cls.constData());
    QVERIFY(opened != desk.window());
    opened->close();
}

QTEST_MAIN(tst_StartAction)
#include "tst_startaction.moc"
