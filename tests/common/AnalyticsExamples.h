// The example bodies of GET /analytics/overview and GET /analytics/campaigns/{id} from the API
// contract, verbatim: chart data built from them must equal the documented numbers.
#pragma once

namespace kakiyo::test {

inline constexpr char overviewExample[]
    = R"({"summary":{"totalCampaigns":15,"activeCampaigns":8,"pausedCampaigns":5,"completedCampaigns":2,"totalAgents":3,"activeAgents":2,"totalProspects":1250,"totalMessages":3420,"totalQualified":89,"totalAnswers":234,"totalClosed":45},
   "metrics":{"conversionRate":7.12,"responseRate":18.72,"averageMessagesPerProspect":2.74,"qualificationRate":38.03},
   "activity":{"last24Hours":{"messages":45,"qualified":3},"lastWeek":{"messages":312,"qualified":18}},
   "campaigns":[{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","prospects":150,"messages":420,"qualified":12,"answers":35,"conversionRate":8.0,"responseRate":23.33}]})";

inline constexpr char campaignExample[]
    = R"({"campaign":{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","createdAt":"2024-01-15T10:30:00Z","agent":"agent_456","product":"Enterprise Solution"},
   "metrics":{"totalProspects":150,"totalMessages":420,"totalQualified":12,"totalAnswers":35,"totalClosed":8,"conversionRate":8.0,"responseRate":23.33,"qualificationRate":34.29,"averageMessagesPerProspect":2.8},
   "activity":{"dailyBreakdown":[{"date":"2024-01-20","messages":25,"responses":4,"qualified":1},{"date":"2024-01-19","messages":30,"responses":6,"qualified":2}],"last7Days":{"messages":180,"responses":28,"qualified":8}},
   "statusDistribution":{"pending":85,"contacted":45,"responded":35,"qualified":12,"closed":8},
   "qualificationBreakdown":{"pending":123,"qualified":12,"disqualified":15}})";

} // namespace kakiyo::test
