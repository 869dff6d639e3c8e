#include "series/byteunits.h"

#include "series/asciitext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

struct Spelling
{
    QByteArrayView text; // lower case
    QLatin1StringView name;
    double bytes;
};
// kB is KiB: see the rules in byteunits.h.
constexpr Spelling kSpellings[] = {
    {"b", "bytes"_L1, 1},          {"byte", "bytes"_L1, 1},           {"bytes", "bytes"_L1, 1},
    {"k", "kB, read as KiB"_L1, 1024.0}, {"kb", "kB, read as KiB"_L1, 1024.0},          {"kib", "KiB"_L1, 1024.0},
    {"mb", "MB"_L1, 1e6},          {"mib", "MiB"_L1, 1048576.0},      {"gb", "GB"_L1, 1e9},
    {"gib", "GiB"_L1, 1073741824.0}, {"tb", "TB"_L1, 1e12},           {"tib", "TiB"_L1, 1099511627776.0},
    {"pb", "PB"_L1, 1e15},         {"pib", "PiB"_L1, 1125899906842624.0},
};

// Column names that tools give their sizes, and the unit each tool means (lower case).
struct ToolField
{
    QByteArrayView name;
    double bytes;
};
constexpr ToolField kToolFields[] = {
    // /proc/PID/status, written "VmRSS:   812000 kB"
    {"vmrss", 1024.0}, {"vmhwm", 1024.0}, {"vmsize", 1024.0}, {"vmpeak", 1024.0}, {"vmdata", 1024.0},
    {"vmswap", 1024.0}, {"rssanon", 1024.0}, {"rssfile", 1024.0}, {"rssshmem", 1024.0},
    // ps -o rss,vsz,rsz (KiB) and smem's USS, PSS (KiB unless -k or -b)
    {"rss", 1024.0}, {"vsz", 1024.0}, {"rsz", 1024.0}, {"uss", 1024.0}, {"pss", 1024.0},
    // cgroup v2 memory.current, memory.peak; v1 memory.usage_in_bytes: bytes
    {"memory.current", 1}, {"memory.peak", 1}, {"memory.usage_in_bytes", 1}, {"memory.max_usage_in_bytes", 1},
};

std::optional<ByteUnit> unitIn(QStringView text)
{
    const QByteArray latin1 = text.trimmed().toLatin1();
    return ByteUnits::fromName(latin1);
}

} // namespace

std::optional<ByteUnit> ByteUnits::fromName(QByteArrayView name)
{
    for (const Spelling &spelling : kSpellings) {
        if (ascii::equalsIgnoringCase(name, spelling.text))
            return ByteUnit{spelling.name, spelling.bytes};
    }
    return std::nullopt;
}

bool ByteUnits::bytesPerUnit(QByteArrayView name, double *bytes)
{
    for (const Spelling &spelling : kSpellings) {
        if (ascii::equalsIgnoringCase(name, spelling.text)) {
            *bytes = spelling.bytes;
            return true;
        }
    }
    return false;
}

ColumnUnit ByteUnits::fromHeader(const QString &header)
{
    QStringView name = QStringView(header).trimmed();
    // Grafana and Prometheus name a series metric{labels}: the unit is the metric's.
    if (name.endsWith(u'}') && name.contains(u'{'))
        name = name.first(name.indexOf(u'{')).trimmed();
    // "rss (KiB)", "rss [kB]"
    for (const auto &[open, close] : {std::pair{u'(', u')'}, std::pair{u'[', u']'}}) {
        if (name.endsWith(close) && name.lastIndexOf(open) >= 0) {
            const qsizetype at = name.lastIndexOf(open);
            if (const auto unit = unitIn(name.sliced(at + 1, name.size() - at - 2)))
                return {*unit, ColumnUnit::Origin::Header};
        }
    }
    // "rss_kb", "heap MB", "rss-KiB", "heap.bytes"; the name alone is no unit ("b", "k").
    const qsizetype separator = std::max({name.lastIndexOf(u'_'), name.lastIndexOf(u' '), name.lastIndexOf(u'-'),
                                          name.lastIndexOf(u'.')});
    if (separator > 0) {
        if (const auto unit = unitIn(name.sliced(separator + 1)))
            return {*unit, ColumnUnit::Origin::Header};
    }
    const QByteArray latin1 = name.toLatin1();
    for (const ToolField &field : kToolFields) {
        if (ascii::equalsIgnoringCase(latin1, field.name))
            return {{field.bytes == 1 ? u"bytes"_s : u"KiB"_s, field.bytes}, ColumnUnit::Origin::ToolField};
    }
    return {{u"bytes"_s, 1}, ColumnUnit::Origin::Assumed};
}

std::optional<ByteUnit> ByteUnits::fromChoice(const QString &text)
{
    if (const auto unit = unitIn(text))
        return unit;
    bool ok = false;
    const double bytes = text.trimmed().toDouble(&ok);
    if (!ok || !(bytes > 0) || bytes > kMaxBytes)
        return std::nullopt;
    return ByteUnit{tr("units of %1 bytes").arg(text.trimmed()), bytes};
}

QStringList ByteUnits::choices()
{
    return {u"bytes"_s, u"KiB"_s, u"MB"_s, u"MiB"_s, u"GB"_s, u"GiB"_s};
}

QString ByteUnits::implausible(double bytes)
{
    if (std::isnan(bytes))
        return tr("not a number (NaN)");
    if (bytes < 0)
        return tr("%1 bytes: negative").arg(bytes, 0, 'g', 6);
    if (!(bytes <= kMaxBytes))
        return tr("%1 bytes: more than any memory holds (2^60 bytes)").arg(bytes, 0, 'g', 6);
    return {};
}

QString ByteUnits::describe(const QString &column, const ColumnUnit &unit, bool plainNumbers, bool numbersWithUnits)
{
    if (numbersWithUnits && !plainNumbers)
        return tr("column \"%1\": each value with its own unit (kB read as KiB, 1024 bytes)").arg(column);
    if (numbersWithUnits) {
        //: %1 is what the column's plain numbers are, e.g. "column "rss": no unit in the header: bytes assumed"
        return tr("%1; values with a unit of their own keep it").arg(describe(column, unit));
    }
    const QString bytes = unit.unit.bytes == 1 || unit.unit.name.contains(u"bytes"_s) ? QString()
                                               : tr(" (%1 bytes)").arg(QString::number(unit.unit.bytes, 'f', 0));
    const QString what = unit.unit.name + bytes;
    switch (unit.origin) {
    case ColumnUnit::Origin::Header:
        return tr("column \"%1\": %2, from the header").arg(column, what);
    case ColumnUnit::Origin::ToolField:
        //: %2 is a unit, e.g. "KiB (1024 bytes)"
        return tr("column \"%1\": %2, the unit of the tool that names a column so (ps, smem, /proc, cgroup)")
            .arg(column, what);
    case ColumnUnit::Origin::Chosen:
        return tr("column \"%1\": %2, as chosen").arg(column, what);
    case ColumnUnit::Origin::Assumed:
        break;
    }
    return tr("column \"%1\": no unit in the header: bytes assumed").arg(column);
}

} // namespace lr
