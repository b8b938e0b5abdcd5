// The translations in resources/translations: the French one is complete (every entry finished,
// none empty, both plural forms), every translation keeps the placeholders (%1..%9, %L1, %n, and
// a progress bar's %v %m %p) and the mnemonic (&) of its source, and no string of the sources is
// missing from kakiyo_fr.ts (lupdate runs over app/ ui/ models/ into a temporary file and every
// string it finds must have an entry). German and Spanish are only checked for placeholders and
// mnemonics: their completeness is not asked for yet. The command line speaks French when told.
// A source file's own `tr()` helper (QCoreApplication::translate with a fixed context) looks its
// strings up under the context lupdate files them under, or French never shows.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frenchIsComplete();
    void placeholdersAndMnemonicsKept_data();
    void placeholdersAndMnemonicsKept();
    void everySourceStringHasAFrenchEntry();
    void commandLineHelpFollowsTheLanguage();
    void fileLocalTrHelpersUseLupdatesContext();

private:
    struct Entry
    {
        QString context;
        QString source;
        bool numerus = false;
        QString type; // "", "unfinished", "vanished", "obsolete"
        QStringList forms; // one, or the plural forms
        int line = 0;
    };
    static QList<Entry> readTs(const QString &path, QString *error);
    static QString translationsDir();
    static QString describe(const Entry &e);

    QList<Entry> m_french;
};

QString tst_Translations::translationsDir()
{
    return QDir(qEnvironmentVariable("KAKIYO_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/translations"));
}

QString tst_Translations::describe(const Entry &e)
{
    QString source = e.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (source.size() > 70)
        source = source.left(67) + QLatin1String("...");
    return QStringLiteral("line %1 [%2] \"%3\"").arg(e.line).arg(e.context, source);
}

QList<tst_Translations::Entry> tst_Translations::readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry {};
            entry.context = context;
            entry.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            entry.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        entry.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                entry.forms << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return entries;
}

static QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n|[vmp](?![A-Za-z]))"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// 0 or 1: a single '&' before a character is a mnemonic; "&&" is a literal ampersand and
// "&nbsp;" an HTML entity.
static int mnemonics(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![\\s#]|[A-Za-z]+;)"));
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

void tst_Translations::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_SOURCE_DIR"), "KAKIYO_SOURCE_DIR is not set");
    QString error;
    m_french = readTs(QDir(translationsDir()).filePath(QStringLiteral("kakiyo_fr.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The sources mark well over a thousand strings; a short file means a broken read.
    QVERIFY2(m_french.size() > 1000, qPrintable(QString::number(m_french.size())));
}

void tst_Translations::frenchIsComplete()
{
    QStringList problems;
    for (const Entry &e : std::as_const(m_french)) {
        if (!e.type.isEmpty())
            problems << QStringLiteral("%1: %2").arg(describe(e), e.type);
        else if (e.numerus && e.forms.size() != 2)
            problems << QStringLiteral("%1: %2 plural forms, French needs 2")
                            .arg(describe(e))
                            .arg(e.forms.size());
        else if (std::any_of(e.forms.cbegin(), e.forms.cend(),
                     [](const QString &f) { return f.trimmed().isEmpty(); }))
            problems << QStringLiteral("%1: empty translation").arg(describe(e));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 French entries are not finished:\n").arg(problems.size())
            + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersAndMnemonicsKept_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(translationsDir());
    for (const QString &name : dir.entryList({QStringLiteral("kakiyo_*.ts")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_Translations::placeholdersAndMnemonicsKept()
{
    QFETCH(QString, file);
    QString error;
    const QList<Entry> entries = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Entry &e : entries) {
        const QStringList wanted = placeholders(e.source);
        for (const QString &form : e.forms) {
            if (form.isEmpty())
                continue; // not translated yet: completeness is checked for French above
            const QStringList got = placeholders(form);
            // A singular form may say "one" instead of %n; everything else must stay.
            QStringList expected = wanted;
            if (e.numerus && !got.contains(QLatin1String("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (got != expected)
                problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                .arg(describe(e), wanted.join(u' '), got.join(u' '), form);
            if (mnemonics(form) != mnemonics(e.source))
                problems << QStringLiteral("%1: the mnemonic (&) is %2 in \"%3\"")
                                .arg(describe(e),
                                    mnemonics(form) ? QStringLiteral("added")
                                                    : QStringLiteral("lost"),
                                    form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

static QString findLupdate()
{
    const QString fromEnvironment = qEnvironmentVariable("LUPDATE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside
        = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    if (QFile::exists(beside))
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

void tst_Translations::everySourceStringHasAFrenchEntry()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty()) {
        // CI installs qt6-l10n-tools; a developer machine without it still gets the other checks.
        qWarning("lupdate not found: cannot compare the sources with kakiyo_fr.ts");
        return;
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString probe = tmp.filePath(QStringLiteral("probe_fr.ts"));
    QProcess run;
    run.setWorkingDirectory(qEnvironmentVariable("KAKIYO_SOURCE_DIR"));
    run.setProcessChannelMode(QProcess::MergedChannels);
    // The same scan as resources/translations/update.sh, into a file of its own.
    run.start(lupdate,
        {QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("ui"),
            QStringLiteral("models"), QStringLiteral("-I"), QStringLiteral("."),
            QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-locations"),
            QStringLiteral("none"), QStringLiteral("-ts"), probe});
    QVERIFY2(run.waitForFinished(120000), qPrintable(run.errorString()));
    QCOMPARE(run.exitCode(), 0);
    QString error;
    const QList<Entry> found = readTs(probe, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 1000);

    QSet<QPair<QString, QString>> known;
    for (const Entry &e : std::as_const(m_french))
        known.insert({e.context, e.source});
    QStringList missing;
    for (const Entry &e : found) {
        if (!known.contains({e.context, e.source}))
            missing << QStringLiteral("[%1] \"%2\"").arg(e.context, e.source);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 strings of the sources have no entry in kakiyo_fr.ts (run "
                                  "`make translations` and translate them):\n")
                       .arg(missing.size())
            + missing.join(QLatin1Char('\n'))));
}

void tst_Translations::commandLineHelpFollowsTheLanguage()
{
    const QString desk = qEnvironmentVariable("KAKIYO_DESK_BIN");
    QVERIFY2(QFile::exists(desk), qPrintable(desk));
    const auto help = [&](const QString &language, const QStringList &args) {
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKIYO_LANGUAGE"), language);
        run.setProcessEnvironment(env);
        run.start(desk, args);
        run.waitForFinished(30000);
        return QString::fromUtf8(run.readAllStandardOutput());
    };
    QVERIFY(help(QStringLiteral("en"), {QStringLiteral("--help")})
                .startsWith(QLatin1String("Usage:\n")));
    const QString french = help(QStringLiteral("fr"), {QStringLiteral("--help")});
    QVERIFY2(french.startsWith(QStringLiteral("Utilisation\u00a0:\n")), qPrintable(french));
    QVERIFY(french.contains(QStringLiteral("Ouvre la fenêtre")));
    QVERIFY(help(QStringLiteral("fr"), {QStringLiteral("import"), QStringLiteral("--help")})
                .contains(QLatin1String("Valide hors ligne")));
    QVERIFY(help(QStringLiteral("fr"), {QStringLiteral("export"), QStringLiteral("--help")})
                .contains(QLatin1String("Graphiques")));
}

void tst_Translations::fileLocalTrHelpersUseLupdatesContext()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty()) {
        qWarning("lupdate not found: cannot check the contexts of the tr() helpers");
        return;
    }
    const QDir root(qEnvironmentVariable("KAKIYO_SOURCE_DIR"));
    const QRegularExpression helper(QStringLiteral(
        R"re(QString tr\(const char \*\w+\)\s*\{\s*return QCoreApplication::translate\("([^"]+)")re"));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    int helpers = 0;
    QStringList wrong;
    for (const QString &area :
        {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(area), {QStringLiteral("*.cpp")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QRegularExpressionMatch match = helper.match(QString::fromUtf8(file.readAll()));
            if (!match.hasMatch())
                continue;
            ++helpers;
            const QString probe = tmp.filePath(QStringLiteral("helper%1.ts").arg(helpers));
            QProcess run;
            run.setWorkingDirectory(root.path());
            run.start(lupdate,
                {QStringLiteral("-silent"), path, QStringLiteral("-I"), QStringLiteral("."),
                    QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                    probe});
            QVERIFY2(run.waitForFinished(60000), qPrintable(run.errorString()));
            QString error;
            for (const Entry &e : readTs(probe, &error)) {
                if (e.context != match.captured(1))
                    wrong << QStringLiteral("%1: looks up \"%2\" but lupdate files \"%3\" under %4")
                                 .arg(root.relativeFilePath(path), match.captured(1), e.source,
                                     e.context);
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    QVERIFY(helpers >= 4); // the check found the helpers it is about
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
