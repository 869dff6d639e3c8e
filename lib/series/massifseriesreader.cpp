#include "series/massifseriesreader.h"

#include "series/byteunits.h"

#include "series/seriesinput.h"

#include <QIODevice>

#include <array>
#include <charconv>
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
    std::array<std::optional<quint64>, FieldCount> fields;
    bool treeSeen = false;
    bool treeFollows = false; // detailed and peak snapshots: node lines come next
};

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
        if (!m_headerSeen)
            return fail(MassifSeriesReader::tr("not a massif file: expected desc:, cmd: or time_unit:, found %1")
                .arg(quoted(trimmed)));
        return fail(MassifSeriesReader::tr("not a massif line: %1").arg(quoted(trimmed)));
    }

    // At the end of the input: the last snapshot must be whole.
    bool finish()
    {
        if (m_current && !finishSnapshot(true))
            return false;
        if (!m_timeUnit)
            return fail(m_lineNumber == 0 ? MassifSeriesReader::tr("empty file")
                                          : MassifSeriesReader::tr("no time_unit: line (not a massif file?)"));
        if (m_series.samples.isEmpty())
            return fail(MassifSeriesReader::tr("no snapshots"));
        return true;
    }

    MemorySeries take()
    {
        m_series.name = m_command && !m_command->isEmpty() ? u"massif: "_s + *m_command : u"massif"_s;
        m_series.timeUnit = *m_timeUnit;
        m_series.source.format = u"massif"_s;
        m_series.source.query = m_command.value_or(QString());
        return std::move(m_series);
    }

    const QString &problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }

private:
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
        if (m_current || !m_series.samples.isEmpty())
            return fail(MassifSeriesReader::tr("%1 after the snapshots (two massif files joined?)").arg(quoted(key)));
        m_headerSeen = true;
        if (key == "cmd:") {
            if (m_command)
                return fail(MassifSeriesReader::tr("a second cmd: line"));
            m_command = QString::fromUtf8(value);
        } else if (key == "time_unit:") {
            if (m_timeUnit)
                return fail(MassifSeriesReader::tr("a second time_unit: line"));
            MemorySeries::TimeUnit unit;
            if (!timeUnitFromName(QString::fromUtf8(value), &unit))
                return fail(MassifSeriesReader::tr("unknown time_unit %1 (massif writes i, ms or B)").arg(quoted(value)));
            m_timeUnit = unit;
        }
        return true;
    }

    bool startSnapshot(QByteArrayView value)
    {
        if (!m_timeUnit)
            return fail(MassifSeriesReader::tr("snapshot before any time_unit: line"));
        if (m_current && !finishSnapshot(false))
            return false;
        const std::optional<quint64> number = count(value.trimmed());
        if (!number)
            return fail(MassifSeriesReader::tr("snapshot number %1 is not a number").arg(quoted(value)));
        m_current = Snapshot{m_lineNumber, *number, {}, false, false};
        return true;
    }

    bool setField(Field field, QByteArrayView value)
    {
        const QByteArrayView key = kFieldKeys[field];
        if (!m_current)
            return fail(MassifSeriesReader::tr("%1 outside a snapshot").arg(QString::fromLatin1(key)));
        if (m_current->fields[field])
            return fail(MassifSeriesReader::tr("snapshot %1 has a second %2 line")
                .arg(QString::number(m_current->number), QString::fromLatin1(key)));
        const std::optional<quint64> number = count(value.trimmed());
        if (!number)
            return fail(MassifSeriesReader::tr("%1%2 is not a whole non-negative number")
                .arg(QString::fromLatin1(key), quoted(value)));
        if (field == Time) {
            if (*number > quint64(std::numeric_limits<qint64>::max()))
                return fail(MassifSeriesReader::tr("time %1 is out of range").arg(QString::number(*number)));
            if (!m_series.samples.isEmpty() && qint64(*number) < m_series.samples.constLast().time)
                return fail(MassifSeriesReader::tr("snapshot %1 goes back in time: time=%2 after time=%3")
                    .arg(m_current->number)
                                .arg(*number)
                                .arg(m_series.samples.constLast().time));
        } else if (const QString why = ByteUnits::implausible(double(*number)); !why.isEmpty()) {
            return fail(MassifSeriesReader::tr("%1%2").arg(QString::fromLatin1(key), why));
        }
        m_current->fields[field] = *number;
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

    // A snapshot ends at the next one or at the end of the file; then it must have all four numbers.
    bool finishSnapshot(bool atEnd)
    {
        const Snapshot &snapshot = *m_current;
        for (int field = 0; field < FieldCount; ++field) {
            if (snapshot.fields[field])
                continue;
            const QString key = QString::fromLatin1(kFieldKeys[field]);
            if (atEnd)
                return fail(MassifSeriesReader::tr("the file ends inside snapshot %1, before its %2 line (truncated?)")
                                .arg(QString::number(snapshot.number), key));
            return fail(MassifSeriesReader::tr("snapshot %1 has no %2 line")
                .arg(QString::number(snapshot.number), key), snapshot.line);
        }
        // Plain sums of counts below 2^64: finite and non-negative as doubles.
        const double bytes = double(*snapshot.fields[HeapBytes]) + double(*snapshot.fields[HeapExtraBytes])
            + double(*snapshot.fields[StackBytes]);
        if (const QString why = ByteUnits::implausible(bytes); !why.isEmpty())
            return fail(MassifSeriesReader::tr("snapshot %1: %2").arg(QString::number(snapshot.number), why), snapshot.line);
        m_series.samples.append({qint64(*snapshot.fields[Time]), bytes});
        m_current.reset();
        return true;
    }

    MemorySeries m_series;
    std::optional<MemorySeries::TimeUnit> m_timeUnit;
    std::optional<QString> m_command;
    std::optional<Snapshot> m_current;
    bool m_headerSeen = false;
    qint64 m_lineNumber = 0;
    QString m_problem;
    qint64 m_problemLine = 0;
};

} // namespace

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
