// Prints figures for the prospect search model against a sandbox with 100,000 prospects: memory
// of 50 cached pages vs the same rows in a QStandardItemModel, data() cost per visible row, time
// from a jump to row 60,000 until its page is loaded and painted, and the search calls a scripted
// scroll through 5,000 rows spends. Figures only, no pass/fail.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/ProspectColumns.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4 : 0; // pages of 4 KiB
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool idle(const ProspectSearchModel &m)
{
    return m.state() == ProspectSearchModel::State::Loaded
        || m.state() == ProspectSearchModel::State::AtEnd;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QElapsedTimer seed;
    seed.start();
    SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("1"),
        QStringLiteral("--prospects"), QStringLiteral("100000"), QStringLiteral("--rate-limit"),
        QStringLiteral("1000000"), QStringLiteral("--quiet")});
    if (!sandbox.start(180000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("bench_prospects: sandbox with 100,000 prospects ready in %lld ms\n",
        static_cast<long long>(seed.elapsed()));
    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    session.setProfileId(QStringLiteral("bench"));
    RatePolicy policy;
    policy.setOverride(1000000, 60000);
    session.scheduler()->setPolicy(policy);

    // 1. Memory: 50 pages in the model vs the same rows in a QStandardItemModel.
    const qint64 before = residentKiB();
    auto model = std::make_unique<ProspectSearchModel>(kakiyo::test::connectionOf(&session));
    model->setFilter({});
    if (!waitUntil([&] { return idle(*model); }, 60000))
        return 1;
    std::printf("total rows: %lld\n", static_cast<long long>(model->total()));
    for (int p = 1; p < 50; ++p) {
        model->loadRows(p * 100, p * 100 + 10);
        if (!waitUntil([&] { return idle(*model); }, 60000))
            return 1;
    }
    const qint64 afterModel = residentKiB();
    const QList<ProspectSearchItem> rows = model->loadedItems();
    QStandardItemModel standard(int(rows.size()), ProspectColumns::Count);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < ProspectColumns::Count; ++c)
            standard.setItem(r, c, new QStandardItem(ProspectColumns::text(rows.at(r), c)));
    const qint64 afterStandard = residentKiB();
    std::printf("memory, 50 pages (%lld rows): model ~%lld KiB (incl. the domain rows), "
                "QStandardItemModel of the same rows ~%lld KiB more (RSS deltas)\n",
        static_cast<long long>(rows.size()), static_cast<long long>(afterModel - before),
        static_cast<long long>(afterStandard - afterModel));

    // 2. data() per visible row (30 rows x 9 columns, DisplayRole).
    QElapsedTimer t;
    const int rounds = 2000;
    t.start();
    qint64 chars = 0;
    for (int i = 0; i < rounds; ++i)
        for (int r = 1000; r < 1030; ++r)
            for (int c = 0; c < ProspectColumns::Count; ++c)
                chars += model->data(model->index(r, c)).toString().size();
    const double perRowNs = double(t.nsecsElapsed()) / (rounds * 30.0);
    std::printf("data(): %.0f ns per visible row (9 columns, DisplayRole; %lld chars)\n", perRowNs,
        static_cast<long long>(chars));

    // 3. Jump to row 60,000 until its page is loaded and painted.
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.setModel(model.get());
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    t.restart();
    view.scrollTo(model->index(60000, 0), QAbstractItemView::PositionAtTop);
    model->loadRows(60000, 60000 + view.viewport()->height() / 24);
    if (!waitUntil([&] { return model->isRowLoaded(60000); }, 60000))
        return 1;
    view.viewport()->repaint();
    std::printf("jump to row 60,000: page loaded and painted after %lld ms\n",
        static_cast<long long>(t.elapsed()));

    // 4. A scripted scroll through 5,000 rows: 25 rows per step every 16 ms, pausing 400 ms
    // (reading) every 1,000 rows, with the production settle delay (150 ms).
    auto scrolling = std::make_unique<ProspectSearchModel>(kakiyo::test::connectionOf(&session));
    QTableView scrollView;
    scrollView.resize(1200, 800);
    scrollView.verticalHeader()->setDefaultSectionSize(24);
    scrollView.setModel(scrolling.get());
    scrollView.show();
    scrolling->setFilter({});
    if (!waitUntil([&] { return idle(*scrolling); }, 60000))
        return 1;
    sandbox.resetRequestCounts();
    QObject::connect(
        scrollView.verticalScrollBar(), &QScrollBar::valueChanged, scrolling.get(), [&] {
            scrolling->setVisibleRows(
                scrollView.rowAt(0), scrollView.rowAt(scrollView.viewport()->height() - 1));
        });
    t.restart();
    for (int row = 25; row <= 5000; row += 25) {
        scrollView.scrollTo(scrolling->index(row, 0), QAbstractItemView::PositionAtTop);
        QTest::qWait(16);
        if (row % 1000 == 0)
            QTest::qWait(400);
    }
    QTest::qWait(400);
    std::printf("scripted scroll through 5,000 rows (%lld ms): %d search calls (page cache "
                "holds %d pages; scrolling without the settle delay would ask 50)\n",
        static_cast<long long>(t.elapsed()),
        sandbox.requestCount(QStringLiteral("GET /prospects/search")),
        scrolling->cachedPageCount());
    return 0;
}
