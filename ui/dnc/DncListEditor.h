// The body of the Do Not Contact page: the team's list of people Kakiyo must leave alone,
// filtered locally as you type. One URL is validated and normalised while it is typed (the stored
// form is shown), then added or checked against the server (a check costs a call, and says so).
// Many URLs are pasted or imported from a CSV in DncBatchDialog. Selected entries are removed
// after a confirmation, one call each, with progress. It also makes the page's palette commands.
// DncPage is only the frame (header, refresh, palette); everything on the list lives here.
#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class Connection;
class DncBatchDialog;
class DncListModel;
class ServerListModel;

class DncListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncListEditor)

public:
    explicit DncListEditor(Connection *session, QWidget *parent = nullptr);
    ~DncListEditor() override;

    // Asks the server again / loads from the cache if never loaded.
    void refresh();
    void activate();
    // The palette commands ("Add to Do Not Contact…", "Check a URL…", "Add many…").
    QList<QAction *> commands() const { return m_commands; }

    DncListModel *list() const { return m_list; }
    ServerListModel *listModel() const;
    QTableView *table() const { return m_table; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The URL field's content, added / checked against the server.
    void addUrl();
    void checkUrl();
    // Opens (or raises) the "add many" dialog.
    DncBatchDialog *openBatch();
    // Asks for confirmation, then removes the selected entries one call at a time.
    void removeSelected();
    // Selects the rows of these entry ids (tests, and after adding one).
    void selectIds(const QStringList &ids);
    QStringList selectedIds() const;
    bool isBusyWriting() const { return m_writing; }

    QString message() const;
    // Shows a line above the list (the page's export reports here).
    void showMessage(const QString &text, bool error = false) { say(text, error); }
    QString urlHint() const;
    QString checkAnswer() const;
    QString countText() const;

signals:
    // One of the editor's palette commands ran while another page was in front.
    void showRequested();

private:
    enum class Intent
    {
        Add,
        Check
    };

    void bringForward(Intent intent);
    void urlEdited();
    void say(const QString &text, bool error = false);
    void updateCount();
    void syncButtons();
    void removeNext();

    Connection *m_connection;
    DncListModel *m_list;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_message = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_answer = nullptr;
    QPushButton *m_batchButton = nullptr;
    QPushButton *m_remove = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<DncBatchDialog> m_batch;
    QList<QAction *> m_commands;
    Intent m_intent = Intent::Add;
    bool m_writing = false;
    QString m_selectAfterLoad; // id of the entry just added

    struct Removal
    {
        QString id;
        QString url;
    };
    QList<Removal> m_removeQueue;
    int m_removeTotal = 0;
    int m_removed = 0;
    QStringList m_removeErrors;
};

} // namespace kakiyo
