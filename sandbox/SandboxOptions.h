// The kakiyo-sandbox command line as a value (see COMMON.md for the flags and their defaults).
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo::sandbox {

enum class Profile
{
    HelpCentre,
    Current
};

struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 = pick a free port
    Profile profile = Profile::HelpCentre;
    QString key; // empty: generate one
    QString adminToken; // empty: generate one
    quint64 seed = 1;
    int agents = 7;
    int campaigns = 10;
    int prospects = 1500;
    qint64 credits = 100000;
    int rateLimit = 0; // 0: the profile's limits
    int rateWindowMs = 60000;
    int importDelayMs = 800;
    int activity = 0; // --activity SPEED: simulated seconds per real second; 0 = the team is still
    QString db; // empty: in memory
    bool quiet = false;

    static QString profileName(Profile profile);
    QString profileName() const { return profileName(profile); }

    // Parses arguments (without argv[0]). Returns nullopt and sets *error on bad input.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};

} // namespace kakiyo::sandbox
