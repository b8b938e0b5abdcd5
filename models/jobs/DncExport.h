// DncExport: writes the team's whole Do Not Contact list to a CSV file — GET /dnc page by page
// (1000 entries each, the largest page the API serves) until a short page, through DncApi and the
// scheduler. The file (columns linkedin_url, username, added, id; the URL is the canonical
// https://linkedin.com/in/<slug>) is what the DNC import (DncCsvFile, DncFile) reads back.
//
// Nothing is written until every page has arrived, and then atomically (QSaveFile): a failed,
// cancelled or contradictory export (a full disk, an unwritable folder, an error answer, a server
// that serves the same entries again) leaves no file, or the earlier one untouched. Used by the
// DNC page and by the headless `kakiyo-desk export --table dnc`.
#pragma once

#include "models/domain/DncEntry.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

namespace kakiyo {

class Connection;
class DncApi;

class DncExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncExport)

public:
    static constexpr int kPageSize = 1000;

    struct Outcome
    {
        bool ok = false; // every entry was written and the file saved
        qint64 rows = 0; // entries written
        int calls = 0; // GET /dnc calls spent
        QString error; // user-facing, never holds the key
    };

    explicit DncExport(Connection *session, QObject *parent = nullptr);
    ~DncExport() override;

    // Progress and finished follow asynchronously (also for a file that cannot be written).
    void start(const QString &fileName);
    void cancel();
    bool isRunning() const { return m_running; }

    // The CSV text of these entries (header line first, CRLF line ends).
    static QByteArray csv(const QList<DncEntry> &entries);
    // Writes entries already in memory, atomically; `calls` stays 0.
    static Outcome write(const QList<DncEntry> &entries, const QString &fileName);

signals:
    void progress(qint64 entriesRead);
    void finished(const kakiyo::DncExport::Outcome &outcome);

private:
    void askPage(qint64 offset);
    void finish(const Outcome &outcome);

    std::unique_ptr<DncApi> m_api;
    QObject *m_owner = nullptr;
    QString m_fileName;
    QList<DncEntry> m_entries;
    QSet<QString> m_seen; // ids (or URLs) already read: a server repeating itself is caught
    int m_calls = 0;
    bool m_running = false;
};

} // namespace kakiyo
