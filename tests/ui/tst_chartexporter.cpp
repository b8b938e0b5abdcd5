// ChartExporter: every format produces a valid file of the requested shape, the CSV carries the
// exact numbers of the model, and failures leave nothing behind and say why.

#include "ui/charts/ChartExporter.h"
#include "ui/charts/PrintPrompt.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLineSeries>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <QtTest>
#include <unistd.h>

using namespace kakiyo;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // NFKC: pdftotext reports typographic ligatures ("ﬁ") as single characters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    // Small RFC 4180 reader for the assertions (quoted fields, doubled quotes, CRLF).
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_ChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pngHasRequestedPixelSize_data();
    void pngHasRequestedPixelSize();
    void svgParses();
    void pdfIsOnePageWithText();
    void csvFromModelHasExactNumbers();
    void csvField_data();
    void csvField();
    void csvFromChartReadsSeries();
    void unwritableTargetFailsCleanly_data();
    void unwritableTargetFailsCleanly();
    void failedWriteKeepsOldFile();
    void animationsRestoredAfterExport();
    void clipboardGetsImageAndNumbers();
    void printGoesThroughPresetPrompt();
    void printCancelledReportsIt();
    void formatNames();

private:
    std::unique_ptr<QChartView> m_view;
    QChart *m_chart = nullptr;
    QStandardItemModel m_model;
    QTemporaryDir m_dir;
};

void tst_ChartExporter::init()
{
    QVERIFY(m_dir.isValid());
    m_chart = new QChart;
    m_chart->setTitle(QStringLiteral("Weekly replies"));
    m_chart->setAnimationOptions(QChart::SeriesAnimations);
    auto *series = new QLineSeries;
    series->setName(QStringLiteral("replies"));
    const QDateTime start(QDate(2024, 1, 19), QTime(0, 0), QTimeZone::utc());
    series->append(start.toMSecsSinceEpoch(), 6);
    series->append(start.addDays(1).toMSecsSinceEpoch(), 4);
    m_chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto *y = new QValueAxis;
    y->setTitleText(QStringLiteral("Responses"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_view = std::make_unique<QChartView>(m_chart);
    m_view->resize(640, 400);

    m_model.clear();
    m_model.setHorizontalHeaderLabels(
        {QStringLiteral("Campaign"), QStringLiteral("Prospects"), QStringLiteral("Response rate")});
    auto addRow = [this](const QString &name, qint64 prospects, double rate) {
        auto *a = new QStandardItem(name);
        auto *b = new QStandardItem(QLocale().toString(prospects));
        b->setData(prospects, ChartExporter::RawRole);
        auto *c = new QStandardItem(QStringLiteral("%1 %").arg(rate));
        c->setData(rate, ChartExporter::RawRole);
        m_model.appendRow({a, b, c});
    };
    addRow(QStringLiteral("Q4 Enterprise Outreach"), 150, 23.33);
    addRow(QStringLiteral("Say \"hi\", then leave"), 1250, 18.72);
}

void tst_ChartExporter::cleanup()
{
    PrintPrompt::preset({});
    m_view.reset();
    m_chart = nullptr;
}

void tst_ChartExporter::pngHasRequestedPixelSize_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<QSizeF>("logical");
    QTest::newRow("1x") << 1 << QSizeF(640, 400);
    QTest::newRow("2x") << 2 << QSizeF(640, 400);
    QTest::newRow("3x") << 3 << QSizeF(640, 400);
    QTest::newRow("3x odd size") << 3 << QSizeF(333, 211);
}

void tst_ChartExporter::pngHasRequestedPixelSize()
{
    QFETCH(int, scale);
    QFETCH(QSizeF, logical);
    ChartExporter exporter(m_chart, &m_model);
    exporter.setLogicalSize(logical);
    const QString path = m_dir.filePath(QStringLiteral("chart-%1.png").arg(scale));
    const ExportOutcome outcome = exporter.writePng(path, scale);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (logical * scale).toSize());
    // Something was drawn: not every pixel has the background colour.
    const QRgb background = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            different += image.pixel(x, y) != background;
    QVERIFY2(different > 100, "the PNG is blank");
}

void tst_ChartExporter::svgParses()
{
    ChartExporter exporter(m_chart, &m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    const ExportOutcome outcome = exporter.writeSvg(path);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    int elements = 0;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            ++elements;
            if (xml.name() == QLatin1String("text"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 10);
    QVERIFY2(text.contains(QStringLiteral("Weekly replies")), qPrintable(text));
    QSvgRenderer renderer(bytes);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(640, 400));
}

void tst_ChartExporter::pdfIsOnePageWithText()
{
    ChartExporter exporter(m_chart, &m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    const ExportOutcome outcome = exporter.writePdf(path);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(pdfPages(path), 1);
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Weekly replies")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Responses")), qPrintable(text));
}

void tst_ChartExporter::csvFromModelHasExactNumbers()
{
    ChartExporter exporter(m_chart, &m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.csv"));
    const ExportOutcome outcome = exporter.writeCsv(path);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\r\n"));
    const auto rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList {"Campaign", "Prospects", "Response rate"}));
    QCOMPARE(rows[1], (QStringList {"Q4 Enterprise Outreach", "150", "23.33"}));
    QCOMPARE(rows[2], (QStringList {"Say \"hi\", then leave", "1250", "18.72"}));
}

void tst_ChartExporter::csvField_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int") << QVariant(qint64(1250)) << "1250";
    QTest::newRow("negative int") << QVariant(-3) << "-3";
    QTest::newRow("double") << QVariant(18.72) << "18.72";
    QTest::newRow("whole double") << QVariant(8.0) << "8";
    QTest::newRow("many decimals") << QVariant(2.736) << "2.736";
    QTest::newRow("date") << QVariant(QDate(2024, 1, 20)) << "2024-01-20";
    QTest::newRow("plain") << QVariant(QStringLiteral("Q4")) << "Q4";
    QTest::newRow("comma") << QVariant(QStringLiteral("a,b")) << "\"a,b\"";
    QTest::newRow("quote") << QVariant(QStringLiteral("say \"x\"")) << "\"say \"\"x\"\"\"";
    QTest::newRow("newline") << QVariant(QStringLiteral("a\nb")) << "\"a\nb\"";
    QTest::newRow("formula") << QVariant(QStringLiteral("=HYPERLINK()")) << "'=HYPERLINK()";
    QTest::newRow("empty") << QVariant(QString()) << "";
}

void tst_ChartExporter::csvField()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(ChartExporter::csvField(value), expected);
}

void tst_ChartExporter::csvFromChartReadsSeries()
{
    const auto rows = parseCsv(ChartExporter::csvFromChart(*m_chart));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList {"date", "replies"}));
    QCOMPARE(rows[1], (QStringList {"2024-01-19", "6"}));
    QCOMPARE(rows[2], (QStringList {"2024-01-20", "4"}));

    QChart bars;
    auto *series = new QBarSeries;
    auto *set = new QBarSet(QStringLiteral("qualified"));
    *set << 12 << 3.5;
    series->append(set);
    bars.addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append({QStringLiteral("A"), QStringLiteral("B")});
    bars.addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    const auto barRows = parseCsv(ChartExporter::csvFromChart(bars));
    QCOMPARE(barRows.size(), 3);
    QCOMPARE(barRows[1], (QStringList {"A", "12"}));
    QCOMPARE(barRows[2], (QStringList {"B", "3.5"}));
}

void tst_ChartExporter::unwritableTargetFailsCleanly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing folder") << "missing";
    // root writes into read-only folders; /proc refuses everyone.
    if (geteuid() != 0)
        QTest::newRow("read-only folder") << "readonly";
    QTest::newRow("pseudo file system") << "proc";
    QTest::newRow("target is a folder") << "folder";
    QTest::newRow("empty path") << "empty";
}

void tst_ChartExporter::unwritableTargetFailsCleanly()
{
    QFETCH(QString, kind);
    QString path;
    QString folder = m_dir.filePath(kind);
    if (kind == QLatin1String("missing")) {
        path = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    } else if (kind == QLatin1String("readonly")) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        path = folder + QStringLiteral("/chart.png");
    } else if (kind == QLatin1String("proc")) {
        path = QStringLiteral("/proc/self/chart.png");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(folder));
        path = folder;
    }
    ChartExporter exporter(m_chart, &m_model);
    const ExportOutcome outcome = exporter.writePng(path, 2);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.message.isEmpty());
    if (!path.isEmpty() && kind != QLatin1String("folder")) {
        QVERIFY2(
            outcome.message.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.message));
        QVERIFY(!QFile::exists(path));
    }
    if (kind == QLatin1String("readonly")) {
        // Nothing half-written: no temporary file left in the folder either.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void tst_ChartExporter::failedWriteKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous");
    }
    ChartExporter exporter(m_chart, &m_model);
    QVERIFY(!exporter.writePng(path, 7).ok); // invalid scale: refused before touching the file
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous"));
}

void tst_ChartExporter::animationsRestoredAfterExport()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(m_chart->size().width() > 300);
    ChartExporter exporter(m_chart, &m_model);
    const QSizeF before = m_chart->size();
    exporter.setLogicalSize(QSizeF(300, 200));
    QCOMPARE(exporter.image(1).size(), QSize(300, 200));
    QCOMPARE(m_chart->animationOptions(), QChart::SeriesAnimations);
    QCOMPARE(m_chart->size(), before);
}

void tst_ChartExporter::clipboardGetsImageAndNumbers()
{
    ChartExporter exporter(m_chart, &m_model);
    exporter.setLogicalSize(QSizeF(320, 200));
    const ExportOutcome outcome = exporter.copyToClipboard();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(640, 400));
    QVERIFY(mime->text().contains(QStringLiteral("Q4 Enterprise Outreach,150,23.33")));
}

void tst_ChartExporter::printGoesThroughPresetPrompt()
{
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    int asked = 0;
    PrintPrompt::preset([&](QPrinter &printer) {
        ++asked;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    });
    ChartExporter exporter(m_chart, &m_model);
    const ExportOutcome outcome = exporter.print();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(asked, 1);
    QCOMPARE(pdfPages(path), 1);
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Weekly replies")));
}

void tst_ChartExporter::printCancelledReportsIt()
{
    PrintPrompt::preset([](QPrinter &) { return false; });
    ChartExporter exporter(m_chart, &m_model);
    const ExportOutcome outcome = exporter.print();
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
}

void tst_ChartExporter::formatNames()
{
    ChartExporter::Format f;
    QVERIFY(ChartExporter::formatFromName(QStringLiteral("PNG"), &f));
    QCOMPARE(f, ChartExporter::Format::Png);
    QVERIFY(ChartExporter::formatFromName(QStringLiteral("csv"), &f));
    QCOMPARE(ChartExporter::formatName(f), QStringLiteral("csv"));
    QVERIFY(!ChartExporter::formatFromName(QStringLiteral("gif"), &f));
}

QTEST_MAIN(tst_ChartExporter)
#include "tst_chartexporter.moc"
