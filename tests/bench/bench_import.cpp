// bench_import: parse + map + validate 100,000 CSV rows (the offline half of an import) and write
// them to a fresh journal; prints wall time, rows per second and peak RSS (VmHWM) per stage.
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace kakiyo;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

std::clock_t cpuStart = 0;

// Wall time is shared with whatever else the machine runs; CPU time is this process's own.
void print(const char *stage, qint64 ms, int rows, qint64 bytes = 0)
{
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("%-32s wall %6lld ms  cpu %6.0f ms  %9.0f rows/s (cpu)  %6.1f MB/s (cpu)  "
                "peak RSS %lld KiB\n",
        stage, static_cast<long long>(ms), cpuMs, cpuMs > 0 ? rows * 1000.0 / cpuMs : 0.0,
        cpuMs > 0 && bytes > 0 ? bytes / 1048.576 / cpuMs : 0.0,
        static_cast<long long>(peakRssKb()));
}

} // namespace

int main()
{
    const int rows = 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk = "\xEF\xBB\xBF"
                           "First Name;Last Name;Title;Company;Person Linkedin Url;Notes\r\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            chunk += "Firstname" + n + ";Lastname;Head of Sales;\"Acme; Inc " + n + "\";";
            switch (i % 50) {
            case 1:
                chunk += "https://www.linkedin.com/company/acme";
                break;
            case 2:
                chunk += "https://fr.linkedin.com/in/PERSON-" + QByteArray::number(i - 2) + "/";
                break;
            default:
                chunk += "https://www.linkedin.com/in/person-" + n + "?trk=x";
            }
            chunk += (i % 100 == 0) ? ";\"two\r\nlines\"\r\n" : ";plain note\r\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("bench_import: %d rows, %.1f MB file; peak RSS at start %lld KiB\n", rows,
        size / 1048576.0, static_cast<long long>(peakRssKb()));

    QElapsedTimer timer;
    timer.start();
    cpuStart = std::clock();
    const ImportPreparation::Preview preview = ImportPreparation::previewFile(path);
    print("preview + mapping detection", timer.elapsed(), int(preview.rows.size()));

    QStringList dnc;
    for (int i = 0; i < 5000; ++i)
        dnc.append(QStringLiteral("linkedin.com/in/person-%1").arg(i * 20 + 7));
    timer.restart();
    cpuStart = std::clock();
    const PreparedImport prepared = ImportPreparation::prepareFile(
        path, preview.mapping, QSet<QString>(dnc.begin(), dnc.end()));
    const qint64 prepareMs = timer.elapsed();
    print("parse + validate (+ SHA-256)", prepareMs, int(prepared.rows.size()), size);
    std::printf("  rows %lld, valid %d, rejected %d (bad url %d, duplicate %d, dnc %d)\n",
        static_cast<long long>(prepared.rows.size()), prepared.validCount(),
        prepared.rejectedCount(), prepared.count(LeadRow::Rejection::BadUrl),
        prepared.count(LeadRow::Rejection::Duplicate),
        prepared.count(LeadRow::Rejection::OnDncList));

    ImportJournal journal;
    if (!journal.open(dir.filePath(QStringLiteral("journal.sqlite"))))
        return 1;
    const ImportPlan plan
        = ImportPlan::make(ImportTarget::campaign(QStringLiteral("c")), prepared.validCount());
    timer.restart();
    cpuStart = std::clock();
    const qint64 id = journal.create(path, prepared, plan);
    print("journal create (one transaction)", timer.elapsed(), int(prepared.rows.size()));
    timer.restart();
    cpuStart = std::clock();
    const auto back = journal.rows(id);
    print("journal read back", timer.elapsed(), int(back.size()));
    const ImportPlan::Preview p = plan.preview();
    std::printf("  plan: %d batch calls, ~%d status polls, %lld credits, floor %lld s at 60/min\n",
        p.batchCalls, p.statusPolls, static_cast<long long>(p.credits),
        static_cast<long long>(p.minimumMs / 1000));
    return id > 0 && prepared.rows.size() == rows ? 0 : 1;
}
