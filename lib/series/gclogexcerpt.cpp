#include "series/gclogexcerpt.h"

#include "i18n/plural.h"
#include "series/seriesinput.h"
#include "series/tracegcseriesreader.h"

#include <algorithm>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The chosen lines by number: the excerpt prints them in log order.
using ChosenLines = std::map<qint64, QByteArray>;

struct NumberedLine
{
    qint64 number = 0; // 0: none
    QByteArray text;
};

// A long pause and its neighbours; the line after it arrives with the next line read.
struct Candidate
{
    double pauseMs = 0;
    NumberedLine before, line, after;
};

// What one pass over the log keeps: a few lines' texts, and every pause for the median. The log
// is read once, so it may be a pipe, and a large one costs no copy.
struct Findings
{
    qsizetype gcLines = 0;
    QList<NumberedLine> recentFull;    // the last full GCs seen so far
    QList<NumberedLine> fullBeforeOom; // ... as they were at the last out-of-memory line
    NumberedLine oomLine;
    QList<Candidate> longest;          // longest first
    qsizetype awaitingAfter = -1;      // the candidate whose next line is still to come
    QList<double> pauses;
};

void keepLongest(Findings &found, Candidate candidate)
{
    const auto at = std::find_if(found.longest.begin(), found.longest.end(),
                                 [&](const Candidate &c) { return candidate.pauseMs > c.pauseMs; });
    if (at == found.longest.end() && found.longest.size() >= GcLogExcerpt::kLongestPauses)
        return;
    found.awaitingAfter = at - found.longest.begin();
    found.longest.insert(at, std::move(candidate));
    if (found.longest.size() > GcLogExcerpt::kLongestPauses)
        found.longest.removeLast();
}

bool isOomLine(QByteArrayView line)
{
    return line.contains("FATAL ERROR") && line.contains("out of memory");
}

// The lines the excerpt would print: the chosen ones and a "..." for every gap between them.
qsizetype printedLines(const ChosenLines &lines)
{
    qsizetype count = 0;
    qint64 previous = -1;
    for (const auto &[number, text] : lines) {
        count += previous >= 0 && number != previous + 1 ? 2 : 1;
        previous = number;
    }
    return count;
}

// Adds `group` whole if the excerpt stays within its limit.
bool addGroup(ChosenLines &chosen, const QList<NumberedLine> &group)
{
    ChosenLines merged = chosen;
    for (const NumberedLine &line : group) {
        if (line.number > 0)
            merged.insert({line.number, line.text});
    }
    if (printedLines(merged) > GcLogExcerpt::kMaxLines)
        return false;
    chosen = std::move(merged);
    return true;
}

} // namespace

GcLogExcerpt::Result GcLogExcerpt::fromLog(QIODevice &device, const QString &displayName)
{
    Result result;
    Findings found;
    LineSource lines(device);
    NumberedLine previous;
    bool repeating = false;
    while (lines.next()) {
        const QByteArrayView line = lines.line();
        const NumberedLine here{lines.number(), line.toByteArray()};
        if (found.awaitingAfter >= 0) {
            found.longest[found.awaitingAfter].after = here;
            found.awaitingAfter = -1;
        }
        const NumberedLine before = std::exchange(previous, here);
        if (line.startsWith("<---")) {
            repeating = line.contains("Last few GCs") || (repeating && !line.contains("JS stacktrace"));
            continue;
        }
        if (isOomLine(line)) {
            found.oomLine = here;
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
            found.recentFull.append(here);
            if (found.recentFull.size() > kOomMarkCompacts)
                found.recentFull.removeFirst();
        }
        if (gc->pauseMs >= 0) {
            keepLongest(found, {gc->pauseMs, before, here, {}});
            found.pauses.append(gc->pauseMs);
        }
    }
    if (lines.failed()) {
        result.error = u"%1:%2: %3"_s.arg(displayName).arg(lines.number()).arg(lines.problem());
        return result;
    }
    if (found.gcLines == 0) {
        result.error = displayName + u": "_s + tr("no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)");
        return result;
    }

    ChosenLines chosen;
    QStringList why;
    if (found.oomLine.number > 0) {
        addGroup(chosen, found.fullBeforeOom + QList<NumberedLine>{found.oomLine});
        const int fulls = int(found.fullBeforeOom.size());
        why.append(withEnglishPlural(tr("the last %n Mark-Compact(s) before the out-of-memory crash", nullptr, fulls), fulls));
    }
    // A pause no longer than most says nothing: only those past kLongPauseFactor times the median.
    const auto middle = found.pauses.begin() + found.pauses.size() / 2;
    std::nth_element(found.pauses.begin(), middle, found.pauses.end());
    const double median = found.pauses.isEmpty() ? 0 : *middle;
    int pauses = 0;
    for (const Candidate &candidate : std::as_const(found.longest)) {
        if (candidate.pauseMs < kLongPauseFactor * median || candidate.pauseMs <= 0)
            continue;
        pauses += addGroup(chosen, {candidate.before, candidate.line, candidate.after});
    }
    if (pauses > 0)
        why.append(withEnglishPlural(tr("the %n longest pause(s) (at least %1 times the median of %2 ms) with the line before and after",
                                        nullptr, pauses), pauses).arg(kLongPauseFactor).arg(median));

    QStringList text;
    qint64 last = -1;
    for (const auto &[number, line] : chosen) {
        if (last >= 0 && number != last + 1)
            text.append(u"..."_s);
        QString printed = QString::fromUtf8(line);
        while (printed.endsWith(u' ')) // V8 ends its lines with "; "
            printed.chop(1);
        text.append(printed);
        last = number;
    }
    result.text = text.join(u'\n');
    result.explanation = tr("%1: %2 of %3 lines: %4").arg(displayName).arg(text.size()).arg(lines.number())
                             .arg(why.join(tr("; ")));
    return result;
}

} // namespace lr
