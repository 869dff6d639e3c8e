// Whole-process time of a PDF export, next to wkhtmltopdf's time for the same report's HTML and
// pandoc's for its Markdown (read as GFM, printed through wkhtmltopdf: pandoc's LaTeX route needs
// a TeX installation): what a reviewer waits for with LeakReport versus the usual routes, with
// what each PDF offers (pages, bookmarks, page numbers). Then the time
// and peak memory of PDF and HTML exports of a report with a 1, 2, 5 and 10 MB paragraph or code
// block (`--max-mb N` stops earlier), so that a cost growing faster than the input shows.
#include "bigexportinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 9;

// Median wall-clock milliseconds of `program arguments`, or a negative number if it failed.
double medianRunMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    std::vector<double> samples;
    for (int i = 0; i < kRuns; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
            return -1;
        }
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

QString runOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What a reviewer gets besides the text: pages, bookmarks to the sections, numbered pages.
QString pdfTraits(const QString &pdf)
{
    QString pages = u"?"_s;
    for (const QString &line : runOutput(u"pdfinfo"_s, {pdf}).split(u'\n')) {
        if (line.startsWith(u"Pages:"_s))
            pages = line.mid(6).trimmed();
    }
    QFile file(pdf);
    const bool outline = file.open(QIODevice::ReadOnly) && file.readAll().contains("/Outlines");
    static const QRegularExpression pageNumber(u"Page 1 of \\d+"_s);
    const bool numbered = runOutput(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s}).contains(pageNumber);
    return u"%1 pages, bookmarks %2, page numbers %3"_s.arg(pages, outline ? u"yes"_s : u"no"_s,
                                                            numbered ? u"yes"_s : u"no"_s);
}

void printRow(const char *name, double ms, const QString &pdf)
{
    std::printf("  %-34s %8.1f ms   %7lld bytes   %s\n", name, ms, fileSize(pdf), qPrintable(pdfTraits(pdf)));
}

struct ProcessCost
{
    double seconds = -1;
    double peakMb = 0; // the child's maximum resident set, 10^6 bytes
};

// One run of `program arguments`, with the peak memory wait4() reports for that child alone.
ProcessCost measureRun(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &each : storage)
        argv.push_back(each.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    posix_spawn_file_actions_t quiet; // the import report of each run would drown the table
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &quiet, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0)
        return {};
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {};
    return {double(timer.nsecsElapsed()) / 1e9, double(usage.ru_maxrss) * 1024 / 1e6};
}

// The sample report with a paragraph or a code block of `megabytes` MB before its timeline.
QString writeBigReport(const QString &folder, bool codeBlock, int megabytes)
{
    QFile sample(QStringLiteral(LEAKREPORT_SOURCE_DIR "/tests/data/sample-report.md"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QByteArray markdown = sample.readAll();
    const qsizetype bytes = qsizetype(megabytes) * 1000 * 1000;
    const QByteArray block = codeBlock ? QByteArray("```text\n" + lr::bench::bigGcLog(bytes) + "```\n\n")
                                       : QByteArray(lr::bench::bigParagraph(bytes) + "\n\n");
    markdown.insert(markdown.indexOf("## Incident Timeline"), block);
    const QString path = QDir(folder).filePath(u"%1-%2mb.md"_s.arg(codeBlock ? u"code"_s : u"paragraph"_s).arg(megabytes));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(markdown) != markdown.size() || !out.flush())
        return {};
    return path;
}

// Prints one row per input size: seconds, seconds per MB and peak memory of each export format.
bool benchmarkBigInputs(const QString &leakreport, const QString &folder, int maxMegabytes)
{
    std::printf("\nExport of the sample report with one big block, whole process, one run each (no display)\n");
    std::printf("  %-16s %28s %28s\n", "input", "PDF: s   s/MB  peak MB", "HTML: s   s/MB  peak MB");
    for (const bool codeBlock : {false, true}) {
        for (const int megabytes : {1, 2, 5, 10}) {
            if (megabytes > maxMegabytes)
                continue;
            const QString input = writeBigReport(folder, codeBlock, megabytes);
            if (input.isEmpty())
                return false;
            std::printf("  %-16s", qPrintable(u"%1 MB %2"_s.arg(megabytes).arg(codeBlock ? u"code"_s : u"paragraph"_s)));
            for (const QString &format : {u"pdf"_s, u"html"_s}) {
                const ProcessCost cost = measureRun(leakreport, {u"export"_s, input, u"--format"_s, format, u"-o"_s,
                                                                 input + u'.' + format});
                if (cost.seconds < 0) {
                    std::printf("\n%s export of %s failed\n", qPrintable(format), qPrintable(input));
                    return false;
                }
                std::printf("    %8.2f %6.2f %8.0f", cost.seconds, cost.seconds / megabytes, cost.peakMb);
            }
            std::printf("\n");
            std::fflush(stdout);
            QFile::remove(input + u".pdf"_s);
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype maxAt = app.arguments().indexOf(u"--max-mb"_s);
    const int maxMegabytes = maxAt > 0 ? app.arguments().value(maxAt + 1).toInt() : 10;
    const QString leakreport = QDir(QCoreApplication::applicationDirPath()).filePath(u"leakreport"_s);
    const QString sample = QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"sample.pdf"_s), html = dir.filePath(u"sample.html"_s),
                  wkPdf = dir.filePath(u"sample-wkhtmltopdf.pdf"_s), markdown = dir.filePath(u"sample.md"_s),
                  pandocPdf = dir.filePath(u"sample-pandoc.pdf"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // as on a build server: no display at all

    std::printf("PDF export of the sample report, whole process, median of %d runs (no display)\n", kRuns);
    const double ours = medianRunMs(leakreport, {u"export"_s, sample, u"--format"_s, u"pdf"_s, u"-o"_s, pdf}, env);
    if (ours < 0)
        return 1;
    printRow("leakreport export --format pdf", ours, pdf);
    if (medianRunMs(leakreport, {u"export"_s, sample, u"--format"_s, u"html"_s, u"-o"_s, html}, env) < 0
        || medianRunMs(leakreport, {u"export"_s, sample, u"--format"_s, u"md"_s, u"-o"_s, markdown}, env) < 0)
        return 1;

    const QString wkhtmltopdf = QStandardPaths::findExecutable(u"wkhtmltopdf"_s);
    if (wkhtmltopdf.isEmpty()) {
        std::printf("  wkhtmltopdf (same report as HTML)   not installed: apt install wkhtmltopdf for the ratio\n");
    } else {
        const double theirs = medianRunMs(wkhtmltopdf, {u"--quiet"_s, html, wkPdf}, env);
        if (theirs < 0)
            return 1;
        printRow("wkhtmltopdf (same report as HTML)", theirs, wkPdf);
        std::printf("  ratio %.2fx (target <= 0.4x)\n", ours / theirs);
    }
    const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
    if (pandoc.isEmpty() || wkhtmltopdf.isEmpty()) {
        std::printf("  pandoc (same report as Markdown)    not installed: apt install pandoc wkhtmltopdf\n");
    } else {
        const double theirs = medianRunMs(pandoc, {u"-f"_s, u"gfm"_s, markdown, u"-o"_s, pandocPdf, u"--pdf-engine=wkhtmltopdf"_s,
                                                   u"--resource-path="_s + dir.path(), u"--metadata"_s,
                                                   u"title=Memory Leak Investigation Report"_s},
                                          env);
        if (theirs < 0)
            return 1;
        printRow("pandoc -f gfm, wkhtmltopdf engine", theirs, pandocPdf);
        std::printf("  ratio %.2fx\n", ours / theirs);
    }
    qunsetenv("DISPLAY");
    return benchmarkBigInputs(leakreport, dir.path(), maxMegabytes) ? 0 : 1;
}
