// The answer of one asynchronous KeyStore operation, for the key store tests: the callback to
// hand over, whether it arrived, what it said and how often it was called (it must be once).
//   KeyStoreAnswer a; store.load(id, &context, a.callback()); EXPECT_STATUS(a, Status::Ok);
#pragma once

#include "models/store/KeyStore.h"
#include "models/store/KeyStoreResult.h"

#include <QString>
#include <QTest>
#include <optional>

namespace kakiyo::test {

class KeyStoreAnswer
{
public:
    KeyStore::Callback callback()
    {
        return [this](const KeyStoreResult &r) {
            ++m_calls;
            m_result = r;
        };
    }
    bool arrived() const { return m_result.has_value(); }
    const KeyStoreResult &result() const { return *m_result; }
    int calls() const { return m_calls; }

private:
    std::optional<KeyStoreResult> m_result;
    int m_calls = 0;
};

inline QString statusName(KeyStoreResult::Status s)
{
    switch (s) {
    case KeyStoreResult::Status::Ok:
        return QStringLiteral("Ok");
    case KeyStoreResult::Status::NotFound:
        return QStringLiteral("NotFound");
    case KeyStoreResult::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case KeyStoreResult::Status::Invalid:
        return QStringLiteral("Invalid");
    }
    return {};
}

} // namespace kakiyo::test

// Waits (up to 15 s) for the answer, then checks its status (naming it and the message when it
// differs) and that the callback ran exactly once.
#define EXPECT_STATUS(answer, expected)                                                            \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((answer).arrived(), 15000);                                       \
        QVERIFY2((answer).result().status == (expected),                                           \
            qPrintable(kakiyo::test::statusName((answer).result().status) + QStringLiteral(": ")   \
                + (answer).result().message));                                                     \
        QCOMPARE((answer).calls(), 1);                                                             \
    } while (false)
