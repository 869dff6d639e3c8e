#include "series/tracegcseriesreader.h"

#include "series/byteunits.h"
#include "series/seriesinput.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {


// The collector names V8 has printed over the years; "Mark-Compact" also covers
// "Mark-Compact (reduce)", "Scavenge" also "Scavenge (reduce) (interleaved)".
constexpr QByteArrayView kGcNames[] = {"Scavenge", "Mark-Compact", "Mark-sweep", "Minor Mark-Compact",
                                       "Minor Mark-Sweep"};
constexpr QByteArrayView kTimeMarker = " ms: ";
// --trace-gc-nvp writes name=value pairs instead: "... 46 ms: pause=4.3 ... total_size_after=3853784 ...".
constexpr QByteArrayView kNvpMarker = " ms: pause=";
constexpr QByteArrayView kNvpHeapAfter = " total_size_after=";
// Times beyond 2^53 ms cannot be held exactly; no process runs that long.
constexpr double kMaxTime = 9007199254740992.0;

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '.';
}

// A number as V8 prints it: digits, maybe a fraction. Nothing else (no sign, no exponent).
std::optional<double> decimal(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::fixed);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A forward scan over the heap figures "12.3 (15.0) -> 10.1 (16.0) MB".
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    void skipSpaces()
    {
        while (!m_text.isEmpty() && m_text.front() == ' ')
            m_text = m_text.sliced(1);
    }
    bool take(QByteArrayView word)
    {
        skipSpaces();
        if (!m_text.startsWith(word))
            return false;
        m_text = m_text.sliced(word.size());
        return true;
    }
    std::optional<double> number() { return decimal(takeNumber()); }
    // The figures that are not kept only have to look right: converting them would cost the time
    // of the whole scan.
    bool skipNumber()
    {
        const QByteArrayView text = takeNumber();
        const auto digits = std::count_if(text.begin(), text.end(), [](char c) { return c != '.'; });
        return digits > 0 && text.size() - digits <= 1;
    }
    // Qualifiers such as "(reduce)" or "(interleaved)" stand between the name and the figures.
    void skipQualifiers()
    {
        skipSpaces();
        while (m_text.size() > 1 && m_text.front() == '(' && !isNumberChar(m_text[1])) {
            const qsizetype close = m_text.indexOf(')');
            if (close < 0)
                return;
            m_text = m_text.sliced(close + 1);
            skipSpaces();
        }
    }

private:
    QByteArrayView takeNumber()
    {
        skipSpaces();
        qsizetype length = 0;
        while (length < m_text.size() && isNumberChar(m_text[length]))
            ++length;
        const QByteArrayView number = m_text.first(length);
        m_text = m_text.sliced(length);
        return number;
    }

    QByteArrayView m_text;
};

// "12345:0x5581c2e0", "7824:000001C3A99505C0" (Windows) or a bare pid ("24851", old Node).
bool looksLikeIsolateId(QByteArrayView id)
{
    const qsizetype colon = id.indexOf(':');
    const QByteArrayView pid = colon < 0 ? id : id.first(colon);
    if (pid.isEmpty() || !std::all_of(pid.begin(), pid.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    if (colon < 0)
        return true;
    const QByteArrayView address = id.sliced(colon + 1);
    return !address.isEmpty() && std::all_of(address.begin(), address.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x';
    });
}

struct GcEvent
{
    QByteArrayView isolate; // empty when the line has no "[pid:address]" prefix
    qint64 time = 0;
    double bytesAfter = 0;
    double pauseMs = -1; // -1: the line prints no pause
    GcPause::Kind kind = GcPause::Kind::Minor;
    double averageMu = -1;
};

enum class LineKind { Other, Gc, GcNvp, Malformed };

// Where " ms: <collector> " starts, or -1. Application output may say " ms: " too.
qsizetype findGcMarker(QByteArrayView line, qsizetype *figuresAt, GcPause::Kind *kind)
{
    for (qsizetype at = line.indexOf(kTimeMarker); at >= 0; at = line.indexOf(kTimeMarker, at + 1)) {
        const QByteArrayView rest = line.sliced(at + kTimeMarker.size());
        for (QByteArrayView name : kGcNames) {
            if (rest.size() > name.size() && rest.startsWith(name) && rest[name.size()] == ' ') {
                *figuresAt = at + kTimeMarker.size() + name.size();
                const bool full = name == "Mark-Compact" || name == "Mark-sweep";
                *kind = full ? GcPause::Kind::Full : GcPause::Kind::Minor;
                return at;
            }
        }
    }
    return -1;
}

// The number after `key` up to the next space or comma ("pause=4.3 ", "average mu = 0.138,").
std::optional<double> numberAfter(QByteArrayView text, QByteArrayView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return std::nullopt;
    QByteArrayView digits = text.sliced(at + key.size());
    digits = digits.first(std::find_if(digits.begin(), digits.end(), [](char c) { return !isNumberChar(c); }) - digits.begin());
    return decimal(digits);
}

// --trace-gc-nvp's "gc=s" (Scavenge) and "gc=mmc" (minor mark-compact) are minor; "gc=ms" and the rest full.
GcPause::Kind nvpKind(QByteArrayView pairs)
{
    const qsizetype at = pairs.indexOf(" gc=");
    if (at < 0)
        return GcPause::Kind::Full;
    QByteArrayView name = pairs.sliced(at + 4);
    name = name.first(std::find(name.begin(), name.end(), ' ') - name.begin());
    return name == "s" || name == "mmc" || name == "mms" ? GcPause::Kind::Minor : GcPause::Kind::Full;
}

// The heap used after the GC of a --trace-gc-nvp line, in bytes (V8 prints the object size).
bool readNvpHeapAfter(QByteArrayView pairs, double *bytes)
{
    const qsizetype at = pairs.indexOf(kNvpHeapAfter);
    if (at < 0)
        return false;
    QByteArrayView digits = pairs.sliced(at + kNvpHeapAfter.size());
    digits = digits.first(std::find(digits.begin(), digits.end(), ' ') - digits.begin());
    const std::optional<double> value = decimal(digits);
    if (!value)
        return false;
    *bytes = *value;
    return true;
}

// The pause after the heap figures: ", 1.2 / 0.0 ms" (Node 8 on), ", pooled: 0 MB, 0.92 / 0.00 ms"
// (Node 22), ", 1.4 ms" (Node 6). V8 prints the GC's duration on the main thread, then the part of
// it spent in embedder callbacks: the first figure is the pause. -1 when there is none.
double readPause(Cursor &figures)
{
    if (!figures.take(","))
        return -1;
    if (figures.take("pooled:") && !(figures.skipNumber() && figures.take("MB") && figures.take(",")))
        return -1;
    const std::optional<double> pause = figures.number();
    if (figures.take("/"))
        figures.skipNumber();
    return pause && figures.take("ms") ? *pause : -1;
}

// The heap used after the GC of a --trace-gc line, "used (committed) -> used (committed) MB", in
// bytes, and the pause that follows.
bool readHeapAfter(QByteArrayView text, double *bytes, double *pauseMs)
{
    Cursor figures(text);
    figures.skipQualifiers();
    const bool before = figures.skipNumber() && figures.take("(") && figures.skipNumber() && figures.take(")");
    const bool arrow = before && figures.take("->");
    const std::optional<double> usedAfter = figures.number();
    const bool committedAfter = figures.take("(") && figures.skipNumber() && figures.take(")");
    if (!arrow || !usedAfter || !committedAfter || !figures.take("MB"))
        return false;
    *bytes = *usedAfter * TraceGcSeriesReader::kBytesPerV8MB;
    *pauseMs = readPause(figures);
    return true;
}

// "[pid:isolate]   <time> ms: <collector> <used> (<committed>) -> <used> (<committed>) MB, ..."
// or, with --trace-gc-nvp, "[pid:isolate]   <time> ms: pause=... total_size_after=<bytes> ..."
LineKind parseGcLine(QByteArrayView line, GcEvent *event, QString *problem)
{
    qsizetype figuresAt = 0;
    qsizetype marker = findGcMarker(line, &figuresAt, &event->kind);
    const bool nvp = marker < 0;
    if (nvp) {
        marker = line.indexOf(kNvpMarker);
        if (marker < 0)
            return LineKind::Other;
        figuresAt = marker + kTimeMarker.size();
    }

    qsizetype timeStart = marker;
    while (timeStart > 0 && isNumberChar(line[timeStart - 1]))
        --timeStart;
    const std::optional<double> time = decimal(line.sliced(timeStart, marker - timeStart));
    if (!time || *time > kMaxTime) {
        *problem = TraceGcSeriesReader::tr("cannot read the time before \"ms:\"");
        return LineKind::Malformed;
    }

    // V8 writes the isolate just before the time; a log collector may have put more in front.
    event->isolate = {};
    const QByteArrayView prefix = line.first(timeStart).trimmed();
    if (prefix.endsWith(']')) {
        const qsizetype open = prefix.lastIndexOf('[');
        const QByteArrayView id = open < 0 ? QByteArrayView() : prefix.sliced(open + 1, prefix.size() - open - 2);
        if (looksLikeIsolateId(id))
            event->isolate = id;
    }

    double bytes = 0;
    event->pauseMs = -1;
    if (nvp) {
        const QByteArrayView pairs = line.sliced(figuresAt - 1);
        if (!readNvpHeapAfter(pairs, &bytes)) {
            *problem = TraceGcSeriesReader::tr("a --trace-gc-nvp line without total_size_after=<bytes>");
            return LineKind::Malformed;
        }
        event->pauseMs = numberAfter(pairs, " pause=").value_or(-1);
        event->kind = nvpKind(pairs);
    } else {
        event->averageMu = numberAfter(line.sliced(figuresAt), "average mu = ").value_or(-1);
    }
    if (!nvp && !readHeapAfter(line.sliced(figuresAt), &bytes, &event->pauseMs)) {
        *problem = TraceGcSeriesReader::tr("cannot read the heap sizes (expected \"used (committed) -> used (committed) MB\")");
        return LineKind::Malformed;
    }
    if (const QString why = ByteUnits::implausible(bytes); !why.isEmpty()) {
        *problem = TraceGcSeriesReader::tr("heap size after the GC: %1").arg(why);
        return LineKind::Malformed;
    }
    event->time = qint64(std::llround(*time));
    event->bytesAfter = bytes;
    return nvp ? LineKind::GcNvp : LineKind::Gc;
}

// The samples of each isolate, in the order the isolates first appear.
class IsolateSamples
{
public:
    // False, with the reason, when time runs backwards within an isolate. Lines that repeat
    // what was read already (the "Last few GCs" block of an OOM crash) are dropped instead.
    bool add(const GcEvent &event, bool repeating, QString *problem)
    {
        const qsizetype index = indexOf(event.isolate);
        QList<MemorySample> &samples = m_samples[index];
        const MemorySample sample{event.time, event.bytesAfter};
        if (!samples.isEmpty() && sample.time < samples.constLast().time) {
            if (repeating)
                return true;
            *problem = TraceGcSeriesReader::tr("time goes backwards: %1 ms after %2 ms").arg(sample.time)
                .arg(samples.constLast().time);
            return false;
        }
        if (repeating && alreadyRead(samples, sample))
            return true;
        samples.append(sample);
        if (event.pauseMs >= 0)
            m_pauses[index].append({event.time, event.pauseMs, event.kind});
        if (event.averageMu >= 0)
            m_averageMu[index] = event.averageMu;
        return true;
    }

    bool isEmpty() const { return m_ids.isEmpty(); }

    QList<MemorySeries> take()
    {
        // Workers run isolates of their own in the same process: only then is the pid not enough.
        QHash<QByteArrayView, int> isolatesPerPid;
        for (const QByteArray &id : std::as_const(m_ids))
            ++isolatesPerPid[pidOf(id)];
        QList<MemorySeries> result;
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const QByteArray &id = m_ids.at(i);
            MemorySeries series;
            series.name = u"heap used after GC"_s;
            if (!id.isEmpty()) {
                const QByteArrayView pid = pidOf(id);
                series.name += u" (pid "_s + QString::fromLatin1(pid);
                if (isolatesPerPid.value(pid) > 1 && pid.size() < id.size())
                    series.name += u", isolate "_s + QString::fromLatin1(id.sliced(pid.size() + 1));
                series.name += u')';
            }
            series.timeUnit = MemorySeries::TimeUnit::Milliseconds;
            series.samples = std::move(m_samples[i]);
            series.gcPauses = std::move(m_pauses[i]);
            series.v8AverageMu = m_averageMu.at(i);
            series.source.format = u"trace-gc"_s;
            series.source.query = QString::fromLatin1(id);
            result.append(std::move(series));
        }
        return result;
    }

private:
    // Two GCs can fall in the same millisecond: compare with every sample of that time.
    static bool alreadyRead(const QList<MemorySample> &samples, const MemorySample &sample)
    {
        for (auto it = samples.crbegin(); it != samples.crend() && it->time == sample.time; ++it) {
            if (*it == sample)
                return true;
        }
        return false;
    }

    static QByteArrayView pidOf(QByteArrayView id)
    {
        const qsizetype colon = id.indexOf(':');
        return colon < 0 ? id : id.first(colon);
    }

    qsizetype indexOf(QByteArrayView isolate)
    {
        // Consecutive lines nearly always come from the same isolate: no lookup, no copy.
        if (m_last >= 0 && m_ids.at(m_last) == isolate)
            return m_last;
        const QByteArray key = isolate.toByteArray();
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            it = m_index.insert(key, m_ids.size());
            m_ids.append(key);
            m_samples.emplaceBack();
            m_pauses.emplaceBack();
            m_averageMu.append(-1);
        }
        m_last = it.value();
        return m_last;
    }

    QList<QByteArray> m_ids;
    QList<QList<MemorySample>> m_samples;
    QList<QList<GcPause>> m_pauses;
    QList<double> m_averageMu;
    QHash<QByteArray, qsizetype> m_index;
    qsizetype m_last = -1;
};

} // namespace

std::optional<TraceGcSeriesReader::GcLine> TraceGcSeriesReader::gcLine(QByteArrayView line)
{
    GcEvent event;
    QString problem;
    const LineKind kind = parseGcLine(line, &event, &problem);
    if (kind != LineKind::Gc && kind != LineKind::GcNvp)
        return std::nullopt;
    return GcLine{event.time, event.pauseMs, event.kind};
}

SeriesImportResult TraceGcSeriesReader::read(QIODevice &device, const QString &displayName)
{
    LineSource lines(device);
    IsolateSamples isolates;
    bool repeating = false;
    bool traceGc = false;
    bool traceGcNvp = false;
    while (lines.next()) {
        const QByteArrayView line = lines.line();
        // Node's out-of-memory report repeats the last GCs between these two banners.
        if (line.startsWith("<---")) {
            if (line.contains("Last few GCs"))
                repeating = true;
            else if (line.contains("JS stacktrace"))
                repeating = false;
            continue;
        }
        GcEvent event;
        QString problem;
        switch (parseGcLine(line, &event, &problem)) {
        case LineKind::Other:
            continue;
        case LineKind::Malformed:
            return importFailure(displayName, lines.number(), problem);
        case LineKind::Gc:
            traceGc = true;
            break;
        case LineKind::GcNvp:
            traceGcNvp = true;
            break;
        }
        if (!isolates.add(event, repeating, &problem))
            return importFailure(displayName, lines.number(), problem);
    }
    if (lines.failed())
        return importFailure(displayName, lines.number(), lines.problem());
    if (isolates.isEmpty())
        return importFailure(displayName, lines.number(),
                       tr("no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)"));
    SeriesImportResult result{isolates.take(), {}, {}};
    if (traceGc)
        result.notes.append(tr("heap used after each GC in V8's MB, which are MiB (1048576 bytes)"));
    if (traceGcNvp)
        result.notes.append(tr("heap used after each GC from total_size_after, in bytes (--trace-gc-nvp)"));
    return result;
}

} // namespace lr
