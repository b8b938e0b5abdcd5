// The live desk's small state files (alerts, dismissals, seen conversations): one JSON object per
// file, written atomically and readable by the owner only. A damaged file reads as empty (the
// state is lost, not the app); a file that exists but cannot be opened is an error.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kakiyo::jsonfile {

// A missing or damaged file is an empty object; std::nullopt + *error when it cannot be read.
std::optional<QJsonObject> read(const QString &path, QString *error = nullptr);
// Atomic (QSaveFile), 0600. false + *error on failure.
bool write(const QString &path, const QJsonObject &object, QString *error = nullptr);

} // namespace kakiyo::jsonfile
