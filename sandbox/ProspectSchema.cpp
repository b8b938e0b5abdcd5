#include "sandbox/ProspectSchema.h"

#include "sandbox/SandboxState.h"
#include "sandbox/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kakiyo::sandbox {

void createProspectSchema(QSqlDatabase &db)
{
    static const char *statements[] = {
        // One row per LinkedIn person of the team; url is the canonical LinkedIn URL.
        R"(CREATE TABLE IF NOT EXISTS prospects (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            url TEXT NOT NULL UNIQUE,
            headline TEXT,
            about TEXT,
            company_name TEXT,
            job_title TEXT,
            company_website TEXT,
            company_linkedin_url TEXT,
            city TEXT,
            country TEXT,
            created_at TEXT NOT NULL))",
        // The conversation of one prospect inside one campaign. last_message_at, responded and
        // last_activity are kept in step with the messages table (filter/sort columns).
        R"(CREATE TABLE IF NOT EXISTS chats (
            id TEXT PRIMARY KEY,
            prospect_id TEXT NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            status INTEGER NOT NULL DEFAULT 0,
            qualification TEXT NOT NULL DEFAULT 'inProgress',
            paused INTEGER NOT NULL DEFAULT 0,
            ongoing INTEGER NOT NULL DEFAULT 0,
            custom_data TEXT,
            responded INTEGER NOT NULL DEFAULT 0,
            last_message_at TEXT,
            last_activity TEXT NOT NULL,
            qualified_at TEXT,
            list_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (campaign_id, prospect_id)))",
        // role is 'assistant' (agent) or 'user' (prospect); campaign_id is copied from the chat so
        // the per-day analytics need no join.
        R"(CREATE TABLE IF NOT EXISTS messages (
            id INTEGER PRIMARY KEY,
            chat_id TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
            campaign_id TEXT NOT NULL,
            role TEXT NOT NULL,
            content TEXT NOT NULL,
            sent_at TEXT NOT NULL))",
        R"(CREATE TABLE IF NOT EXISTS import_lists (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            total INTEGER NOT NULL,
            processed INTEGER NOT NULL DEFAULT 0,
            created_ms INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            started_at TEXT,
            last_processed_at TEXT,
            completed_at TEXT))",
        R"(CREATE TABLE IF NOT EXISTS import_rows (
            list_id TEXT NOT NULL REFERENCES import_lists(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            name TEXT,
            input_url TEXT,
            custom_data TEXT,
            ongoing INTEGER NOT NULL DEFAULT 0,
            status TEXT,
            linkedin_slug TEXT,
            prospect_id TEXT,
            chat_id TEXT,
            message TEXT,
            chat_created INTEGER NOT NULL DEFAULT 0,
            custom_data_saved INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (list_id, idx)))",
        R"(CREATE TABLE IF NOT EXISTS dnc (
            id TEXT PRIMARY KEY,
            team_id TEXT NOT NULL,
            url TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            seq INTEGER NOT NULL,
            UNIQUE (team_id, url)))",
        R"(CREATE TABLE IF NOT EXISTS sales_nav_sources (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            search_url TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL))",
        R"(CREATE TABLE IF NOT EXISTS sales_nav_runs (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sales_nav_sources(id) ON DELETE CASCADE,
            campaign_id TEXT NOT NULL,
            requested_count INTEGER NOT NULL,
            created_ms INTEGER NOT NULL,
            finishes_ms INTEGER NOT NULL,
            created_at TEXT NOT NULL))",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            throw SqlFailure(
                QStringLiteral("prospect schema: %1").arg(q.lastError().text()).toStdString());
    }
}

void createProspectIndexes(QSqlDatabase &db)
{
    // The chat indexes carry every filter column of the search (status, paused, responded,
    // qualification, campaign) next to the sort key, so a filtered count or page reads only the
    // index, never the wide table rows.
    static const char *statements[] = {
        R"(CREATE INDEX IF NOT EXISTS prospects_city ON prospects(city COLLATE NOCASE, id))",
        R"(CREATE INDEX IF NOT EXISTS prospects_country ON prospects(country COLLATE NOCASE, id))",
        R"(CREATE INDEX IF NOT EXISTS chats_prospect ON chats(prospect_id, last_activity, id, status, paused, responded, qualification, campaign_id))",
        R"(CREATE INDEX IF NOT EXISTS chats_campaign_created ON chats(campaign_id, created_at, id))",
        R"(CREATE INDEX IF NOT EXISTS chats_activity ON chats(last_activity, id, status, paused, responded, qualification, campaign_id))",
        R"(CREATE INDEX IF NOT EXISTS chats_status ON chats(status, paused, last_activity, id, responded, qualification, campaign_id))",
        R"(CREATE INDEX IF NOT EXISTS chats_campaign_activity ON chats(campaign_id, last_activity, id, status, paused, responded, qualification))",
        R"(CREATE INDEX IF NOT EXISTS chats_qualified_at ON chats(qualified_at) WHERE qualified_at IS NOT NULL)",
        R"(CREATE INDEX IF NOT EXISTS messages_chat ON messages(chat_id, sent_at))",
        R"(CREATE INDEX IF NOT EXISTS messages_campaign_day ON messages(campaign_id, sent_at, role))",
        R"(CREATE INDEX IF NOT EXISTS messages_day ON messages(sent_at, role))",
        R"(CREATE INDEX IF NOT EXISTS import_lists_campaign ON import_lists(campaign_id, completed_at))",
        R"(CREATE INDEX IF NOT EXISTS dnc_newest ON dnc(team_id, created_at DESC, seq DESC))",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            throw SqlFailure(
                QStringLiteral("prospect indexes: %1").arg(q.lastError().text()).toStdString());
    }
    SearchIndex::create(db);
}

} // namespace kakiyo::sandbox
