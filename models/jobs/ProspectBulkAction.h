// ProspectBulkAction: one action over the selected prospects — pause, resume, qualify (one call
// per conversation) or delete (up to 100 prospects per call) — with its preview (calls, credits,
// the minimum time the rate limits allow) before it runs, progress while it runs, and one result
// per row afterwards.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace kakiyo {

class Connection;
class ProspectsApi;

class ProspectBulkAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectBulkAction)

public:
    enum class Kind
    {
        Pause,
        Resume,
        Qualify,
        Delete
    };

    struct Target
    {
        QString chatId;
        QString prospectId;
        QString name;
    };

    struct RowResult
    {
        Target target;
        bool ok = false;
        QString message;
        bool sent = true; // false: cancelled before its call went out (nothing changed)
    };

    struct Preview
    {
        int rows = 0;
        int calls = 0;
        int credits = 0;
        qint64 minimumMs = 0; // the time the rate limits need at least
        QString text() const;
    };

    ProspectBulkAction(
        Connection *session, Kind kind, const QList<Target> &targets, QObject *parent = nullptr);
    ~ProspectBulkAction() override;

    Preview preview() const;
    void start();
    // Stops after the call in flight: its answer is still recorded, the rows not sent yet are
    // reported as not sent. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    const QList<Target> &targets() const { return m_targets; }
    Kind kind() const { return m_kind; }
    const QList<RowResult> &results() const { return m_results; }
    static QString kindName(Kind kind);

signals:
    // `done` rows have their result (results() grows in target order).
    void progress(int done, int total);
    void finished();

private:
    void next();

    Connection *m_connection;
    std::unique_ptr<ProspectsApi> m_api;
    Kind m_kind;
    QList<Target> m_targets;
    QList<RowResult> m_results;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace kakiyo
