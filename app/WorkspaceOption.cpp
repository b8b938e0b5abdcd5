#include "app/WorkspaceOption.h"

#include "app/CommandWait.h"
#include "models/api/Connection.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/api/WorkspacesApi.h"
#include "models/domain/Ack.h"

#include <QCoreApplication>

namespace kakiyo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kakiyo::WorkspaceOption", text);
}
} // namespace

WorkspaceOption WorkspaceOption::apply(Connection *connection, const QString &nameOrId)
{
    WorkspaceOption o;
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    QObject owner;
    Result<WorkspaceList> result;
    ReadOptions options;
    options.cache = ApiRequest::CacheMode::Refresh; // an assignment made a second ago counts
    WorkspacesApi(connection)
        .list(
            &owner,
            [&](const Result<WorkspaceList> &r) {
                result = r;
                wait.finish();
            },
            options);
    const CommandWait::Outcome waited = wait.run();
    connection->cancel(&owner);
    o.exitCode = 1;
    if (waited == CommandWait::Outcome::Interrupted) {
        o.error = CommandWait::interruptedText();
        return o;
    }
    if (waited == CommandWait::Outcome::TimedOut) {
        o.error = CommandWait::timedOutText(boundMs);
        return o;
    }
    if (!result.ok()) {
        o.error = tr("the workspaces could not be listed: %1").arg(result.error.userMessage());
        return o;
    }
    QList<Workspace> byName;
    for (const Workspace &w : result.value.workspaces) {
        if (w.id == nameOrId) {
            byName = {w};
            break;
        }
        if (w.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            byName << w;
    }
    o.exitCode = 2;
    if (byName.isEmpty()) {
        QStringList names;
        for (const Workspace &w : result.value.workspaces)
            names << QStringLiteral("%1 (%2)").arg(w.name, w.id);
        o.error = names.isEmpty()
            ? tr("there is no workspace \"%1\": the team has no client workspaces").arg(nameOrId)
            : tr("there is no workspace \"%1\"; the team's workspaces: %2")
                  .arg(nameOrId, names.join(QStringLiteral(", ")));
        return o;
    }
    if (byName.size() > 1) {
        o.error = tr("%1 workspaces are named \"%2\": give its id instead")
                      .arg(byName.size())
                      .arg(nameOrId);
        return o;
    }
    o.exitCode = 0;
    o.workspace = byName.first();
    connection->setWorkspace(o.workspace.id);
    return o;
}

WorkspaceOption WorkspaceOption::requireCampaign(Connection *connection, const QString &campaignId)
{
    WorkspaceOption o;
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    QObject owner;
    ApiError refused;
    WorkspaceScopeLookup(connection)
        .ifCampaign<Ack>(
            campaignId, &owner,
            [&](const Result<Ack> &r) {
                refused = r.error;
                wait.finish();
            },
            {}, [](const ResultHandler<Ack> &allowed) { allowed(Result<Ack> {}); });
    const CommandWait::Outcome waited = wait.run();
    connection->cancel(&owner);
    if (waited != CommandWait::Outcome::Finished) {
        o.exitCode = 1;
        o.error = waited == CommandWait::Outcome::Interrupted ? CommandWait::interruptedText()
                                                              : CommandWait::timedOutText(boundMs);
    } else if (refused.category != ApiError::Category::None) {
        o.exitCode = WorkspaceScopeLookup::isOutsideWorkspace(refused) ? 2 : 1;
        o.error = refused.userMessage();
    }
    return o;
}

} // namespace kakiyo
