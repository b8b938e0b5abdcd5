#include "sandbox/CoreSchema.h"

#include "sandbox/SandboxState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kakiyo::sandbox {

void createCoreSchema(QSqlDatabase &db)
{
    static const char *statements[] = {
        R"(CREATE TABLE IF NOT EXISTS sandbox_meta (key TEXT PRIMARY KEY, value TEXT))",
        R"(CREATE TABLE IF NOT EXISTS workspaces (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            client_team_id TEXT NOT NULL,
            created_at TEXT NOT NULL))",
        R"(CREATE TABLE IF NOT EXISTS workspace_members (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            user_id TEXT NOT NULL,
            email TEXT NOT NULL COLLATE NOCASE,
            roles TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (workspace_id, email)))",
        R"(CREATE TABLE IF NOT EXISTS agents (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            login TEXT,
            country TEXT,
            avatar TEXT,
            next_task TEXT,
            working_days TEXT NOT NULL DEFAULT '1:1:1:1:1:0:0',
            working_start TEXT NOT NULL DEFAULT '09:00',
            working_stop TEXT NOT NULL DEFAULT '17:00',
            timezone INTEGER NOT NULL DEFAULT 0,
            invitations_min INTEGER NOT NULL DEFAULT 10,
            invitations_max INTEGER NOT NULL DEFAULT 20,
            messages_min INTEGER NOT NULL DEFAULT 20,
            messages_max INTEGER NOT NULL DEFAULT 40,
            skip_in_network INTEGER NOT NULL DEFAULT 0,
            invitations_only INTEGER NOT NULL DEFAULT 0,
            usage_invitations INTEGER NOT NULL DEFAULT 0,
            usage_invitations_daily INTEGER NOT NULL DEFAULT 0,
            usage_messages INTEGER NOT NULL DEFAULT 0,
            usage_messages_daily INTEGER NOT NULL DEFAULT 0,
            next_invitation TEXT,
            next_message TEXT,
            workspace_id TEXT REFERENCES workspaces(id) ON DELETE SET NULL,
            importing INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
        R"(CREATE INDEX IF NOT EXISTS agents_workspace ON agents(workspace_id))",
        R"(CREATE TABLE IF NOT EXISTS agent_alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            sub_type TEXT NOT NULL,
            message TEXT NOT NULL,
            severity TEXT NOT NULL))",
        R"(CREATE INDEX IF NOT EXISTS agent_alerts_agent ON agent_alerts(agent_id))",
        R"(CREATE TABLE IF NOT EXISTS products (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            created_at TEXT NOT NULL))",
        R"(CREATE TABLE IF NOT EXISTS prompts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            model TEXT NOT NULL,
            context TEXT NOT NULL DEFAULT '',
            first_message TEXT NOT NULL DEFAULT '',
            follow_ups TEXT NOT NULL DEFAULT '[]',
            follow_up_enabled INTEGER NOT NULL DEFAULT 1,
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
        R"(CREATE TABLE IF NOT EXISTS campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            product_id TEXT REFERENCES products(id) ON DELETE SET NULL,
            prompt_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
            agent_id TEXT REFERENCES agents(id) ON DELETE CASCADE,
            qualification_automatic INTEGER NOT NULL DEFAULT 70,
            qualification_verification INTEGER NOT NULL DEFAULT 50,
            variables TEXT NOT NULL DEFAULT '{}',
            prevent_auto_start INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
        R"(CREATE INDEX IF NOT EXISTS campaigns_agent ON campaigns(agent_id))",
        R"(CREATE INDEX IF NOT EXISTS campaigns_created ON campaigns(created_at, id))",
        R"(CREATE TABLE IF NOT EXISTS webhooks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            url TEXT NOT NULL,
            secret TEXT,
            events TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            last_success TEXT,
            last_failure TEXT,
            success_count INTEGER NOT NULL DEFAULT 0,
            failure_count INTEGER NOT NULL DEFAULT 0,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            throw SqlFailure(QStringLiteral("schema: %1").arg(q.lastError().text()).toStdString());
    }
}

} // namespace kakiyo::sandbox
