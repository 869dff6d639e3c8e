#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace lr {

// The lines of a Node --trace-gc log a reviewer should see in the Appendix's "GC Logs" block,
// chosen by rule so that two people get the same excerpt from the same log:
//   - the last Mark-Compacts (up to kOomMarkCompacts) before the last out-of-memory crash, and
//     its "FATAL ERROR" line: how the heap filled up;
//   - the kLongestPauses longest pauses, each with the line before and after it, if they are at
//     least kLongPauseFactor times the median pause (in a log of equal pauses none stands out).
// Lines keep their order in the log; "..." stands where lines were left out; never more than
// kMaxLines lines in all. The "Last few GCs" block of a crash repeats lines and is not read.
class GcLogExcerpt
{
    Q_DECLARE_TR_FUNCTIONS(lr::GcLogExcerpt)

public:
    // The field the excerpt is for: the Appendix's GC Logs block.
    static constexpr QStringView kFieldId = u"gcLogs";

    static constexpr int kOomMarkCompacts = 3;
    static constexpr int kLongestPauses = 3;
    static constexpr int kMaxLines = 20;
    static constexpr double kLongPauseFactor = 2;

    struct Result
    {
        QString text;          // the excerpt, lines joined by "\n"; empty on failure
        QString error;         // "gc.log:12: ..." or "gc.log: no GC lines"
        QString explanation;   // what was chosen, for the import summary
        bool ok() const { return error.isEmpty(); }
    };

    static Result fromLog(QIODevice &device, const QString &displayName);
};

} // namespace lr
