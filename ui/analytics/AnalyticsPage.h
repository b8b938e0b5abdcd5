#pragma once
// AnalyticsPage: the Analytics area of the main window. It owns the AnalyticsModel, fills it
// through AnalyticsModelLoader (cached answers first, the server on refresh; each fresh overview
// is kept as the day's snapshot), shows it in an AnalyticsView, and writes the PDF report.
// Built like the other pages: `new AnalyticsPage(session)`.

#include "ui/shell/Page.h"

namespace kakiyo {

class AnalyticsModel;
class AnalyticsModelLoader;
class AnalyticsView;
class Connection;
class OutreachLoader;

class AnalyticsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPage)

public:
    explicit AnalyticsPage(Connection *session, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;

    AnalyticsModel *model() const { return m_model; }
    AnalyticsModelLoader *loader() const { return m_loader; }
    OutreachLoader *outreachLoader() const { return m_outreach; }
    AnalyticsView *view() const { return m_view; }
    // Team or workspace name for the report's title page (the shell knows it).
    void setTeamName(const QString &name);

public slots:
    // Asks where to save (SavePrompt), then writes the report PDF.
    void exportReport();
    // Asks where to save, then writes the per-sender table as CSV.
    void exportSenders();

private:
    Connection *m_connection;
    AnalyticsModel *m_model;
    AnalyticsModelLoader *m_loader;
    OutreachLoader *m_outreach;
    AnalyticsView *m_view;
    QString m_teamName;
    bool m_activated = false;
};

} // namespace kakiyo
