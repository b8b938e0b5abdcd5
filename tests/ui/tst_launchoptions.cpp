// Command-line parsing of kakiyo-desk: every accepted form and every mistake, as a table.
#include "app/LaunchOptions.h"

#include <QTest>

using kakiyo::LaunchOptions;

class tst_LaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void keyIsNeverEchoed();
    void startActions();
};

void tst_LaunchOptions::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("command");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("keyAction");
    QTest::addColumn<QString>("errorContains");

    using C = LaunchOptions::Command;
    using K = LaunchOptions::KeyAction;
    auto row = [](const char *name, QStringList args, C c, bool demo, QString profile, QString url,
                   K k, QString error) {
        QTest::newRow(name) << args << int(c) << demo << profile << url << int(k) << error;
    };
    row("nothing", {}, C::Gui, false, {}, {}, K::None, {});
    row("demo", {"--demo"}, C::Gui, true, {}, {}, K::None, {});
    row("profile", {"--profile", "work"}, C::Gui, false, "work", {}, K::None, {});
    row("profile=", {"--profile=work team"}, C::Gui, false, "work team", {}, K::None, {});
    row("base-url", {"--base-url", "https://api.kakiyo.com/v1"}, C::Gui, false, {},
        "https://api.kakiyo.com/v1", K::None, {});
    row("base-url loopback http", {"--base-url=http://127.0.0.1:8080/v1"}, C::Gui, false, {},
        "http://127.0.0.1:8080/v1", K::None, {});
    row("qt option skipped", {"-platform", "offscreen", "--demo"}, C::Gui, true, {}, {}, K::None,
        {});
    row("help", {"--help"}, C::Help, false, {}, {}, K::None, {});
    row("version", {"-v"}, C::Version, false, {}, {}, K::None, {});
    row("key set", {"key", "set", "--profile", "work"}, C::Key, false, "work", {}, K::Set, {});
    row("key status", {"key", "status"}, C::Key, false, {}, {}, K::Status, {});
    row("key remove", {"--profile=x", "key", "remove"}, C::Key, false, "x", {}, K::Remove, {});
    row("export kept", {"export", "--chart", "funnel", "--out", "a.png"}, C::Export, false, {}, {},
        K::None, {});
    row("import kept", {"import", "leads.csv", "--profile", "p"}, C::Import, false, "p", {},
        K::None, {});
    // Mistakes: each says what is wrong.
    row("unknown option", {"--colour"}, C::Gui, false, {}, {}, K::None, "unknown option --colour");
    row("profile without value", {"--profile"}, C::Gui, false, {}, {}, K::None,
        "--profile needs a value");
    row("empty profile", {"--profile="}, C::Gui, false, {}, {}, K::None, "--profile needs a value");
    row("bad profile", {"--profile", "a/b"}, C::Gui, false, {}, {}, K::None,
        "not a valid profile name");
    row("base-url not a url", {"--base-url", "not a url"}, C::Gui, false, {}, {}, K::None,
        "is not a URL");
    row("base-url ftp", {"--base-url", "ftp://x.org/v1"}, C::Gui, false, {}, {}, K::None,
        "only http and https");
    row("base-url with credentials", {"--base-url", "https://u:p@x.org/v1"}, C::Gui, false, {}, {},
        K::None, "credentials");
    row("demo with base-url", {"--demo", "--base-url", "https://x.org/v1"}, C::Gui, true, {}, {},
        K::None, "cannot be combined");
    row("demo with profile", {"--demo", "--profile", "w"}, C::Gui, true, {}, {}, K::None,
        "cannot be combined");
    row("key without action", {"key"}, C::Key, false, {}, {}, K::None, "set, status or remove");
    row("key bad action", {"key", "show"}, C::Key, false, {}, {}, K::None, "unknown action");
    row("unknown command", {"frobnicate"}, C::Gui, false, {}, {}, K::None, "unknown command");
    row("demo with key", {"key", "status", "--demo"}, C::Key, true, {}, {}, K::Status,
        "--demo only applies");
}

void tst_LaunchOptions::parse()
{
    QFETCH(QStringList, args);
    QFETCH(int, command);
    QFETCH(bool, demo);
    QFETCH(QString, profile);
    QFETCH(QString, baseUrl);
    QFETCH(int, keyAction);
    QFETCH(QString, errorContains);

    args.prepend(QStringLiteral("kakiyo-desk"));
    const LaunchOptions o = LaunchOptions::parse(args);
    if (!errorContains.isEmpty()) {
        QVERIFY2(!o.isValid(), "a wrong command line must be refused");
        QVERIFY2(o.error.contains(errorContains), qPrintable(o.error));
        return;
    }
    QVERIFY2(o.isValid(), qPrintable(o.error));
    QCOMPARE(int(o.command), command);
    QCOMPARE(o.demo, demo);
    QCOMPARE(o.profile, profile);
    QCOMPARE(o.baseUrl.toString(), baseUrl);
    QCOMPARE(int(o.keyAction), keyAction);
    if (o.command == LaunchOptions::Command::Export)
        QCOMPARE(o.rest, (QStringList {"--chart", "funnel", "--out", "a.png"}));
    if (o.command == LaunchOptions::Command::Import)
        QCOMPARE(o.rest, (QStringList {"leads.csv"}));
}

void tst_LaunchOptions::keyIsNeverEchoed()
{
    const QString key = QStringLiteral("abcdefghij1234567890ABCDEFGHIJ1234567890");
    const LaunchOptions o = LaunchOptions::parse(
        {QStringLiteral("kakiyo-desk"), QStringLiteral("key"), QStringLiteral("set"), key});
    QVERIFY(!o.isValid());
    QVERIFY(!o.error.contains(key));
    QVERIFY(o.error.contains(QLatin1String("standard input")));
}

// The desktop file's actions: window only, one at a time.
void tst_LaunchOptions::startActions()
{
    using A = LaunchOptions::StartAction;
    auto parse = [](QStringList args) {
        args.prepend(QStringLiteral("kakiyo-desk"));
        return LaunchOptions::parse(args);
    };
    QCOMPARE(parse({}).startAction, A::None);
    QCOMPARE(parse({"--new-campaign"}).startAction, A::NewCampaign);
    QCOMPARE(parse({"--import-leads", "--profile", "work"}).startAction, A::ImportLeads);
    QVERIFY(parse({"--demo", "--new-campaign"}).isValid());
    QVERIFY(parse({"--new-campaign", "--new-campaign"}).isValid());
    QVERIFY(parse({"--new-campaign", "--import-leads"}).error.contains("cannot be combined"));
    QVERIFY(parse({"--import-leads", "key", "status"}).error.contains("only apply to the window"));
    // After export/import the flag belongs to that command's own syntax.
    QCOMPARE(parse({"import", "a.csv", "--import-leads"}).rest,
        (QStringList {"a.csv", "--import-leads"}));
    QVERIFY(LaunchOptions::usage().contains("--new-campaign"));
}

QTEST_GUILESS_MAIN(tst_LaunchOptions)
#include "tst_launchoptions.moc"
