// "Add many to Do Not Contact": URLs pasted one per line, or a CSV file with the URL column
// detected (the user may pick another). Before anything is sent the preview shows each line's
// fate — valid, invalid with the reason, duplicate, already on the list — and the number of
// calls; sending runs the calls one after another with progress and ends with a summary of what
// the server added. Non-modal: the list stays usable beside it.
#pragma once

#include "models/import/DncBatchPlan.h"
#include "models/import/DncCsvFile.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QWidget;

namespace kakiyo {

class Connection;
class DncBatchPreviewModel;
class DncListModel;

class DncBatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncBatchDialog)

public:
    struct Outcome
    {
        qint64 added = 0;
        qint64 duplicates = 0; // already listed when the server processed them
        qint64 refused = 0; // the server's "error" rows
        int callsDone = 0;
        int callsPlanned = 0;
        qint64 notSent = 0;
        QString error; // why sending stopped early; empty when every call succeeded
    };

    DncBatchDialog(Connection *session, DncListModel *list, QWidget *parent = nullptr);
    ~DncBatchDialog() override;

    void setText(const QString &text);
    // Reads a CSV file; false (and the error shown in the dialog) when it cannot be used.
    bool loadCsv(const QString &path);
    void useColumn(int column);
    void usePastedText();
    // Recomputes the preview now (it otherwise follows the input after a short pause).
    void updatePreview();
    void send();
    void cancel();

    const DncBatchPlan &plan() const;
    bool isSending() const { return m_sending; }
    QString summaryText() const;
    QString errorText() const;
    QString resultText() const;
    std::optional<Outcome> lastOutcome() const { return m_outcome; }

signals:
    // Sending ended: every call made, stopped on request, or a call failed.
    void sent(const kakiyo::DncBatchDialog::Outcome &outcome);

private:
    void chooseFile();
    void sendNext();
    void finish();
    void showError(const QString &text);
    void syncButtons();

    Connection *m_connection;
    DncListModel *m_list;
    DncBatchPreviewModel *m_preview;
    std::optional<DncCsvFile> m_csv;
    QPlainTextEdit *m_text = nullptr;
    QWidget *m_fileRow = nullptr;
    QLabel *m_fileLabel = nullptr;
    QComboBox *m_column = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_debounce = nullptr;

    bool m_sending = false;
    bool m_cancelRequested = false;
    QList<QStringList> m_chunks;
    Outcome m_run;
    std::optional<Outcome> m_outcome;
};

} // namespace kakiyo
