// bench_charts: a 365-day chart with 10 series (the largest chart a year of history draws): how
// long building it from its item model takes, and how long each export format takes. Prints the
// figures; asserts nothing about time.

#include "models/AnalyticsTableModel.h"
#include "ui/charts/ChartAdapter.h"
#include "ui/charts/ChartExporter.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kakiyo;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int Days = 365;
    constexpr int Series = 10;
    constexpr int Runs = 5;

    AnalyticsTableModel model(QStringLiteral("bench"));
    QList<AnalyticsTableModel::Column> columns {
        {QStringLiteral("date"), QStringLiteral("Date"), AnalyticsTableModel::Kind::Date, {}}};
    QList<int> valueColumns;
    for (int s = 0; s < Series; ++s) {
        columns.append({QStringLiteral("s%1").arg(s), QStringLiteral("Series %1").arg(s + 1),
            AnalyticsTableModel::Kind::Count, {}});
        valueColumns << s + 1;
    }
    model.setColumns(columns);
    QList<QVariantList> rows;
    for (int d = 0; d < Days; ++d) {
        QVariantList row {QDate(2025, 1, 1).addDays(d)};
        for (int s = 0; s < Series; ++s)
            row << qint64((d * (s + 3) * 7919) % 97 + 10 * s);
        rows << row;
    }
    model.setRows(rows);

    auto report = [&](const char *what, const QList<qint64> &ns) {
        qint64 best = ns.first();
        qint64 sum = 0;
        for (qint64 n : ns) {
            best = std::min(best, n);
            sum += n;
        }
        out << QStringLiteral("%1  best %2 ms  mean %3 ms  (%4 runs)\n")
                   .arg(QString::fromLatin1(what).leftJustified(34))
                   .arg(best / 1e6, 0, 'f', 2)
                   .arg(sum / 1e6 / ns.size(), 0, 'f', 2)
                   .arg(ns.size());
        out.flush();
    };

    out << QStringLiteral("bench_charts: %1 days x %2 series = %3 points\n")
               .arg(Days)
               .arg(Series)
               .arg(Days * Series);
    QList<qint64> build;
    QChart chart;
    std::unique_ptr<ChartAdapter> adapter;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        t.start();
        adapter = std::make_unique<ChartAdapter>(
            &chart, &model, ChartAdapter::Shape::Lines, 0, valueColumns);
        build << t.nsecsElapsed();
        if (i + 1 < Runs)
            adapter.reset();
    }
    report("build (model -> 10 line series)", build);

    QList<qint64> rebuild;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        t.start();
        model.setRows(rows); // model reset -> adapter redraws
        rebuild << t.nsecsElapsed();
    }
    report("rebuild on model reset", rebuild);

    chart.setTitle(QStringLiteral("365 days, 10 series"));
    ChartExporter exporter(&chart, &model);
    exporter.setLogicalSize(QSizeF(1200, 600));
    QTemporaryDir dir;
    struct Case
    {
        const char *name;
        ChartExporter::Format format;
        int scale;
        QString file;
    };
    const QList<Case> cases {
        {"export PNG 1x (1200x600)", ChartExporter::Format::Png, 1, dir.filePath("c1.png")},
        {"export PNG 2x (2400x1200)", ChartExporter::Format::Png, 2, dir.filePath("c2.png")},
        {"export PNG 3x (3600x1800)", ChartExporter::Format::Png, 3, dir.filePath("c3.png")},
        {"export SVG", ChartExporter::Format::Svg, 1, dir.filePath("c.svg")},
        {"export PDF (vector)", ChartExporter::Format::Pdf, 1, dir.filePath("c.pdf")},
        {"export CSV", ChartExporter::Format::Csv, 1, dir.filePath("c.csv")},
    };
    for (const Case &c : cases) {
        QList<qint64> ns;
        qint64 bytes = 0;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer t;
            t.start();
            const ExportOutcome outcome = exporter.write(c.file, c.format, c.scale);
            ns << t.nsecsElapsed();
            if (!outcome.ok) {
                out << "FAILED: " << outcome.message << "\n";
                return 1;
            }
            bytes = QFileInfo(c.file).size();
        }
        report(c.name, ns);
        out << QStringLiteral("    file size %1 KiB\n").arg(bytes / 1024.0, 0, 'f', 1);
        out.flush();
    }
    return 0;
}
