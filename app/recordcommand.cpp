// The command line's `record`: a process's memory, sampled into a report as it runs (see commandline.h).
#include "commandline.h"

#include "live/durationtext.h"
#include "live/processrecorder.h"
#include "live/recordingfile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// Ctrl+C (SIGINT), SIGTERM and SIGHUP stop the recording through the event loop: the handler only
// writes a byte to a socket pair, the one thing a signal handler may safely do, and a
// QSocketNotifier on the other end stops the recorder (Qt's "Calling Qt Functions From Unix
// Signal Handlers" pattern). The old handlers come back when the recording ends.
class StopSignals
{
public:
    explicit StopSignals(const std::function<void()> &onSignal)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_sockets) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_sockets[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [onSignal] {
            char byte = 0;
            if (::read(s_sockets[1], &byte, 1) == 1)
                onSignal();
        });
        struct sigaction action = {};
        action.sa_handler = &StopSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (int i = 0; i < kCount; ++i)
            sigaction(kSignals[i], &action, &m_old[i]);
    }
    ~StopSignals()
    {
        if (!m_notifier)
            return;
        for (int i = 0; i < kCount; ++i)
            sigaction(kSignals[i], &m_old[i], nullptr);
        m_notifier.reset();
        ::close(s_sockets[0]);
        ::close(s_sockets[1]);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    static void handle(int)
    {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(s_sockets[0], &byte, 1);
    }

    static constexpr int kCount = 3;
    static constexpr int kSignals[kCount] = {SIGINT, SIGTERM, SIGHUP};
    static inline int s_sockets[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_old[kCount] = {};
};

} // namespace

int CommandLine::runRecord(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record the memory of a process into a report: one it starts (after --) or a running one (--pid).\n"
           "Samples RSS, PSS and anonymous memory from /proc/PID/smaps_rollup (else /proc/PID/status) and the\n"
           "cgroup's memory.current in a cgroup v2 container; the chosen metric becomes the series of the role,\n"
           "the others are kept as series of role other. The report is written after every sample (atomically:\n"
           "a crash loses at most one interval) and created when it does not exist. Stops on Ctrl+C, when the\n"
           "duration is up (ending a command it started) or when the process exits."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file to record into."));
    parser.addPositionalArgument(u"COMMAND"_s, tr("The program to start and record, after --, with its arguments."),
                                 u"(--pid PID | -- COMMAND [ARGS...])"_s);
    const QCommandLineOption role(u"role"_s, tr("What the recording shows: before or after (the fix)."), u"role"_s);
    const QCommandLineOption pid(u"pid"_s, tr("Record the running process PID instead of starting one."), u"PID"_s);
    const QCommandLineOption interval(u"interval"_s, tr("Time between samples: 100ms, 1s, 1m ... (default 1s)."),
                                      u"time"_s, u"1s"_s);
    const QCommandLineOption duration(u"duration"_s, tr("Stop after this long: 30s, 10m, 2h ... (default: until Ctrl+C or exit)."),
                                      u"time"_s);
    const QCommandLineOption metric(u"metric"_s, tr("The figure that becomes the series: rss, pss, anon or cgroup (default rss)."),
                                    u"metric"_s, u"rss"_s);
    parser.addOptions({role, pid, interval, duration, metric});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"record"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "record"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool hasCommand = arguments.contains(u"--"_s);
    if (positional.isEmpty())
        return usageError(tr("record needs a report file"), u"record"_s);
    if (parser.isSet(pid) == hasCommand || (hasCommand && positional.size() < 2) || (!hasCommand && positional.size() != 1))
        return usageError(tr("usage: record REPORT --role before|after (--pid PID | -- COMMAND [ARGS...])"), u"record"_s);
    SeriesRole seriesRole = SeriesRole::Other;
    if (!parser.isSet(role) || !roleFromName(parser.value(role), &seriesRole) || seriesRole == SeriesRole::Other)
        return usageError(tr("record needs --role before or --role after"), u"record"_s);
    RecordingOptions options;
    if (!ProcessMetrics::fromName(parser.value(metric), &options.metric))
        return usageError(tr("unknown metric \"%1\" (known: rss, pss, anon, cgroup)").arg(parser.value(metric)), u"record"_s);
    const std::optional<qint64> intervalMs = durationMs(parser.value(interval));
    if (!intervalMs || *intervalMs < 10)
        return usageError(tr("--interval \"%1\" is not a time of 10ms or more (100ms, 1s, 1m)").arg(parser.value(interval)), u"record"_s);
    options.intervalMs = *intervalMs;
    if (parser.isSet(duration)) {
        const std::optional<qint64> ms = durationMs(parser.value(duration));
        if (!ms)
            return usageError(tr("--duration \"%1\" is not a time (30s, 10m, 2h)").arg(parser.value(duration)), u"record"_s);
        options.durationMs = *ms;
    }
    const QString reportPath = positional.first();
    if (!checkNativeReportPath(reportPath, tr("samples")))
        return UsageOrInputError;
    qint64 processId = 0;
    if (parser.isSet(pid)) {
        bool ok = false;
        processId = parser.value(pid).toLongLong(&ok);
        if (!ok || processId <= 0)
            return usageError(tr("--pid \"%1\" is not a process id").arg(parser.value(pid)), u"record"_s);
    }

    RecordingFile file(reportPath, seriesRole);
    QString error;
    if (!file.open(&error))
        return inputError(error);
    ProcessRecorder recorder(options);
    QEventLoop loop;
    QString writeError;
    QObject::connect(&recorder, &ProcessRecorder::sampled, &recorder, [&] {
        if (!writeError.isEmpty())
            return;
        if (!file.write(recorder.series(seriesRole), &writeError))
            recorder.stop(); // the samples cannot be kept: recording on would mislead
    });
    QObject::connect(&recorder, &ProcessRecorder::finished, &loop, &QEventLoop::quit);
    StopSignals stopSignals([&recorder] { recorder.stop(); });
    const bool started = hasCommand ? recorder.startCommand(positional[1], positional.mid(2), &error)
                                    : recorder.attach(processId, &error);
    if (!started)
        return inputError(error);
    //: %1 is a process id, %2 the program's name, %3 the interval as typed, %4 the report
    m_err << "leakreport: " << tr("recording process %1 (%2) every %3 into %4; Ctrl+C stops")
                                 .arg(recorder.pid()).arg(recorder.series(seriesRole).first().name, parser.value(interval), reportPath)
          << '\n';
    m_err.flush();
    if (!recorder.isFinished())
        loop.exec();
    if (writeError.isEmpty())
        file.finish(recorder.series(seriesRole), &writeError);
    if (!writeError.isEmpty()) {
        m_err << "leakreport: " << writeError << '\n';
        return OutputError;
    }
    m_err << "leakreport: " << recorder.stopMessage() << '\n';
    return recorder.stopReason() == ProcessRecorder::StopReason::Failed ? UsageOrInputError : Success;
}

} // namespace lr
