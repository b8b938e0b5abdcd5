// ProspectExport: writes every prospect matching a search (or the first N) to a CSV file, asking
// GET /prospects/search page by page (100 rows each) — exactly ceil(min(N, total) / 100) pages
// (in a client workspace each page costs one call per campaign: SearchPage::callsPerPage)
// against a server that serves full pages (one call when nothing matches: the server must say
// so). A server that serves shorter pages (it caps `limit`) is followed by `hasMore` and the rows
// it actually sent. The file is written atomically (QSaveFile): a failed or cancelled export
// leaves any earlier file untouched.
//
// Answers that contradict themselves — a negative or implausible total, `hasMore` with an empty
// page, more rows than the total, the same rows again, no more rows before the total — stop the
// export there: the rows served so far are saved (never dropped), and the outcome is not ok,
// with `written` set and `error` naming the contradiction. Used by the Prospects page and by the
// headless `kakiyo-desk export --table prospects`.
#pragma once

#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

class QSaveFile;

namespace kakiyo {

class Connection;
class ProspectsApi;

class ProspectExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectExport)

public:
    static constexpr int kPageSize = 100;
    static constexpr qint64 kMaxPlausibleTotal = SearchPage::kMaxPlausibleTotal;

    struct Outcome
    {
        bool ok = false; // every row asked for was written
        bool written = false; // the file was saved (also for an export that stopped early)
        qint64 rows = 0; // rows written
        qint64 total = 0; // the server's total for the query
        int calls = 0; // search calls spent
        QString error; // user-facing, never holds the key
    };

    explicit ProspectExport(Connection *session, QObject *parent = nullptr);
    ~ProspectExport() override;

    // limit < 0 = every match. Progress and finished follow asynchronously.
    void start(const ProspectSearchQuery &filter, const QString &fileName, qint64 limit = -1);
    void cancel();
    bool isRunning() const { return m_running; }

    // Search calls an export of `total` matches (first `limit`, < 0 = all) spends.
    static int callsFor(qint64 total, qint64 limit = -1);

    // Headless: runs an export to the end in a local event loop. `progress` (optional) gets
    // (rows written, rows to write) after each page.
    static Outcome run(Connection *session, const ProspectSearchQuery &filter,
        const QString &fileName, qint64 limit = -1,
        const std::function<void(qint64, qint64)> &progress = {});

    // Writes rows already in memory (the page's "export loaded rows"), atomically.
    static Outcome writeRows(const QList<ProspectSearchItem> &rows, const QString &fileName);

signals:
    void progress(qint64 written, qint64 toWrite);
    void finished(const kakiyo::ProspectExport::Outcome &outcome);

private:
    void askPage(qint64 offset);
    void onPage(qint64 offset, const SearchPage &page);
    void fail(const QString &message);
    // Saves what was written; `problem` non-empty = the export stopped early because of it.
    void complete(const QString &problem = {});

    Connection *m_connection;
    std::unique_ptr<ProspectsApi> m_api;
    std::unique_ptr<QSaveFile> m_file;
    QObject *m_owner = nullptr;
    ProspectSearchQuery m_filter;
    qint64 m_limit = -1;
    qint64 m_toWrite = 0; // -1 while the server gave no usable total
    bool m_firstPage = true;
    QSet<size_t> m_seen; // hashes of the rows written: a server repeating itself is caught
    Outcome m_outcome;
    bool m_running = false;
};

} // namespace kakiyo
