#include "series/gclogexcerpt.h"

#include "i18n/plural.h"
#include "series/seriesinput.h"
#include "series/tracegcseriesreader.h"

#include <QBuffer>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

using LineSet = std::set<qint64>;

struct Candidate
{
    double pauseMs = 0;
    qint64 line = 0;
};

// What the first pass finds: line numbers only, so a large log costs no copies.
struct Findings
{
    qsizetype gcLines = 0;
    QList<qint64> recentFull;       // the last full GCs seen so far
    QList<qint64> fullBeforeOom;    // ... as they were at the last out-of-memory line
    qint64 oomLine = 0;
    QList<Candidate> longest;       // longest first
    QList<double> pauses;           // every pause, for the median
};

void keepLongest(QList<Candidate> &longest, const Candidate &candidate)
{
    const auto at = std::find_if(longest.begin(), longest.end(),
                                 [&](const Candidate &c) { return candidate.pauseMs > c.pauseMs; });
    longest.insert(at, candidate);
    if (longest.size() > GcLogExcerpt::kLongestPauses)
        longest.removeLast();
}

bool isOomLine(QByteArrayView line)
{
    return line.contains("FATAL ERROR") && line.contains("out of memory");
}

// The lines the excerpt would print: the chosen ones and a "..." for every gap between them.
qsizetype printedLines(const LineSet &lines)
{
    qsizetype count = 0;
    qint64 previous = -1;
    for (const qint64 line : lines) {
        count += previous >= 0 && line != previous + 1 ? 2 : 1;
        previous = line;
    }
    return count;
}

// Adds `group` whole if the excerpt stays within its limit.
bool addGroup(LineSet &chosen, const LineSet &group)
{
    LineSet merged = chosen;
    merged.insert(group.begin(), group.end());
    if (printedLines(merged) > GcLogExcerpt::kMaxLines)
        return false;
    chosen = std::move(merged);
    return true;
}

} // namespace

GcLogExcerpt::Result GcLogExcerpt::fromLog(QIODevice &device, const QString &displayName)
{
    Result result;
    const auto fail = [&](qint64 line, const QString &reason) {
        result.error = line > 0 ? u"%1:%2: %3"_s.arg(displayName).arg(line).arg(reason) : displayName + u": "_s + reason;
        return result;
    };
    QByteArray data;
    if (!readLimited(device, &data)) {
        result.error = tooLargeFailure(displayName).error;
        return result;
    }

    Findings found;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        LineSource lines(buffer);
        bool repeating = false;
        while (lines.next()) {
            const QByteArrayView line = lines.line();
            if (line.startsWith("<---")) {
                repeating = line.contains("Last few GCs") || (repeating && !line.contains("JS stacktrace"));
                continue;
            }
            if (isOomLine(line)) {
                found.oomLine = lines.number();
                found.fullBeforeOom = found.recentFull;
                continue;
            }
            if (repeating)
                continue;
            const std::optional<TraceGcSeriesReader::GcLine> gc = TraceGcSeriesReader::gcLine(line);
            if (!gc)
                continue;
            ++found.gcLines;
            if (gc->kind == GcPause::Kind::Full) {
                found.recentFull.append(lines.number());
                if (found.recentFull.size() > kOomMarkCompacts)
                    found.recentFull.removeFirst();
            }
            if (gc->pauseMs >= 0) {
                keepLongest(found.longest, {gc->pauseMs, lines.number()});
                found.pauses.append(gc->pauseMs);
            }
        }
        if (lines.failed())
            return fail(lines.number(), lines.problem());
    }
    if (found.gcLines == 0)
        return fail(0, tr("no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)"));

    LineSet chosen;
    QStringList why;
    if (found.oomLine > 0) {
        LineSet group(found.fullBeforeOom.begin(), found.fullBeforeOom.end());
        group.insert(found.oomLine);
        addGroup(chosen, group);
        const int fulls = int(found.fullBeforeOom.size());
        why.append(withEnglishPlural(tr("the last %n Mark-Compact(s) before the out-of-memory crash", nullptr, fulls), fulls));
    }
    // A pause no longer than most says nothing: only those past kLongPauseFactor times the median.
    double median = 0;
    if (!found.pauses.isEmpty()) {
        const auto middle = found.pauses.begin() + found.pauses.size() / 2;
        std::nth_element(found.pauses.begin(), middle, found.pauses.end());
        median = *middle;
    }
    int pauses = 0;
    for (const Candidate &candidate : std::as_const(found.longest)) {
        if (candidate.pauseMs < kLongPauseFactor * median || candidate.pauseMs <= 0)
            continue;
        LineSet group{candidate.line};
        if (candidate.line > 1)
            group.insert(candidate.line - 1);
        group.insert(candidate.line + 1); // past the end it simply is not found
        pauses += addGroup(chosen, group);
    }
    if (pauses > 0)
        why.append(withEnglishPlural(tr("the %n longest pause(s) (at least %1 times the median of %2 ms) with the line before and after",
                                        nullptr, pauses), pauses).arg(kLongPauseFactor).arg(median));

    // Second pass: the text of the chosen lines.
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    LineSource lines(buffer);
    QStringList text;
    qint64 previous = -1;
    while (lines.next()) {
        const qint64 number = lines.number();
        if (!chosen.contains(number))
            continue;
        if (previous >= 0 && number != previous + 1)
            text.append(u"..."_s);
        QString line = QString::fromUtf8(lines.line());
        while (line.endsWith(u' ')) // V8 ends its lines with "; "
            line.chop(1);
        text.append(line);
        previous = number;
    }
    result.text = text.join(u'\n');
    result.explanation = tr("%1: %2 of %3 lines: %4").arg(displayName).arg(text.size()).arg(lines.number())
                             .arg(why.join(tr("; ")));
    return result;
}

} // namespace lr
