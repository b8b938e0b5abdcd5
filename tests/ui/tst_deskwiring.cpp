// The Desk connects the pages to each other: every way into a lead import (a campaign's action,
// a CSV dropped on a campaign card or on the window, the Prospects page) opens the import wizard
// on the live session with the campaign and file preselected, and a prospect double-clicked in a
// campaign's list opens its conversation on the Prospects page; every page fits a 1024-pixel
// window. Real Desk, real sandbox.
#include "DeskFixture.h"
#include "models/ConversationModel.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_DeskWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importEntryPointsOpenTheWizard();
    void campaignProspectOpensConversation();
    void everyPageFitsA1024Window();

private:
    static QList<ImportWizard *> openWizards();
};

void tst_DeskWiring::initTestCase()
{
    isolateSettings();
}

QList<ImportWizard *> tst_DeskWiring::openWizards()
{
    QList<ImportWizard *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *wizard = qobject_cast<ImportWizard *>(w); wizard && wizard->isVisible())
            out << wizard;
    }
    return out;
}

void tst_DeskWiring::importEntryPointsOpenTheWizard()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,linkedin\nAda Byron,https://www.linkedin.com/in/ada-byron-wiring\n");
    }
    const QString campaignId = d.sandbox->call("GET", "/campaigns")
                                   .json.array()
                                   .first()
                                   .toObject()
                                   .value("id")
                                   .toString();
    QVERIFY(!campaignId.isEmpty());

    // A campaign's import action (or a file dropped on its card).
    auto *campaigns
        = qobject_cast<CampaignsPage *>(d.window()->page(MainWindow::PageId::Campaigns));
    QVERIFY(campaigns);
    emit campaigns->importRequested(campaignId, csv);
    QTRY_COMPARE_WITH_TIMEOUT(openWizards().size(), 1, 5000);
    ImportWizard *wizard = openWizards().first();
    QCOMPARE(wizard->file(), csv);
    QCOMPARE(wizard->targetCampaign(), campaignId);
    QVERIFY(!wizard->isModal()); // the app stays usable beside it
    wizard->close();
    QTRY_COMPARE_WITH_TIMEOUT(openWizards().size(), 0, 5000);

    // The Prospects page's "Import leads…" (its campaign filter preselects the target).
    auto *prospects
        = qobject_cast<ProspectsPage *>(d.window()->page(MainWindow::PageId::Prospects));
    QVERIFY(prospects);
    QAction *import = d.window()->command(QStringLiteral("importLeads"));
    QVERIFY2(import, "the Prospects page's import command is in the palette");
    import->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(openWizards().size(), 1, 5000);
    QVERIFY(openWizards().first()->file().isEmpty());
    openWizards().first()->close();
    QTRY_COMPARE_WITH_TIMEOUT(openWizards().size(), 0, 5000);

    // A CSV dropped on the main window.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    const QPoint at = d.window()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(d.window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(d.window(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(openWizards().size(), 1, 5000);
    QCOMPARE(openWizards().first()->file(), csv);
    QVERIFY(openWizards().first()->targetCampaign().isEmpty());
    openWizards().first()->close();
}

void tst_DeskWiring::campaignProspectOpensConversation()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    const QJsonArray found
        = d.sandbox->call("GET", "/prospects/search?limit=1").object().value("prospects").toArray();
    QVERIFY(!found.isEmpty());
    const QString chatId = found.first().toObject().value("chatId").toString();
    QVERIFY(!chatId.isEmpty());
    auto *campaigns
        = qobject_cast<CampaignsPage *>(d.window()->page(MainWindow::PageId::Campaigns));
    auto *prospects
        = qobject_cast<ProspectsPage *>(d.window()->page(MainWindow::PageId::Prospects));
    QVERIFY(campaigns && prospects);
    d.window()->goTo(MainWindow::PageId::Campaigns);
    emit campaigns->openConversation(chatId);
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Prospects);
    ConversationModel *conversation = prospects->conversation()->model();
    QCOMPARE(conversation->chatId(), chatId);
    QTRY_VERIFY_WITH_TIMEOUT(conversation->isLoaded(), 20000);
    QVERIFY(!conversation->details().prospect.name.isEmpty());
}

void tst_DeskWiring::everyPageFitsA1024Window()
{
    // A small laptop screen: the window can be 1024 pixels wide and every page, with its data
    // loaded, lays out inside it (nothing asks for more than the stack offers).
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->resize(1024, 700);
    for (const auto id : MainWindow::allPages()) {
        d.window()->goTo(id);
        Page *page = d.window()->page(id);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QCoreApplication::processEvents();
        QCOMPARE(d.window()->width(), 1024);
        QVERIFY2(page->minimumSizeHint().width() <= page->width(),
            qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                           .arg(MainWindow::pageKey(id))
                           .arg(page->minimumSizeHint().width())
                           .arg(page->width())));
    }
}

QTEST_MAIN(tst_DeskWiring)
#include "tst_deskwiring.moc"
