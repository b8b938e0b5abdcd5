// Column auto-detection from real export headers, template filling and the JSON round trip.
#include "models/import/ColumnMapping.h"

#include <QTest>

using kakiyo::ColumnMapping;

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void urlColumnFromCells();
    void nameFromParts();
    void customTemplate_data();
    void customTemplate();
    void problems();
    void jsonRoundTrip();
};

void tst_ColumnMapping::detect_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("name"); // header chosen as full name, or "first+last"
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("custom");

    QTest::newRow("plain") << QStringList {"Name", "LinkedIn URL"} << "Name"
                           << "LinkedIn URL"
                           << "";
    QTest::newRow("sales navigator")
        << QStringList {"First Name", "Last Name", "Title", "Company", "Profile URL", "Email"}
        << "First Name+Last Name"
        << "Profile URL"
        << "{Company} – {Title}";
    QTest::newRow("apollo") << QStringList {"First Name", "Last Name", "Title", "Company Name",
        "Email", "Person Linkedin Url", "Company Linkedin Url", "Website"}
                            << "First Name+Last Name"
                            << "Person Linkedin Url"
                            << "{Company Name} – {Title}";
    QTest::newRow("snake case") << QStringList {"full_name", "linkedin_profile", "company"}
                                << "full_name"
                                << "linkedin_profile"
                                << "{company}";
    QTest::newRow("full name wins over parts")
        << QStringList {"First name", "Last name", "Full name", "URL"} << "Full name"
        << "URL"
        << "";
    QTest::newRow("french") << QStringList {"Prénom", "Nom", "Entreprise", "Poste", "Lien LinkedIn"}
                            << "Prénom+Nom"
                            << "Lien LinkedIn"
                            << "{Entreprise} – {Poste}";
    QTest::newRow("french nom alone") << QStringList {"Nom", "URL du profil"} << "Nom"
                                      << "URL du profil"
                                      << "";
    QTest::newRow("german") << QStringList {"Vorname", "Nachname", "Firma", "LinkedIn-Profil"}
                            << "Vorname+Nachname"
                            << "LinkedIn-Profil"
                            << "{Firma}";
    QTest::newRow("spanish") << QStringList {"Nombre", "Apellidos", "Empresa", "Cargo",
        "Perfil LinkedIn"} << "Nombre+Apellidos"
                             << "Perfil LinkedIn"
                             << "{Empresa} – {Cargo}";
    QTest::newRow("upper case, spaces")
        << QStringList {"  FULL NAME ", "LINKEDIN PROFILE URL"} << "  FULL NAME "
        << "LINKEDIN PROFILE URL"
        << "";
    QTest::newRow("company linkedin is not the person")
        << QStringList {"Name", "Company LinkedIn", "Person's LinkedIn"} << "Name"
        << "Person's LinkedIn"
        << "";
    QTest::newRow("nothing recognisable") << QStringList {"a", "b"} << ""
                                          << ""
                                          << "";
}

void tst_ColumnMapping::detect()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, custom);

    const ColumnMapping m = ColumnMapping::detect(headers);
    auto header = [&headers](int c) { return c >= 0 ? headers.at(c) : QString(); };
    const QString actualName = m.nameColumn >= 0
        ? header(m.nameColumn)
        : (m.firstNameColumn >= 0 ? header(m.firstNameColumn) + u'+' + header(m.lastNameColumn)
                                  : QString());
    QCOMPARE(actualName, name);
    QCOMPARE(header(m.urlColumn), url);
    QCOMPARE(m.customTemplate, custom);
    QCOMPARE(m.problem().isEmpty(), !name.isEmpty() && !url.isEmpty());
}

void tst_ColumnMapping::urlColumnFromCells()
{
    const QStringList headers {"Who", "Where", "Link"};
    const QList<QStringList> rows {{"A", "Paris", "https://www.linkedin.com/in/a"},
        {"B", "Lyon", "linkedin.com/in/b/"}, {"C", "Nice", ""}};
    const ColumnMapping m = ColumnMapping::detect(headers, rows);
    QCOMPARE(m.urlColumn, 2);
}

void tst_ColumnMapping::nameFromParts()
{
    ColumnMapping m;
    m.headers = {"First", "Last", "URL"};
    m.firstNameColumn = 0;
    m.lastNameColumn = 1;
    m.urlColumn = 2;
    QCOMPARE(m.name({" Jane ", "  Doe", "x"}), QStringLiteral("Jane Doe"));
    QCOMPARE(m.name({"", "Doe", "x"}), QStringLiteral("Doe"));
    QCOMPARE(m.name({"", " ", "x"}), QString());
    QCOMPARE(m.name({"Jane"}), QStringLiteral("Jane")); // short row: missing cells are empty
    QCOMPARE(m.url({"a", "b", "  https://linkedin.com/in/x  "}),
        QStringLiteral("https://linkedin.com/in/x"));
}

void tst_ColumnMapping::customTemplate_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two columns") << "{Company} – {Title}" << QStringList {"Acme", "CTO"}
                                 << "Acme – CTO";
    QTest::newRow("case-insensitive names")
        << "{company}/{TITLE}" << QStringList {"Acme", "CTO"} << "Acme/CTO";
    QTest::newRow("all empty gives nothing")
        << "{Company} – {Title}" << QStringList {"", " "} << "";
    QTest::newRow("literal text kept")
        << "Works at {Company}." << QStringList {"Acme", ""} << "Works at Acme.";
    QTest::newRow("no placeholders")
        << "Static note" << QStringList {"Acme", "CTO"} << "Static note";
    QTest::newRow("unknown placeholder visible")
        << "{Company} {Nope}" << QStringList {"Acme", ""} << "Acme {Nope}";
    QTest::newRow("multi-line cell")
        << "{Title}" << QStringList {"", "Line 1\nLine 2"} << "Line 1\nLine 2";
}

void tst_ColumnMapping::customTemplate()
{
    QFETCH(QString, templ);
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    ColumnMapping m;
    m.headers = {"Company", "Title"};
    m.customTemplate = templ;
    QCOMPARE(m.customData(fields), expected);
}

void tst_ColumnMapping::problems()
{
    ColumnMapping m;
    m.headers = {"Name", "URL", "Company"};
    QVERIFY(m.problem().contains(QStringLiteral("name")));
    m.nameColumn = 0;
    QVERIFY(m.problem().contains(QStringLiteral("URL")));
    m.urlColumn = 1;
    QVERIFY(m.problem().isEmpty());
    m.customTemplate = QStringLiteral("{Company} {Revenue}");
    QCOMPARE(m.unknownPlaceholders(), QStringList {"Revenue"});
    QVERIFY(m.problem().contains(QStringLiteral("Revenue")));
    m.customTemplate = m.templateFor({2, 0});
    QCOMPARE(m.customTemplate, QStringLiteral("{Company} – {Name}"));
    QVERIFY(m.problem().isEmpty());
    m.urlColumn = 7;
    QVERIFY(!m.problem().isEmpty());
}

void tst_ColumnMapping::jsonRoundTrip()
{
    ColumnMapping m = ColumnMapping::detect({"First Name", "Last Name", "Company", "Profile URL"});
    QCOMPARE(ColumnMapping::fromJson(m.toJson()), m);
    m.customTemplate = QStringLiteral("{Company} ✓ {First Name}");
    QCOMPARE(ColumnMapping::fromJson(m.toJson()), m);
    QCOMPARE(m.describe(),
        QStringLiteral("first=First Name,last=Last Name,url=Profile URL,"
                       "custom={Company} ✓ {First Name}"));
}

QTEST_APPLESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
