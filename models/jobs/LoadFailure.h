#pragma once
// LoadFailure: the one sentence a loader that reads several lists shows when one of them fails —
// "The agents answer was not understood (…)" for an answer it could not decode, "Could not load
// the agents: …" otherwise. Shared by the jobs that gather several answers into one figure.

#include "models/api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace kakiyo {

struct LoadFailure
{
    Q_DECLARE_TR_FUNCTIONS(LoadFailure)

public:
    // `what` names the list in the user's words ("agents", "conversations").
    static QString describe(const ApiError &error, const QString &what)
    {
        return error.category == ApiError::Category::Decode
            ? tr("The %1 answer was not understood (%2)").arg(what, error.message)
            : tr("Could not load the %1: %2").arg(what, error.userMessage());
    }
};

} // namespace kakiyo
