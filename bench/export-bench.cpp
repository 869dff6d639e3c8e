// Whole-process time of a PDF export, next to wkhtmltopdf's time for the same report's HTML:
// what a reviewer waits for with LeakReport versus the usual browser-engine route.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString leakreport = QDir(QCoreApplication::applicationDirPath()).filePath(u"leakreport"_s);
    const QString sample = QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"sample.pdf"_s), html = dir.filePath(u"sample.html"_s),
                  wkPdf = dir.filePath(u"sample-wkhtmltopdf.pdf"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // as on a build server: no display at all

    std::printf("PDF export of the sample report, whole process, median of %d runs (no display)\n", kRuns);
    const double ours = medianRunMs(leakreport, {u"export"_s, sample, u"--format"_s, u"pdf"_s, u"-o"_s, pdf}, env);
    if (ours < 0)
        return 1;
    std::printf("  leakreport export --format pdf    %8.1f ms   %7lld bytes\n", ours, fileSize(pdf));
    if (medianRunMs(leakreport, {u"export"_s, sample, u"--format"_s, u"html"_s, u"-o"_s, html}, env) < 0)
        return 1;

    const QString wkhtmltopdf = QStandardPaths::findExecutable(u"wkhtmltopdf"_s);
    if (wkhtmltopdf.isEmpty()) {
        std::printf("  wkhtmltopdf (same report as HTML)   not installed: apt install wkhtmltopdf for the ratio\n");
        return 0;
    }
    const double theirs = medianRunMs(wkhtmltopdf, {u"--quiet"_s, html, wkPdf}, env);
    if (theirs < 0)
        return 1;
    std::printf("  wkhtmltopdf (same report as HTML) %8.1f ms   %7lld bytes\n", theirs, fileSize(wkPdf));
    std::printf("  ratio %.2fx (target <= 0.4x)\n", ours / theirs);
    return 0;
}
