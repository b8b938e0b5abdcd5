// Do Not Contact page: the team's list of people Kakiyo must leave alone — list and filter, add
// or check one URL, paste or import many, remove with confirmation (all in DncListEditor), and
// export the whole list to a CSV file the DNC import reads back (DncExport: every page asked of
// the server, the file written atomically). The list is shown from the cache first and
// refreshed on F5 or after a change.
#pragma once

#include "ui/shell/Page.h"

class QAction;
class QToolButton;

namespace kakiyo {

class Connection;
class DncExport;
class DncListEditor;

class DncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncPage)

public:
    explicit DncPage(Connection *session, QWidget *parent = nullptr);
    ~DncPage() override;

    void refresh() override;
    void activate() override;

    DncListEditor *editor() const { return m_editor; }
    QAction *exportAction() const { return m_exportAction; }
    // Asks for a file name, then exports.
    void exportWithDialog();
    // Exports the whole list to this file (the dialog's choice; tests call it directly).
    void exportTo(const QString &fileName);
    bool isExporting() const;

signals:
    // An export ended: ok, and the message the page showed.
    void exportFinished(bool ok, const QString &message);

private:
    DncListEditor *m_editor;
    DncExport *m_export;
    QAction *m_exportAction = nullptr;
    QToolButton *m_exportButton = nullptr;
    QString m_lastFile;
};

} // namespace kakiyo
