// bench_csv: in-process timings of the CSV engine, without process start. Run by
// scripts/bench/csv.sh.
//
//   bench_csv header FILE [RUNS]   CsvPreview of the header alone (rows 0), and CsvSniffer alone
//   bench_csv inspect FILE [RUNS]  CsvInspector over the whole file
//
// Prints one line per measurement: "name median_ms min_ms runs detail", for the script to parse.

#include "model/csv/CsvInspector.h"
#include "model/csv/CsvPreview.h"
#include "model/csv/CsvSniffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace fd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs work once to warm up, then runs times; prints the median and the minimum.
bool measure(const QString &name, int runs, const std::function<QString()> &work)
{
    QString detail = work();
    if (detail.isNull())
        return false;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        detail = work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out() << name << ' ' << QString::number(ms[ms.size() / 2], 'f', 2) << ' '
          << QString::number(ms.front(), 'f', 2) << ' ' << runs << ' ' << detail << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_csv header|inspect FILE [RUNS]\n";
        return 2;
    }
    const QString mode = args[1];
    const QString path = args[2];
    const int runs = args.size() > 3 ? qMax(1, args[3].toInt()) : 5;

    bool ok = false;
    if (mode == u"header") {
        ok = measure(QStringLiteral("preview_header"), runs, [&] {
            CsvPreview preview;
            const Result<CsvPreviewData> data = preview.preview(path, 0);
            return data ? QStringLiteral("columns=%1").arg(data->columns.size()) : QString();
        });
        ok = ok && measure(QStringLiteral("sniff_header"), runs, [&] {
                 CsvSniffer sniffer;
                 const Result<CsvSniffResult> sniffed = sniffer.sniff(path);
                 return sniffed ? QStringLiteral("columns=%1").arg(sniffed->columnCount)
                                : QString();
             });
    } else if (mode == u"inspect") {
        ok = measure(QStringLiteral("inspect"), runs, [&] {
            CsvInspector inspector;
            const Result<CsvInspection> inspection = inspector.inspect(path);
            return inspection ? QStringLiteral("rows=%1,columns=%2")
                                    .arg(inspection->rowCount)
                                    .arg(inspection->columns.size())
                              : QString();
        });
    }
    if (!ok)
        QTextStream(stderr) << "bench_csv: " << mode << " failed on " << path << '\n';
    return ok ? 0 : 1;
}
