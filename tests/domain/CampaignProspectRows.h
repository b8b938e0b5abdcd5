// The campaign and prospect rows of tst_encoders_validation's table (the agent, catalogue, webhook,
// DNC and workspace rows are in the test itself): each breaks one documented constraint of the
// contract and names the field error it expects (or none).
#pragma once

#include "EncoderFixtures.h"

namespace kakiyo::test {

inline void addCampaignValidationRows()
{
    const auto row = addValidationRow;

    row(
        "campaign ok", [] { return validCampaign().encode().errors; }, "");
    row(
        "campaign name 2 chars",
        [] {
            auto c = validCampaign();
            c.name = "Q2";
            return c.encode().errors;
        },
        "name");
    row(
        "campaign name 3 chars",
        [] {
            auto c = validCampaign();
            c.name = "Q23";
            return c.encode().errors;
        },
        "");
    row(
        "campaign name 101 chars",
        [] {
            auto c = validCampaign();
            c.name = QString(101, 'x');
            return c.encode().errors;
        },
        "name");
    row(
        "campaign name 100 chars",
        [] {
            auto c = validCampaign();
            c.name = QString(100, 'x');
            return c.encode().errors;
        },
        "");
    row(
        "campaign missing ids",
        [] {
            auto c = validCampaign();
            c.productId.clear();
            c.promptId.clear();
            c.agentId = "  ";
            return c.encode().errors;
        },
        "productId,promptId,agentId");
    row(
        "campaign threshold 101",
        [] {
            auto c = validCampaign();
            c.qualificationAutomatic = 101;
            return c.encode().errors;
        },
        "qualificationAutomatic");
    row(
        "campaign threshold -1",
        [] {
            auto c = validCampaign();
            c.qualificationVerification = -1;
            return c.encode().errors;
        },
        "qualificationVerification");
    row(
        "campaign thresholds edges",
        [] {
            auto c = validCampaign();
            c.qualificationAutomatic = 100;
            c.qualificationVerification = 0;
            return c.encode().errors;
        },
        "");
    row(
        "campaign variable key",
        [] {
            auto c = validCampaign();
            c.variables.insert("pain point", "x");
            return c.encode().errors;
        },
        "variables.pain point");
    row(
        "campaign variable too long",
        [] {
            auto c = validCampaign();
            c.variables.insert("goal", QString(3001, 'x'));
            return c.encode().errors;
        },
        "variables.goal");
    row(
        "campaign update empty", [] { return CampaignUpdate {}.encode().errors; }, "(body)");
    row(
        "campaign update name short",
        [] {
            CampaignUpdate u;
            u.name = "ab";
            return u.encode().errors;
        },
        "name");
    row(
        "campaign update threshold",
        [] {
            CampaignUpdate u;
            u.qualificationAutomatic = 150;
            return u.encode().errors;
        },
        "qualificationAutomatic");
}

inline void addProspectValidationRows()
{
    const auto row = addValidationRow;

    row(
        "prospect ok",
        [] {
            return ProspectCreate {"campaign_1", person(1)}.encode().errors;
        },
        "");
    row(
        "prospect no campaign",
        [] {
            return ProspectCreate {"", person(1)}.encode().errors;
        },
        "campaignId");
    row(
        "prospect bad url",
        [] {
            auto p = person(1);
            p.url = "https://example.com/john";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "url");
    row(
        "prospect url without scheme",
        [] {
            auto p = person(1);
            p.url = "www.linkedin.com/in/john/";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "");
    row(
        "prospect company url",
        [] {
            auto p = person(1);
            p.url = "https://www.linkedin.com/company/acme";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "url");
    row(
        "prospect empty name",
        [] {
            auto p = person(1);
            p.name = "  ";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "name");
    row(
        "prospect customData 3000",
        [] {
            auto p = person(1);
            p.customData = QString(3000, 'x');
            return ProspectCreate {"c", p}.encode().errors;
        },
        "");
    row(
        "prospect customData 3001",
        [] {
            auto p = person(1);
            p.customData = QString(3001, 'x');
            return ProspectCreate {"c", p}.encode().errors;
        },
        "customData");
    row(
        "prospect legacy field no name",
        [] {
            auto p = person(1);
            p.additionalFields = {{"", "Acme"}};
            return ProspectCreate {"c", p}.encode().errors;
        },
        "additionalFields[0].fieldName");
    row(
        "batch 100",
        [] {
            ProspectBatch b {"c", {}};
            for (int i = 0; i < 100; ++i)
                b.prospects.append(person(i));
            return b.encode().errors;
        },
        "");
    row(
        "batch 101",
        [] {
            ProspectBatch b {"c", {}};
            for (int i = 0; i < 101; ++i)
                b.prospects.append(person(i));
            return b.encode().errors;
        },
        "prospects");
    row(
        "batch empty",
        [] {
            return ProspectBatch {"c", {}}.encode().errors;
        },
        "prospects");
    row(
        "batch 4th item bad url",
        [] {
            ProspectBatch b {"c", {person(0), person(1), person(2), person(3)}};
            b.prospects[3].url = "not a url";
            return b.encode().errors;
        },
        "prospects[3].url");
    row(
        "batch duplicate url",
        [] {
            ProspectBatch b {"c", {person(0), person(0)}};
            return b.encode().errors;
        },
        "prospects[1].url");
    row(
        "round-robin ok",
        [] {
            return RoundRobinBatch {{"a", "b"}, {person(0)}}.encode().errors;
        },
        "");
    row(
        "round-robin one campaign",
        [] {
            return RoundRobinBatch {{"a"}, {person(0)}}.encode().errors;
        },
        "campaignIds");
    row(
        "round-robin same campaign twice",
        [] {
            return RoundRobinBatch {{"a", "a"}, {person(0)}}.encode().errors;
        },
        "campaignIds");
    row(
        "round-robin no prospects",
        [] {
            return RoundRobinBatch {{"a", "b"}, {}}.encode().errors;
        },
        "prospects");
    row(
        "salesnav ok",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=(keywords%3Acto)", 250, {}}
                .encode()
                .errors;
        },
        "");
    row(
        "salesnav count 300",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=x", 300, {}}
                .encode()
                .errors;
        },
        "requestedCount");
    row(
        "salesnav lead list url",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/lists/people/123", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav http",
        [] {
            return SalesNavigatorImport {
                "c", "http://www.linkedin.com/sales/search/people?query=x", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav no query",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav url 20001",
        [] {
            return SalesNavigatorImport {"c",
                "https://www.linkedin.com/sales/search/people?query=" + QString(20000, 'x'), 500,
                {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav name 121",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=x", 500, QString(121, 'n')}
                .encode()
                .errors;
        },
        "name");
    row(
        "custom data 3001", [] { return CustomDataUpdate {QString(3001, 'x')}.encode().errors; },
        "customData");
    row(
        "custom data clear", [] { return CustomDataUpdate {""}.encode().errors; }, "");
    row(
        "bulk delete 0",
        [] {
            return BulkDelete {{}, {}}.encode().errors;
        },
        "prospectIds");
    row(
        "bulk delete 101",
        [] {
            BulkDelete b;
            for (int i = 0; i < 101; ++i)
                b.prospectIds.append(QString::number(i));
            return b.encode().errors;
        },
        "prospectIds");
    row(
        "bulk delete blank id",
        [] {
            return BulkDelete {{"a", ""}, {}}.encode().errors;
        },
        "prospectIds[1]");
    row(
        "search limit 0",
        [] {
            ProspectSearchQuery q;
            q.limit = 0;
            return q.encode().errors;
        },
        "limit");
    row(
        "search limit 101",
        [] {
            ProspectSearchQuery q;
            q.limit = 101;
            return q.encode().errors;
        },
        "limit");
    row(
        "search qualification object vocab",
        [] {
            ProspectSearchQuery q;
            q.qualification = "inProgress";
            return q.encode().errors;
        },
        "qualification");
    row(
        "search offset negative",
        [] {
            ProspectSearchQuery q;
            q.offset = -1;
            return q.encode().errors;
        },
        "offset");
    row(
        "campaign prospects limit 101",
        [] {
            CampaignProspectQuery q;
            q.limit = 101;
            return q.encode().errors;
        },
        "limit");
}

} // namespace kakiyo::test
