// A session on the sandbox over a cache, in the given cache partition (profile part, workspace):
// what the app's connection to one workspace of a profile is. Tests of workspace scoping make one
// per workspace (and per test, so that no test reads another's cache).
#pragma once

#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/store/Cache.h"

#include <memory>

namespace kakiyo::test {

inline std::unique_ptr<ApiSession> sandboxSession(
    const SandboxProcess &sandbox, Cache *cache, const CachePartition &partition)
{
    auto session = std::make_unique<ApiSession>();
    session->setBaseUrl(sandbox.baseUrl());
    session->setApiKey(sandbox.apiKey());
    session->setCache(cache, partition);
    return session;
}

} // namespace kakiyo::test
