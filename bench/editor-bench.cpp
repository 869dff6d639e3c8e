// Prints how fast the editor window comes up and how long a preview refresh takes:
//  - start-up: from starting the process to the first frame of its window painted, with the
//    sample report in the form and the preview, against a bare Qt window with a text edit
//    measured the same way (both offscreen, or on the X server LEAKREPORT_BENCH_PLATFORM=xcb
//    names, same machine, interleaved, pinned to the same CPU);
//  - preview refresh of the full sample report, after one edit and from scratch.
#include "charts/memorychart.h"
#include "io/reportfile.h"
#include "model/reporteditor.h"
#include "window/mainwindow.h"
#include "window/previewpane.h"
#include "window/reportdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <sched.h>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Shown means on screen and painted: the first frame the user sees.
void waitUntilExposed(QWidget &window)
{
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    window.repaint();
}

// Where a child's start-up time goes, in ms since its main() began; what came before main()
// (exec, loading and relocating the libraries) is the parent's total less `frame`.
struct ChildPhases
{
    double application = 0; // QApplication constructed
    double window = 0;      // window constructed and sized
    double report = 0;      // sample report opened (the bare window has none: equal to `window`)
    double frame = 0;       // first frame painted
};

QElapsedTimer &sinceChildMain()
{
    static QElapsedTimer timer;
    return timer;
}

double childMs()
{
    return double(sinceChildMain().nsecsElapsed()) / 1e6;
}

// The first frame: once the first paint pass has run, a zero timer posted at its start fires
// (timers run in the order they were posted, so work the paint pass itself schedules comes after).
// Says "shown" with the phases on one line, which the parent reads.
class FirstFrame : public QObject
{
public:
    FirstFrame(ChildPhases phases, std::function<bool()> ready)
        : m_phases(phases)
        , m_ready(std::move(ready))
    {
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, [this] {
                if (!m_ready()) {
                    QCoreApplication::exit(1);
                    return;
                }
                m_phases.frame = childMs();
                std::printf("shown %.3f %.3f %.3f %.3f\n", m_phases.application, m_phases.window, m_phases.report,
                            m_phases.frame);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    ChildPhases m_phases;
    std::function<bool()> m_ready;
    bool m_seen = false;
};

// In the child process: build the window, show it, say so once its first frame is painted, exit.
int runChild(const QString &kind, const QString &samplePath, const QString &recoveryDir)
{
    ChildPhases phases;
    phases.application = childMs();
    if (kind == u"bare") {
        QPlainTextEdit window;
        window.resize(1280, 800);
        phases.window = phases.report = childMs();
        FirstFrame firstFrame(phases, [] { return true; });
        qApp->installEventFilter(&firstFrame);
        window.show();
        return QApplication::exec();
    }
    lr::MainWindow window(recoveryDir);
    window.resize(1280, 800);
    phases.window = childMs();
    if (!window.openFile(samplePath))
        return 1;
    phases.report = childMs();
    // Shown means with the sample report in the form and in the preview.
    FirstFrame firstFrame(phases, [&window] { return !window.preview()->browser()->document()->isEmpty(); });
    qApp->installEventFilter(&firstFrame);
    window.show();
    return QApplication::exec();
}

// The CPUs this program may run on. On the 2-core CI machines one core starts processes about
// 30% slower than the other, so both windows are measured on each core alike.
QList<int> allowedCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    QList<int> cpus;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
            if (CPU_ISSET(cpu, &set))
                cpus.append(cpu);
        }
    }
    return cpus;
}

// One start of a child, as the parent saw it (total) and as the child reported its phases.
struct ChildStart
{
    double total = -1; // from starting the process to reading "shown"
    ChildPhases phases;
};

ChildStart timeChild(const QString &kind, int cpu, const QString &samplePath, const QString &recoveryDir)
{
    QProcess child;
    child.setChildProcessModifier([cpu] {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        sched_setaffinity(0, sizeof set, &set);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LEAKREPORT_BENCH_PLATFORM=xcb (under Xvfb) times the windows on an X server, as users see them.
    env.insert(u"QT_QPA_PLATFORM"_s, qEnvironmentVariable("LEAKREPORT_BENCH_PLATFORM", u"offscreen"_s));
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, kind, samplePath, recoveryDir});
    QByteArray out;
    while (!out.contains("shown") && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished();
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (words.size() != 5 || words[0] != "shown") {
        std::fprintf(stderr, "%s window did not show: %s\n", qPrintable(kind), child.readAllStandardError().constData());
        return {};
    }
    return {ms, {words[1].toDouble(), words[2].toDouble(), words[3].toDouble(), words[4].toDouble()}};
}

// Medians of each phase's own length, to compare the two windows step by step.
void printPhases(const char *name, const std::vector<ChildStart> &starts)
{
    const auto medianOf = [&starts](auto length) {
        std::vector<double> values;
        for (const ChildStart &start : starts)
            values.push_back(length(start));
        return median(values);
    };
    const double beforeMain = medianOf([](const ChildStart &s) { return s.total - s.phases.frame; });
    const double application = medianOf([](const ChildStart &s) { return s.phases.application; });
    const double window = medianOf([](const ChildStart &s) { return s.phases.window - s.phases.application; });
    const double report = medianOf([](const ChildStart &s) { return s.phases.report - s.phases.window; });
    const double frame = medianOf([](const ChildStart &s) { return s.phases.frame - s.phases.report; });
    std::printf("    %-8s %13.1f %14.1f %14.1f %14.1f %17.1f\n", name, beforeMain, application, window, report, frame);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0) {
        sinceChildMain().start();
        QApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString samplePath = dir.filePath(u"sample.leakreport"_s);
    QFile::copy(u":/sample/sample.leakreport"_s, samplePath);
    const QString recoveryDir = dir.filePath(u"recovery"_s);

    constexpr int kStarts = 7;
    const bool printSamples = qEnvironmentVariableIsSet("LEAKREPORT_BENCH_SAMPLES");
    std::printf("start-up to the first painted frame (%s, median of %d interleaved process starts)\n",
                qPrintable(qEnvironmentVariable("LEAKREPORT_BENCH_PLATFORM", u"offscreen"_s)), kStarts);
    std::printf("  CPU   bare Qt window with a text edit   LeakReport with sample and preview   ratio (target <= 1.5x)\n");
    double worstRatio = 0;
    struct CpuPhases
    {
        int cpu;
        std::vector<ChildStart> bare, editor;
    };
    std::vector<CpuPhases> phases;
    for (const int cpu : allowedCpus()) {
        std::vector<ChildStart> bareStarts, editorStarts;
        std::vector<double> bare, editor;
        for (int i = 0; i < kStarts; ++i) { // interleaved, so both see the same machine load
            bareStarts.push_back(timeChild(u"bare"_s, cpu, samplePath, recoveryDir));
            editorStarts.push_back(timeChild(u"editor"_s, cpu, samplePath, recoveryDir));
            bare.push_back(bareStarts.back().total);
            editor.push_back(editorStarts.back().total);
        }
        if (std::ranges::any_of(bare, [](double v) { return v < 0; }) || std::ranges::any_of(editor, [](double v) { return v < 0; }))
            return 1;
        phases.push_back({cpu, bareStarts, editorStarts});
        if (printSamples) { // every start, to see the spread
            for (size_t i = 0; i < bare.size(); ++i)
                std::printf("        sample %zu: bare %.1f ms, editor %.1f ms\n", i, bare[i], editor[i]);
        }
        const double ratio = median(editor) / median(bare);
        worstRatio = std::max(worstRatio, ratio);
        std::printf("  %3d   %26.1f ms   %32.1f ms   %8.2fx\n", cpu, median(bare), median(editor), ratio);
    }
    std::printf("  worst ratio over the CPUs: %.2fx\n", worstRatio);
    std::printf("where the start-up goes (median length of each step, ms)\n");
    for (const CpuPhases &cpu : phases) {
        std::printf("  CPU %d    before main()   QApplication   window built   report opened   first frame drawn\n", cpu.cpu);
        printPhases("bare", cpu.bare);
        printPhases("editor", cpu.editor);
    }

    lr::MainWindow window(recoveryDir);
    window.resize(1280, 800);
    window.openFile(samplePath);
    waitUntilExposed(window);
    lr::PreviewPane *preview = window.preview();
    lr::ReportEditor *edit = window.document()->editor();
    constexpr int kRefreshes = 60;
    std::vector<double> afterEdit, fromScratch, markdownMode;
    QElapsedTimer timer;
    for (int i = 0; i < kRefreshes; ++i) {
        edit->setValue(u"tldr"_s, u"Edit number %1 of the summary"_s.arg(i));
        edit->closeMergeWindow();
        timer.start();
        preview->refresh();
        preview->browser()->viewport()->repaint(); // include layout and painting of what shows
        afterEdit.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < kRefreshes / 3; ++i) {
        preview->invalidate();
        timer.start();
        preview->refresh(); // the first render shows the current section at once...
        preview->refresh(); // ...and the whole document next: cmark-gfm for every section, full layout
        preview->browser()->viewport()->repaint();
        fromScratch.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    preview->setMode(lr::PreviewPane::Mode::Markdown);
    for (int i = 0; i < kRefreshes; ++i) {
        edit->setValue(u"tldr"_s, u"Markdown edit %1"_s.arg(i));
        edit->closeMergeWindow();
        timer.start();
        preview->refresh();
        preview->markdownView()->viewport()->repaint();
        markdownMode.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // The memory chart with a million samples: every zoom downsamples the visible range again.
    {
        lr::MemorySeries before;
        before.role = lr::SeriesRole::Before;
        before.name = u"heap"_s;
        constexpr int kSamples = 1'000'000;
        before.samples.reserve(kSamples);
        for (int i = 0; i < kSamples; ++i) // 15 s apart: 174 days; slow growth with a GC sawtooth
            before.samples.append({qint64(i) * 15000, 200e6 + i * 40.0 + (i % 40) * 2e5});
        lr::MemoryChart chart;
        chart.resize(1200, 600);
        chart.show();
        chart.setSeries({before});
        QCoreApplication::processEvents();
        const double hours = double(kSamples) * 15 / 3600;
        std::vector<double> zooms;
        for (int i = 0; i < 41; ++i) {
            const double from = hours * (i % 10) / 20, to = from + hours / (2 + i % 5);
            timer.start();
            chart.setVisibleHours(from, to);
            chart.viewport()->repaint(); // the update the user waits for: downsample, replace, paint
            zooms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("memory chart, 1,000,000 samples, %lld points drawn (median; target <= 16 ms)\n",
                    static_cast<long long>(chart.drawnPointCount(0)));
        std::printf("  update after a zoom                       %8.2f ms\n", median(zooms));
    }
    std::printf("preview refresh, full sample report (median; target < 16 ms)\n");
    std::printf("  rendered, after one edit                  %8.2f ms\n", median(afterEdit));
    std::printf("  rendered, every section from scratch      %8.2f ms\n", median(fromScratch));
    std::printf("  Markdown text, after one edit             %8.2f ms\n", median(markdownMode));
    window.document()->undoStack()->setClean();
    return 0;
}
