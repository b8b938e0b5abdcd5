// The Library's list models against a real sandbox, each under QAbstractItemModelTester: rows as
// the server lists them, raw sort values, a second load answered by the cache without a call, a
// failed refresh that keeps the rows and says why, the catalogue's prices (a missing cached price
// sorts last), and the prompt list naming models from the catalogue.
#include "common/SessionFixture.h"
#include "models/ModelCatalogModel.h"
#include "models/ProductListModel.h"
#include "models/PromptListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_LibraryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void productsAsListed();
    void cachedAnswerCostsNoCall();
    void failedRefreshKeepsRows();
    void catalogueWithPrices();
    void promptsNameTheirModels();

private:
    SessionFixture m_fx {QStringLiteral("library-models")};
};

void tst_LibraryModels::initTestCase()
{
    QVERIFY2(m_fx.start({QStringLiteral("--prospects"), QStringLiteral("50")}),
        qPrintable(m_fx.errorString()));
}

void tst_LibraryModels::init()
{
    // A fresh cache per test, so each starts with nothing cached.
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
}

void tst_LibraryModels::productsAsListed()
{
    ProductListModel model(m_fx.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ServerListModel::loaded);
    QCOMPARE(model.columnCount(), int(ProductListModel::ColumnCount));
    model.load(false);
    QVERIFY(model.isLoading());
    QVERIFY(SessionFixture::waitLoaded(model));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.errorText().isEmpty());

    const QJsonArray listed = m_fx.sandbox->call("GET", QStringLiteral("/products")).json.array();
    QVERIFY(!listed.isEmpty());
    QCOMPARE(model.rowCount(), listed.size());
    for (int r = 0; r < listed.size(); ++r) {
        const QJsonObject p = listed.at(r).toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        QCOMPARE(model.rowOf(id), r);
        QCOMPARE(model.index(r, 0).data(ProductListModel::IdRole).toString(), id);
        QCOMPARE(model.index(r, ProductListModel::NameColumn).data().toString(),
            p.value(QStringLiteral("name")).toString());
        // The table shows one line; the tooltip and the value keep the whole text.
        QCOMPARE(
            model.index(r, ProductListModel::DescriptionColumn).data(Qt::ToolTipRole).toString(),
            p.value(QStringLiteral("description")).toString());
        QCOMPARE(model.index(r, ProductListModel::CreatedColumn)
                     .data(ProductListModel::RawRole)
                     .toDateTime(),
            QDateTime::fromString(
                p.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs));
    }
    QCOMPARE(model.rowOf(QStringLiteral("no-such-id")), -1);
    QCOMPARE(model.headerData(ProductListModel::NameColumn, Qt::Horizontal).toString(),
        QStringLiteral("Product"));
}

void tst_LibraryModels::cachedAnswerCostsNoCall()
{
    // Shown again (a new page, the app restarted): the cache answers, the server is not asked.
    PromptListModel again(m_fx.connection());
    QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_fx.secondLoadFromCache(again, QStringLiteral("GET /prompts")));

    // A refresh asks.
    again.load(true);
    QVERIFY(SessionFixture::waitLoaded(again));
    QVERIFY(!again.isFromCache());
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /prompts")), 2);
}

void tst_LibraryModels::failedRefreshKeepsRows()
{
    ProductListModel model(m_fx.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(false);
    QVERIFY(SessionFixture::waitLoaded(model));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    const QDateTime updated = model.updatedAt();

    QVERIFY(
        m_fx.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/v1/products")},
            {QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 5}}));
    QSignalSpy failed(&model, &ServerListModel::loadFailed);
    model.load(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.updatedAt(), updated);

    QVERIFY(m_fx.sandbox->clearFaults());
    model.load(true);
    QVERIFY(SessionFixture::waitLoaded(model));
    QVERIFY(model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), rows);
}

void tst_LibraryModels::catalogueWithPrices()
{
    ModelCatalogModel model(m_fx.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(false);
    QVERIFY(SessionFixture::waitLoaded(model));
    const QJsonObject answer = m_fx.sandbox->call("GET", QStringLiteral("/models")).object();
    const QJsonArray listed = answer.value(QStringLiteral("models")).toArray();
    QVERIFY(!listed.isEmpty());
    QCOMPARE(model.rowCount(), listed.size());
    QCOMPARE(model.serverTotal(), answer.value(QStringLiteral("total")).toInteger());

    bool sawNullCached = false;
    for (int r = 0; r < listed.size(); ++r) {
        const QJsonObject m = listed.at(r).toObject();
        const QJsonObject pricing = m.value(QStringLiteral("pricing")).toObject();
        QCOMPARE(model.index(r, 0).data(ModelCatalogModel::IdRole).toString(),
            m.value(QStringLiteral("id")).toString());
        QCOMPARE(model.index(r, ModelCatalogModel::InputColumn)
                     .data(ModelCatalogModel::RawRole)
                     .toDouble(),
            pricing.value(QStringLiteral("input")).toDouble());
        QCOMPARE(model.index(r, ModelCatalogModel::OutputColumn).data().toString(),
            ModelCatalogModel::price(pricing.value(QStringLiteral("output")).toDouble()));
        const QModelIndex cached = model.index(r, ModelCatalogModel::CachedColumn);
        if (pricing.value(QStringLiteral("cached")).isNull()) {
            sawNullCached = true;
            QCOMPARE(cached.data().toString(), QStringLiteral("—"));
            QCOMPARE(cached.data(ModelCatalogModel::RawRole).toDouble(), -1.0);
        } else {
            QCOMPARE(cached.data(ModelCatalogModel::RawRole).toDouble(),
                pricing.value(QStringLiteral("cached")).toDouble());
        }
    }
    QVERIFY(sawNullCached); // the documented catalogue has models without a cached price
    QCOMPARE(model.names().size(), listed.size());
}

void tst_LibraryModels::promptsNameTheirModels()
{
    PromptListModel prompts(m_fx.connection());
    QAbstractItemModelTester tester(
        &prompts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelCatalogModel catalogue(m_fx.connection());
    prompts.load(false);
    catalogue.load(false);
    QVERIFY(SessionFixture::waitLoaded(prompts));
    QVERIFY(SessionFixture::waitLoaded(catalogue));
    QVERIFY(prompts.rowCount() > 0);
    const Prompt first = prompts.prompt(0);
    const QModelIndex cell = prompts.index(0, PromptListModel::ModelColumn);
    QCOMPARE(cell.data().toString(), first.model); // the id until the catalogue is known

    QSignalSpy changed(&prompts, &QAbstractItemModel::dataChanged);
    prompts.setModelNames(catalogue.names());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell.data().toString(), catalogue.names().value(first.model));
    prompts.setModelNames(catalogue.names()); // nothing new: no signal
    QCOMPARE(changed.count(), 1);

    QCOMPARE(prompts.newestNamed(first.name), first.id);
    QVERIFY(prompts.newestNamed(QStringLiteral("no prompt has this name")).isEmpty());
    QCOMPARE(prompts.index(0, 0).data(PromptListModel::TypeRole).toString(), first.type);
}

QTEST_MAIN(tst_LibraryModels)
#include "tst_librarymodels.moc"
