#pragma once
// ImportPlan: how the valid rows will be sent — chunks of at most 100 (the API's batch limit) to
// one campaign or round-robin — and the preview the user confirms before anything is sent: how
// many calls (batches plus an estimate of the status polls), what they cost under the
// one-credit-per-call model, and the least time the rate limits allow for them.

#include "models/import/ImportTarget.h"

#include <QList>

namespace kakiyo {

class RatePolicy;

struct ImportPlan
{
    static constexpr int MaxBatchSize = 100;

    struct Batch
    {
        int number = 0; // 0-based, also the journal's batch number
        int firstRow = 0; // index into the valid rows, file order
        int rowCount = 0;
        friend bool operator==(const Batch &, const Batch &) = default;
    };

    // What the preview assumes about the server. Defaults: the help-centre generation (60 calls
    // per minute per endpoint, 1 credit per call).
    struct Limits
    {
        int batchCallsPerWindow = 60; // POST /prospects/batch[/round-robin]
        int statusCallsPerWindow = 60; // GET /prospects/imports/{listId}
        qint64 windowMs = 60000;
        bool sharedBucket = false; // both kinds of call spend one budget
        int creditsPerCall = 1; // 0 under the current generation
        int pollsPerList = 2; // status polls expected until a list completes

        // The strictest budget `policy` gives each kind of call.
        static Limits fromPolicy(const RatePolicy &policy, bool roundRobin);
    };

    struct Preview
    {
        int batchCalls = 0;
        int lists = 0; // import lists the server will create (one per campaign per batch)
        int statusPolls = 0; // estimate
        int totalCalls = 0;
        qint64 credits = 0;
        qint64 minimumMs = 0; // floor set by the rate limits; the run cannot be faster
    };

    ImportTarget target;
    int rowCount = 0;
    int batchSize = MaxBatchSize;
    QList<Batch> batches;

    static ImportPlan make(const ImportTarget &target, int validRows, int batchSize = MaxBatchSize);
    Preview preview(const Limits &limits) const;
    Preview preview() const; // with the default Limits

    // Least time to make `calls` calls when `limit` may leave per `windowMs`: the first `limit`
    // go at once, each further group one window later.
    static qint64 floorMs(int calls, int limit, qint64 windowMs);
};

} // namespace kakiyo
