#include "series/massifseriesreader.h"

#include "series/byteunits.h"

#include "series/seriesinput.h"

#include <QIODevice>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// A piece of the input for a message: short, and readable whatever bytes it holds.
QString quoted(QByteArrayView text)
{
    constexpr qsizetype kShown = 40;
    const QString shown = QString::fromUtf8(text.first(qMin(text.size(), kShown)));
    return u'"' + shown + (text.size() > kShown ? u"...\""_s : u"\""_s);
}

// A count as massif prints it: decimal digits only.
std::optional<quint64> count(QByteArrayView text)
{
    quint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.isEmpty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

// A snapshot's time as written: massif prints whole counts of its time_unit; heaptrack_print
// prints seconds with a fraction, as C++ streams print doubles ("0.011", "1.23457e+06"). Which
// one applies is known only from time_unit:, which heaptrack writes after the snapshots.
struct RawTime
{
    QByteArray text;
    std::optional<quint64> whole; // digits only
    double value = 0;
};

std::optional<RawTime> rawTime(QByteArrayView text)
{
    RawTime time{text.toByteArray(), count(text), 0};
    if (time.whole) {
        time.value = double(*time.whole);
        return time;
    }
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, time.value, std::chars_format::general);
    if (text.isEmpty() || ec != std::errc() || ptr != end || !std::isfinite(time.value) || time.value < 0)
        return std::nullopt;
    return time;
}

// Whether `later` comes before `earlier`: exactly for whole counts (up to 2^63), else as doubles.
bool goesBack(const RawTime &earlier, const RawTime &later)
{
    return earlier.whole && later.whole ? *later.whole < *earlier.whole : later.value < earlier.value;
}

// "n2: 1234 0x4005A4: g (example.c:5)", indented by depth.
bool isTreeNode(QByteArrayView trimmed)
{
    if (trimmed.size() < 3 || trimmed.front() != 'n')
        return false;
    qsizetype i = 1;
    while (i < trimmed.size() && trimmed[i] >= '0' && trimmed[i] <= '9')
        ++i;
    return i > 1 && i < trimmed.size() && trimmed[i] == ':';
}

// The four numbers of a snapshot, in the order massif writes them.
enum Field { Time, HeapBytes, HeapExtraBytes, StackBytes, FieldCount };
constexpr std::array<QByteArrayView, FieldCount> kFieldKeys = {"time=", "mem_heap_B=", "mem_heap_extra_B=",
                                                               "mem_stacks_B="};

struct Snapshot
{
    qint64 line = 0;    // of "snapshot=N"
    quint64 number = 0; // N
    std::optional<RawTime> time;
    std::array<std::optional<quint64>, FieldCount> bytes; // bytes[Time] unused: see time
    bool treeSeen = false;
    bool treeFollows = false; // detailed and peak snapshots: node lines come next
};

// A whole snapshot, waiting for the time unit.
struct Parsed
{
    qint64 line = 0;
    quint64 number = 0;
    RawTime time;
    double bytes = 0;
};

// The header lines (desc:, cmd:, time_unit:) come before the snapshots in massif's files and
// after them in heaptrack_print's; anything else (header lines on both sides, snapshots after a
// trailing header) is two files joined.
enum class HeaderPlace { None, Leading, Trailing };

// Reads a massif file line by line; keeps the first problem with its line.
class MassifParser
{
public:
    bool feed(QByteArrayView line, qint64 number)
    {
        m_lineNumber = number;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#')) // "#-----------" frames snapshot=N
            return true;
        if (m_current && m_current->treeFollows && isTreeNode(trimmed))
            return true;
        if (trimmed.startsWith("desc:") || trimmed.startsWith("cmd:") || trimmed.startsWith("time_unit:"))
            return header(trimmed);
        if (trimmed.startsWith("snapshot="))
            return startSnapshot(trimmed.sliced(9));
        for (int field = 0; field < FieldCount; ++field) {
            if (trimmed.startsWith(kFieldKeys[field]))
                return setField(Field(field), trimmed.sliced(kFieldKeys[field].size()));
        }
        if (trimmed.startsWith("heap_tree="))
            return setTree(trimmed.sliced(10));
        if (isTreeNode(trimmed))
            return fail(MassifSeriesReader::tr("heap tree line outside a detailed snapshot"));
        if (m_headerPlace == HeaderPlace::None && m_parsed.isEmpty() && !m_current)
            return fail(MassifSeriesReader::tr("not a massif file: expected desc:, cmd:, time_unit: or snapshot=, found %1")
                .arg(quoted(trimmed)));
        return fail(MassifSeriesReader::tr("not a massif line: %1").arg(quoted(trimmed)));
    }

    // At the end of the input: the last snapshot must be whole, and the time unit known.
    bool finish()
    {
        if (m_current && !finishSnapshot(true))
            return false;
        if (!m_timeUnit)
            return fail(m_lineNumber == 0 ? MassifSeriesReader::tr("empty file")
                                          : MassifSeriesReader::tr("no time_unit: line (not a massif file?)"));
        if (m_parsed.isEmpty())
            return fail(MassifSeriesReader::tr("no snapshots"));
        m_series.samples.reserve(m_parsed.size());
        for (const Parsed &parsed : std::as_const(m_parsed)) {
            const std::optional<qint64> time = inSeriesUnit(parsed);
            if (!time)
                return false;
            m_series.samples.append({*time, parsed.bytes});
        }
        return true;
    }

    MemorySeries take()
    {
        // heaptrack_print says who wrote the file in desc:; valgrind puts its options there.
        const QString tool = m_description == u"heaptrack" ? u"heaptrack"_s : u"massif"_s;
        m_series.name = m_command && !m_command->isEmpty() ? tool + u": "_s + *m_command : tool;
        m_series.timeUnit = *m_timeUnit == SourceUnit::Seconds ? MemorySeries::TimeUnit::Milliseconds
                                                               : MemorySeries::TimeUnit(*m_timeUnit);
        m_series.source.format = u"massif"_s;
        m_series.source.query = m_command.value_or(QString());
        return std::move(m_series);
    }

    const QString &problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }

private:
    // The series' own units, and heaptrack's seconds, which become milliseconds.
    enum class SourceUnit {
        Milliseconds = int(MemorySeries::TimeUnit::Milliseconds),
        Instructions = int(MemorySeries::TimeUnit::Instructions),
        BytesAllocated = int(MemorySeries::TimeUnit::BytesAllocated),
        Seconds,
    };

    bool fail(const QString &problem, qint64 line = -1)
    {
        m_problem = problem;
        m_problemLine = line < 0 ? m_lineNumber : line;
        return false;
    }

    bool header(QByteArrayView trimmed)
    {
        const qsizetype colon = trimmed.indexOf(':');
        const QByteArrayView key = trimmed.first(colon + 1);
        const QByteArrayView value = trimmed.sliced(colon + 1).trimmed();
        if (m_current || !m_parsed.isEmpty()) {
            if (m_headerPlace == HeaderPlace::Leading)
                return fail(MassifSeriesReader::tr("%1 after the snapshots (two massif files joined?)").arg(quoted(key)));
            if (m_current && !finishSnapshot(false))
                return false;
            m_headerPlace = HeaderPlace::Trailing;
        } else {
            m_headerPlace = HeaderPlace::Leading;
        }
        if (key == "desc:") {
            m_description = QString::fromUtf8(value);
        } else if (key == "cmd:") {
            if (m_command)
                return fail(MassifSeriesReader::tr("a second cmd: line"));
            m_command = QString::fromUtf8(value);
        } else if (key == "time_unit:") {
            if (m_timeUnit)
                return fail(MassifSeriesReader::tr("a second time_unit: line"));
            if (value == "s") {
                m_timeUnit = SourceUnit::Seconds;
                return true;
            }
            MemorySeries::TimeUnit unit;
            if (!timeUnitFromName(QString::fromUtf8(value), &unit))
                return fail(MassifSeriesReader::tr("unknown time_unit %1 (massif writes i, ms or B, heaptrack_print s)")
                    .arg(quoted(value)));
            m_timeUnit = SourceUnit(unit);
        }
        return true;
    }

    bool startSnapshot(QByteArrayView value)
    {
        if (m_headerPlace == HeaderPlace::Trailing)
            return fail(MassifSeriesReader::tr("snapshot after the closing desc:, cmd: and time_unit: lines (two files "
                                               "joined?)"));
        if (m_current && !finishSnapshot(false))
            return false;
        const std::optional<quint64> number = count(value.trimmed());
        if (!number)
            return fail(MassifSeriesReader::tr("snapshot number %1 is not a number").arg(quoted(value)));
        m_current = Snapshot{m_lineNumber, *number, {}, {}, false, false};
        return true;
    }

    bool setField(Field field, QByteArrayView value)
    {
        const QByteArrayView key = kFieldKeys[field];
        if (!m_current)
            return fail(MassifSeriesReader::tr("%1 outside a snapshot").arg(QString::fromLatin1(key)));
        if (field == Time ? m_current->time.has_value() : m_current->bytes[field].has_value())
            return fail(MassifSeriesReader::tr("snapshot %1 has a second %2 line")
                .arg(QString::number(m_current->number), QString::fromLatin1(key)));
        value = value.trimmed();
        if (field == Time)
            return setTime(value);
        const std::optional<quint64> number = count(value);
        if (!number)
            return fail(notWhole(key, value));
        if (const QString why = ByteUnits::implausible(double(*number)); !why.isEmpty())
            return fail(MassifSeriesReader::tr("%1%2").arg(QString::fromLatin1(key), why));
        m_current->bytes[field] = *number;
        return true;
    }

    static QString notWhole(QByteArrayView key, QByteArrayView value)
    {
        return MassifSeriesReader::tr("%1%2 is not a whole non-negative number").arg(QString::fromLatin1(key), quoted(value));
    }

    bool setTime(QByteArrayView value)
    {
        // Until time_unit: says seconds or a count, a time may be either: accept what either
        // allows and check when the unit is known (inSeriesUnit).
        const bool countsOnly = m_timeUnit && *m_timeUnit != SourceUnit::Seconds;
        std::optional<RawTime> time = rawTime(value);
        if (time && countsOnly && !time->whole)
            time.reset();
        if (!time)
            return fail(countsOnly ? notWhole(kFieldKeys[Time], value)
                                   : MassifSeriesReader::tr("time=%1 is not a non-negative number").arg(quoted(value)));
        if (time->whole && *time->whole > quint64(std::numeric_limits<qint64>::max()))
            return fail(MassifSeriesReader::tr("time %1 is out of range").arg(QString::fromLatin1(time->text)));
        if (!m_parsed.isEmpty() && goesBack(m_parsed.constLast().time, *time))
            return fail(MassifSeriesReader::tr("snapshot %1 goes back in time: time=%2 after time=%3")
                            .arg(QString::number(m_current->number), QString::fromLatin1(time->text),
                                 QString::fromLatin1(m_parsed.constLast().time.text)));
        m_current->time = *time;
        return true;
    }

    bool setTree(QByteArrayView value)
    {
        if (!m_current)
            return fail(MassifSeriesReader::tr("heap_tree= outside a snapshot"));
        if (m_current->treeSeen)
            return fail(MassifSeriesReader::tr("snapshot %1 has a second heap_tree= line").arg(m_current->number));
        value = value.trimmed();
        if (value != "empty" && value != "detailed" && value != "peak")
            return fail(MassifSeriesReader::tr("unknown heap_tree %1 (massif writes empty, detailed or peak)")
                .arg(quoted(value)));
        m_current->treeSeen = true;
        m_current->treeFollows = value != "empty";
        return true;
    }

    // A snapshot ends at the next one, at a trailing header or at the end of the file; then it
    // must have all four numbers.
    bool finishSnapshot(bool atEnd)
    {
        const Snapshot &snapshot = *m_current;
        for (int field = 0; field < FieldCount; ++field) {
            if (field == Time ? snapshot.time.has_value() : snapshot.bytes[field].has_value())
                continue;
            const QString key = QString::fromLatin1(kFieldKeys[field]);
            if (atEnd)
                return fail(MassifSeriesReader::tr("the file ends inside snapshot %1, before its %2 line (truncated?)")
                                .arg(QString::number(snapshot.number), key));
            return fail(MassifSeriesReader::tr("snapshot %1 has no %2 line")
                .arg(QString::number(snapshot.number), key), snapshot.line);
        }
        // Plain sums of counts below 2^64: finite and non-negative as doubles.
        const double bytes = double(*snapshot.bytes[HeapBytes]) + double(*snapshot.bytes[HeapExtraBytes])
            + double(*snapshot.bytes[StackBytes]);
        if (const QString why = ByteUnits::implausible(bytes); !why.isEmpty())
            return fail(MassifSeriesReader::tr("snapshot %1: %2").arg(QString::number(snapshot.number), why), snapshot.line);
        m_parsed.append({snapshot.line, snapshot.number, *snapshot.time, bytes});
        m_current.reset();
        return true;
    }

    // The time of a snapshot in the series' unit: seconds become whole milliseconds (heaptrack
    // prints six significant digits, so nothing finer is lost); counts must be whole.
    std::optional<qint64> inSeriesUnit(const Parsed &parsed)
    {
        if (*m_timeUnit == SourceUnit::Seconds) {
            const double ms = std::round(parsed.time.value * 1000.0);
            if (!(ms < 0x1p63)) {
                fail(MassifSeriesReader::tr("time %1 s is out of range").arg(QString::fromLatin1(parsed.time.text)),
                     parsed.line);
                return std::nullopt;
            }
            return qint64(ms);
        }
        if (!parsed.time.whole) {
            fail(MassifSeriesReader::tr("snapshot %1: time=%2 is not whole, but time_unit: %3 counts whole units")
                     .arg(QString::number(parsed.number), QString::fromLatin1(parsed.time.text),
                          timeUnitName(MemorySeries::TimeUnit(*m_timeUnit))),
                 parsed.line);
            return std::nullopt;
        }
        return qint64(*parsed.time.whole);
    }

    MemorySeries m_series;
    QList<Parsed> m_parsed;
    std::optional<SourceUnit> m_timeUnit;
    std::optional<QString> m_command;
    QString m_description;
    std::optional<Snapshot> m_current;
    HeaderPlace m_headerPlace = HeaderPlace::None;
    qint64 m_lineNumber = 0;
    QString m_problem;
    qint64 m_problemLine = 0;
};

} // namespace

bool MassifSeriesReader::looksLikeMassif(QByteArrayView head)
{
    if ((head.startsWith("desc:") || head.contains("\ndesc:")) && head.contains("\ntime_unit:"))
        return true;
    // heaptrack_print's header comes last, perhaps far beyond `head`: its first snapshot has to do.
    const qsizetype snapshot = head.indexOf("snapshot=");
    return snapshot >= 0 && head.first(snapshot).trimmed().startsWith("#---") && head.contains("\nmem_heap_B=");
}

SeriesImportResult MassifSeriesReader::read(QIODevice &device, const QString &displayName)
{
    LineSource lines(device);
    MassifParser parser;
    while (lines.next()) {
        if (!parser.feed(lines.line(), lines.number()))
            return importFailure(displayName, parser.problemLine(), parser.problem());
    }
    if (lines.failed())
        return importFailure(displayName, lines.number(), lines.problem());
    if (!parser.finish())
        return importFailure(displayName, parser.problemLine(), parser.problem());
    return {{parser.take()}, {}};
}

} // namespace lr
