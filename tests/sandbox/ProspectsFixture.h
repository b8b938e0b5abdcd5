// What the prospects tests of kakiyo-sandbox (tst_sandbox_prospects_add,
// tst_sandbox_prospects_list) share: a seeded sandbox with instant imports and no practical rate
// limit, the campaigns that take uploads, and small request helpers. A test class derives from
// QObject and from this.
#pragma once

#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

namespace kakiyo::test {

class ProspectsFixture
{
protected:
    // The body of each test's initTestCase (it returns early when a check fails).
    void startSandbox()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {"--seed", "11", "--prospects",
            "400", "--rate-limit", "100000", "--import-delay-ms", "0"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        const HttpReply overview = call("GET", "/analytics/overview");
        QCOMPARE(overview.status, 200);
        for (const QJsonValue &c : overview.object().value("campaigns").toArray()) {
            const QString status = c["status"].toString();
            if (status == "active" || status == "paused")
                m_readyCampaigns << c["id"].toString();
            else if (status == "draft")
                m_draftCampaign = c["id"].toString();
        }
        QVERIFY2(
            m_readyCampaigns.size() >= 5, "the seeded team needs five campaigns that take uploads");
    }

    HttpReply call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        if (body.isUndefined() || body.isNull())
            return HttpProbe::send(method, m_sandbox->url(path), m_sandbox->apiKey());
        return HttpProbe::sendJson(method, m_sandbox->url(path), m_sandbox->apiKey(), body);
    }

    // Waits until the import list is completed and returns its status body.
    QJsonObject completedImport(const QString &listId)
    {
        QJsonObject status;
        for (int i = 0; i < 200; ++i) {
            const HttpReply r = call("GET", "/prospects/imports/" + listId);
            if (r.status != 200)
                return {};
            status = r.object();
            if (status["status"].toString() == "completed")
                return status;
            QTest::qWait(20);
        }
        return {};
    }

    QStringList fieldsOf(const HttpReply &reply) const
    {
        QStringList fields;
        for (const QJsonValue &d : reply.object().value("details").toArray())
            fields << d["field"].toString();
        return fields;
    }

    // Campaigns that accept uploads (active or paused), from the analytics overview.
    QStringList m_readyCampaigns;
    QString m_draftCampaign;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

} // namespace kakiyo::test
