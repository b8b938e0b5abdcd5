// "Import a Sales Navigator search": queues an import of a saved Sales Navigator people search
// into a campaign (POST /prospects/sales-navigator, answered 202 "queued" with its run and source
// ids). The API has no call to ask a run's progress, so the dialog follows what can be seen: the
// campaign's prospect count (GET /prospects/search with the campaign filter and one row, never
// cached), asked through the scheduler every few seconds until the requested number arrived, no
// more arrive for a while, or a deadline passes — and says which. The URL, count and name are
// checked offline first; a refused form costs no call, a server refusal is shown in place.
#pragma once

#include "ui/library/FormErrors.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kakiyo {

class Connection;

class SalesNavigatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesNavigatorDialog)

public:
    enum class State
    {
        Editing,
        Sending,
        Watching, // queued; counting the campaign's prospects
        Done, // the requested number arrived, or arrivals stopped
        StillRunning, // the deadline passed while prospects may still arrive
        Failed,
    };

    SalesNavigatorDialog(Connection *session, const QString &campaignId, QWidget *parent = nullptr);

    QComboBox *campaignBox() const { return m_campaign; }
    QLineEdit *searchUrlEdit() const { return m_searchUrl; }
    QComboBox *countBox() const { return m_count; }
    QLineEdit *nameEdit() const { return m_name; }
    bool campaignsLoaded() const { return m_campaignsLoaded; }

    bool submit();
    State state() const { return m_state; }
    QString errorText(const QString &field) const { return m_errors.text(field); }
    QString generalError() const;
    QString statusText() const;
    QString runId() const { return m_runId; }
    qint64 arrivedCount() const { return m_arrived; }
    // Poll interval, how many unchanged answers end the watch, and the deadline (tests).
    void setWatchTiming(int intervalMs, int quietPolls, int deadlineMs);

signals:
    // New prospects arrived in the campaign (the Prospects page refreshes).
    void arrived(qint64 count);
    void stateChanged(kakiyo::SalesNavigatorDialog::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCampaigns(const QString &preselect);
    FieldErrors problems() const;
    void setState(State state);
    void setStatus(const QString &text);
    void countProspects(bool baseline);
    void onCount(qint64 total);

    Connection *m_connection;
    QObject *m_owner;
    QComboBox *m_campaign = nullptr;
    QLineEdit *m_searchUrl = nullptr;
    QComboBox *m_count = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_send = nullptr;
    FormErrors m_errors;
    QTimer m_next;
    QElapsedTimer m_since;
    State m_state = State::Editing;
    bool m_campaignsLoaded = false;
    bool m_attempted = false;
    QString m_sentCampaign;
    QString m_runId;
    int m_requested = 0;
    qint64 m_baseline = -1;
    qint64 m_arrived = 0;
    int m_unchanged = 0;
    int m_intervalMs = 3000;
    int m_quietPolls = 5;
    int m_deadlineMs = 180000;
};

} // namespace kakiyo
