// The coloured workspace marker: a dot in the workspace's own colour and its name, shown in the
// status bar and the sidebar header so it is always clear whose data the window shows.
#pragma once

#include <QWidget>

namespace kakiyo {

class WorkspaceMarker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceMarker)

public:
    explicit WorkspaceMarker(QWidget *parent = nullptr);

    // id empty = the team (a hollow dot).
    void setWorkspace(const QString &id, const QString &name);
    QString workspaceId() const { return m_id; }
    QString text() const { return m_name; }
    QColor color() const; // for the current palette; invalid for the team
    // A workspace's own colour, the same on every run (invalid for the team, id empty); its
    // lightness suits the light or the dark palette.
    static QColor colorFor(const QString &workspaceId, bool dark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_id;
    QString m_name;
};

} // namespace kakiyo
