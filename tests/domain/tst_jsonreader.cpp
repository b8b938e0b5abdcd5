// JsonReader: the uniform, tolerant field reader every decoder uses. Type errors and missing
// required fields name the full path; hostile input (malformed, truncated, huge, deep) never
// crashes.
#include "models/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakiyo;

namespace {
QJsonValue parse(const char *json)
{
    auto d = JsonReader::parse(QByteArray(json));
    return d.value;
}

struct Row
{
    QString name;
    int count = 0;
};

Decoded<Row> decodeRow(const QJsonValue &v, const QString &path)
{
    JsonReader r(v, path);
    Row row;
    row.name = r.string("name");
    row.count = int(r.optInteger("count"));
    return r.finish(std::move(row));
}
} // namespace

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    // moc (Qt 6.4) loses the class when a string literal has unbalanced braces: \x7b / \x7d.
    void parseBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("problem");
        QTest::newRow("object") << QByteArray(R"({"a":1})") << true << "";
        QTest::newRow("array") << QByteArray("[1,2]") << true << "";
        QTest::newRow("empty") << QByteArray() << false << "invalid JSON";
        QTest::newRow("malformed") << QByteArray("\x7bnot json") << false << "invalid JSON";
        QTest::newRow("truncated")
            << QByteArray("\x7b\"prospects\":[\x7b\"id\":\"a\",\"na") << false << "invalid JSON";
        QTest::newRow("html error page")
            << QByteArray("<html>502 Bad Gateway</html>") << false << "invalid JSON";
        QTest::newRow("bare string") << QByteArray(R"("hello")") << false << "";
        QTest::newRow("nul bytes") << QByteArray("\x7b\"a\":\0\x7d", 7) << false << "invalid JSON";
    }
    void parseBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, problem);
        const auto d = JsonReader::parse(body);
        QCOMPARE(d.ok(), ok);
        if (!ok)
            QVERIFY2(d.error.problem.contains(problem) || problem.isEmpty(),
                qPrintable(d.error.toString()));
    }

    void typeErrorsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QByteArray(R"({"items":[{"name":"a"},{"name":"b","count":2}]})")
                            << "";
        QTest::newRow("wrong type in 4th item")
            << QByteArray(R"({"items":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":7}]})")
            << "items[3].name: expected string, got number";
        QTest::newRow("missing required")
            << QByteArray(R"({"items":[{"count":1}]})") << "items[0].name: required field missing";
        QTest::newRow("null required") << QByteArray(R"({"items":[{"name":null}]})")
                                       << "items[0].name: required field missing";
        QTest::newRow("fraction for integer")
            << QByteArray(R"({"items":[{"name":"a","count":1.5}]})")
            << "items[0].count: expected integer, got 1.5";
        QTest::newRow("string for integer") << QByteArray(R"({"items":[{"name":"a","count":"3"}]})")
                                            << "items[0].count: expected integer, got string";
        QTest::newRow("items not array")
            << QByteArray(R"({"items":{"name":"a"}})") << "items: expected array, got object";
        QTest::newRow("item not object")
            << QByteArray(R"({"items":["a"]})") << "items[0]: expected object, got string";
        QTest::newRow("missing list") << QByteArray(R"({})") << "items: required field missing";
    }
    void typeErrorsNameThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        JsonReader r(QJsonDocument::fromJson(json).object());
        const QList<Row> rows = r.list<Row>("items", &decodeRow, JsonReader::Required);
        const auto d = r.finish(rows);
        QCOMPARE(d.error.toString(), error);
        QCOMPARE(d.ok(), error.isEmpty());
    }

    void rootNotObject()
    {
        JsonReader r(QJsonValue(QJsonArray {1}), QStringLiteral("data"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), QStringLiteral("data: expected object, got array"));
    }

    void firstErrorWins()
    {
        JsonReader r(parse(R"({"a":1,"b":2})"));
        r.string("a");
        r.string("b");
        QCOMPARE(r.error().path, QStringLiteral("a"));
    }

    void optionalDefaults()
    {
        JsonReader r(parse(R"({"s":null,"n":null,"b":null})"));
        QCOMPARE(r.optString("s", "dflt"), QStringLiteral("dflt"));
        QCOMPARE(r.optString("missing", "x"), QStringLiteral("x"));
        QCOMPARE(r.optInteger("n", 7), 7);
        QCOMPARE(r.optBool("b", true), true);
        QVERIFY(!r.maybeBool("b").has_value());
        QVERIFY(!r.dateTime("missing").isValid());
        QVERIFY(r.ok());
    }

    void absentChildIsSilent()
    {
        JsonReader r(parse(R"({"x":1})"));
        JsonReader c = r.child("stats");
        QVERIFY(c.isAbsent());
        QCOMPARE(c.string("name"), QString()); // required inside an optional block: no error
        QVERIFY(r.ok());
        JsonReader req = r.child("summary", JsonReader::Required);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), QStringLiteral("summary: required field missing"));
    }

    void childPathAndTypeError()
    {
        JsonReader r(parse(R"({"a":{"b":{"c":true}}})"));
        JsonReader b = r.child("a").child("b");
        b.integer("c");
        QCOMPARE(r.error().toString(), QStringLiteral("a.b.c: expected integer, got boolean"));
        JsonReader r2(parse(R"({"a":[1]})"));
        JsonReader a = r2.child("a");
        QVERIFY(a.isAbsent());
        QCOMPARE(r2.error().toString(), QStringLiteral("a: expected object, got array"));
    }

    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("no ms") << "2023-06-15T10:30:00Z" << true << qint64(1686825000000);
        QTest::newRow("ms") << "2025-11-18T10:30:00.000Z" << true << qint64(1763461800000);
        QTest::newRow("ms 123") << "2025-11-18T10:30:00.123Z" << true << qint64(1763461800123);
        QTest::newRow("offset") << "2023-06-15T12:30:00+02:00" << true << qint64(1686825000000);
        QTest::newRow("date only") << "2024-01-20" << true << qint64(1705708800000);
        QTest::newRow("garbage") << "yesterday" << false << qint64(0);
        QTest::newRow("bad month") << "2024-13-20T00:00:00Z" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("huge") << QString(5000, QLatin1Char('9')) << false << qint64(0);
    }
    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, msecs);
        const auto dt = JsonReader::parseDateTime(text);
        QCOMPARE(dt.has_value(), valid);
        if (valid) {
            QCOMPARE(dt->toMSecsSinceEpoch(), msecs);
            QCOMPARE(dt->timeSpec(), Qt::UTC);
        }
        JsonReader r(QJsonObject {{"t", text}});
        r.dateTime("t");
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QVERIFY(r.error().toString().startsWith("t: expected ISO-8601 date-time"));
    }

    void rates_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("rate");
        QTest::newRow("string percent") << QJsonValue("12.00%") << true << 12.0;
        QTest::newRow("string plain") << QJsonValue("28.5") << true << 28.5;
        QTest::newRow("spaced") << QJsonValue(" 7.12 % ") << true << 7.12;
        QTest::newRow("number") << QJsonValue(23.33) << true << 23.33;
        QTest::newRow("integer number") << QJsonValue(8) << true << 8.0;
        QTest::newRow("null default") << QJsonValue(QJsonValue::Null) << true << 0.0;
        QTest::newRow("word") << QJsonValue("n/a") << false << 0.0;
        QTest::newRow("bool") << QJsonValue(true) << false << 0.0;
        QTest::newRow("nan text") << QJsonValue("nan%") << false << 0.0;
    }
    void rates()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        QFETCH(double, rate);
        JsonReader r(QJsonObject {{"rate", value}});
        const double got = r.optRate("rate");
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(got, rate);
    }

    void appwriteNames()
    {
        JsonReader r(parse(R"({"$id":"dnc_1"})"));
        QCOMPARE(r.stringOf({"id", "$id"}), QStringLiteral("dnc_1"));
        JsonReader r2(parse(R"({})"));
        r2.stringOf({"id", "$id"});
        QCOMPARE(r2.error().toString(), QStringLiteral("id: required field missing"));
    }

    void stringListElementPath()
    {
        JsonReader r(parse(R"({"events":["a",2]})"));
        r.stringList("events");
        QCOMPARE(r.error().toString(), QStringLiteral("events[1]: expected string, got number"));
    }

    void countMapSkipsNothing()
    {
        JsonReader r(parse(R"({"m":{"pending":85,"closed":8}})"));
        const auto m = r.countMap("m");
        QCOMPARE(m.value("pending"), 85);
        QCOMPARE(m.value("closed"), 8);
        JsonReader bad(parse(R"({"m":{"pending":"x"}})"));
        bad.countMap("m");
        QCOMPARE(bad.error().toString(), QStringLiteral("m.pending: expected integer, got string"));
    }

    void hugeIntegerRejected()
    {
        JsonReader r(parse(R"({"n":1e300})"));
        r.integer("n");
        QVERIFY(!r.ok());
    }

    void oversizedInputs()
    {
        // A 200,000-element array and a 5 MB string decode without trouble.
        QJsonArray big;
        for (int i = 0; i < 200000; ++i)
            big.append(QJsonObject {{"name", QString::number(i)}});
        auto d = JsonReader::decodeList<Row>(big, "rows", &decodeRow);
        QVERIFY(d.ok());
        QCOMPARE(d.value.size(), 200000);
        JsonReader r(QJsonObject {{"name", QString(5 * 1024 * 1024, QLatin1Char('x'))}});
        QCOMPARE(r.string("name").size(), 5 * 1024 * 1024);
    }

    void deepNesting()
    {
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "\x7b\"a\":";
        deep += "1";
        for (int i = 0; i < 5000; ++i)
            deep += "\x7d";
        const auto d = JsonReader::parse(deep); // Qt refuses excessive depth: an error, no crash
        QVERIFY(!d.ok());
    }
};

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
