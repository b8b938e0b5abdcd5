// Do Not Contact page: the team's list of people Kakiyo must leave alone — list and filter, add
// or check one URL, paste or import many, remove with confirmation (all in DncListEditor). The
// list is shown from the cache first and refreshed on F5 or after a change.
#pragma once

#include "ui/shell/Page.h"

namespace kakiyo {

class Connection;
class DncListEditor;

class DncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncPage)

public:
    explicit DncPage(Connection *session, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;

    DncListEditor *editor() const { return m_editor; }

private:
    DncListEditor *m_editor;
};

} // namespace kakiyo
