#include "live/processsampler.h"

#include "series/byteunits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// procfs files are small (smaps_rollup ~1 KB, status ~1.5 KB); their size reads as 0, so read to the end.
bool readProcFile(const QString &path, QByteArray *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    *text = file.readAll();
    return file.error() == QFileDevice::NoError;
}

// "Rss:     1234 kB" -> the size in bytes, by the unit the line carries. The kernel writes kB and
// means KiB; ByteUnits holds that rule.
bool sizeOf(QByteArrayView line, qsizetype valueStart, int lineNumber, double *bytes, QString *error)
{
    const QByteArrayView rest = line.sliced(valueStart).trimmed();
    const qsizetype space = rest.indexOf(' ');
    const QByteArrayView number = space < 0 ? rest : rest.first(space);
    const QByteArrayView unit = space < 0 ? QByteArrayView("B") : rest.sliced(space).trimmed();
    bool ok = false;
    const double value = number.toDouble(&ok);
    double perUnit = 1;
    if (!ok || !ByteUnits::bytesPerUnit(unit, &perUnit)) {
        //: %1 is a line number, %2 the line's text
        *error = ProcessSampler::tr("line %1: not a size: \"%2\"").arg(lineNumber).arg(QString::fromLatin1(line));
        return false;
    }
    *bytes = value * perUnit;
    return true;
}

struct FieldTarget
{
    QByteArrayView key; // with its colon
    std::optional<double> ProcessMemory::*member;
};

bool parseFields(QByteArrayView text, std::initializer_list<FieldTarget> fields, ProcessMemory *memory, QString *error)
{
    int lineNumber = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(at, end - at);
        at = end + 1;
        ++lineNumber;
        for (const FieldTarget &field : fields) {
            if (!line.startsWith(field.key))
                continue;
            double bytes = 0;
            if (!sizeOf(line, field.key.size(), lineNumber, &bytes, error))
                return false;
            memory->*field.member = bytes;
        }
    }
    return true;
}

} // namespace

namespace {

// Every metric once: its command-line name, its label, and where its figure is kept.
struct MetricInfo
{
    ProcessMetric metric;
    const char *name;
    const char *label;
    std::optional<double> ProcessMemory::*figure;
};

constexpr MetricInfo kMetricInfo[] = {
    {ProcessMetric::Rss, "rss", QT_TRANSLATE_NOOP("lr::ProcessMetrics", "RSS"), &ProcessMemory::rss},
    {ProcessMetric::Pss, "pss", QT_TRANSLATE_NOOP("lr::ProcessMetrics", "PSS"), &ProcessMemory::pss},
    {ProcessMetric::Anonymous, "anon", QT_TRANSLATE_NOOP("lr::ProcessMetrics", "Anonymous"), &ProcessMemory::anonymous},
    {ProcessMetric::Cgroup, "cgroup", QT_TRANSLATE_NOOP("lr::ProcessMetrics", "cgroup memory.current"), &ProcessMemory::cgroup},
};

constexpr bool inEnumOrder()
{
    for (qsizetype i = 0; i < qsizetype(std::size(kMetricInfo)); ++i) {
        if (qsizetype(kMetricInfo[i].metric) != i || kMetricInfo[i].metric != ProcessMetrics::kAll[i])
            return false;
    }
    return std::size(kMetricInfo) == std::size(ProcessMetrics::kAll);
}
static_assert(inEnumOrder(), "kMetricInfo lists the metrics in the enum's order");

const MetricInfo &infoOf(ProcessMetric metric)
{
    return kMetricInfo[qsizetype(metric)]; // in the enum's order
}

} // namespace

QString ProcessMetrics::name(ProcessMetric metric)
{
    return QString::fromLatin1(infoOf(metric).name);
}

bool ProcessMetrics::fromName(const QString &name, ProcessMetric *metric)
{
    for (const MetricInfo &info : kMetricInfo) {
        if (name.compare(QLatin1StringView(info.name), Qt::CaseInsensitive) == 0) {
            *metric = info.metric;
            return true;
        }
    }
    return false;
}

QString ProcessMetrics::label(ProcessMetric metric)
{
    return tr(infoOf(metric).label);
}

std::optional<double> ProcessMetrics::valueOf(const ProcessMemory &memory, ProcessMetric metric)
{
    return memory.*infoOf(metric).figure;
}

ProcessSampler::ProcessSampler(qint64 pid, const QString &procRoot, const QString &cgroupRoot)
    : m_pid(pid)
    , m_procFolder(procRoot + u'/' + QString::number(pid))
    , m_cgroupRoot(cgroupRoot)
{
}

bool ProcessSampler::exists() const
{
    return QFileInfo(m_procFolder).isDir();
}

bool ProcessSampler::parseSmapsRollup(QByteArrayView text, ProcessMemory *memory, QString *error)
{
    return parseFields(text, {{"Rss:", &ProcessMemory::rss}, {"Pss:", &ProcessMemory::pss}, {"Anonymous:", &ProcessMemory::anonymous}},
                       memory, error);
}

bool ProcessSampler::parseStatus(QByteArrayView text, ProcessMemory *memory, QString *error)
{
    return parseFields(text, {{"VmRSS:", &ProcessMemory::rss}, {"RssAnon:", &ProcessMemory::anonymous}}, memory, error);
}

QString ProcessSampler::cgroupV2Path(QByteArrayView text)
{
    // cgroup v2's line is "0::PATH"; v1 hierarchies have a number and controllers before the path.
    for (const QByteArrayView line : QByteArray(text.toByteArray()).split('\n')) {
        if (line.startsWith("0::")) {
            const QString path = QString::fromUtf8(line.sliced(3)).trimmed();
            return path == u"/" ? QString() : path;
        }
    }
    return {};
}

bool ProcessSampler::readCgroup(ProcessMemory *memory)
{
    if (!m_cgroupLooked) {
        m_cgroupLooked = true;
        QByteArray text;
        if (readProcFile(m_procFolder + u"/cgroup"_s, &text)) {
            if (const QString path = cgroupV2Path(text); !path.isEmpty()) {
                const QString file = m_cgroupRoot + path + u"/memory.current"_s;
                if (QFileInfo::exists(file))
                    m_memoryCurrent = file;
            }
        }
    }
    if (m_memoryCurrent.isEmpty())
        return true;
    QByteArray text;
    if (!readProcFile(m_memoryCurrent, &text))
        return false;
    bool ok = false;
    const double bytes = text.trimmed().toDouble(&ok); // memory.current counts bytes, with no unit
    if (ok)
        memory->cgroup = bytes;
    return ok;
}

ProcessSampler::Outcome ProcessSampler::sample(ProcessMemory *memory, QString *error)
{
    *memory = {};
    QByteArray text;
    const QString smaps = m_procFolder + u"/smaps_rollup"_s;
    QString parseError;
    bool parsed = false;
    if (!m_smapsMissing && readProcFile(smaps, &text)) {
        parsed = parseSmapsRollup(text, memory, &parseError);
        if (!parsed)
            parseError = smaps + u": "_s + parseError;
    } else {
        m_smapsMissing = m_smapsMissing || (exists() && !QFileInfo::exists(smaps));
        const QString status = m_procFolder + u"/status"_s;
        if (readProcFile(status, &text)) {
            parsed = parseStatus(text, memory, &parseError);
            if (!parsed)
                parseError = status + u": "_s + parseError;
        }
    }
    if (!parsed && !parseError.isEmpty()) {
        *error = parseError;
        return Outcome::Unreadable;
    }
    if (!parsed && exists()) {
        *error = tr("cannot read the memory of process %1 from %2 (another user's process?)").arg(m_pid).arg(smaps);
        return Outcome::Unreadable;
    }
    if (!memory->rss) {
        // Gone, or a zombie, whose smaps_rollup is empty: it has exited and waits for its parent.
        *error = tr("process %1 has exited").arg(m_pid);
        return Outcome::Exited;
    }
    readCgroup(memory); // the process's own figures stand without it
    return Outcome::Sampled;
}

QString ProcessSampler::sourceDescription() const
{
    QString source = m_procFolder + (m_smapsMissing ? u"/status"_s : u"/smaps_rollup"_s);
    if (!m_memoryCurrent.isEmpty())
        source += u", "_s + m_memoryCurrent;
    return source;
}

} // namespace lr
