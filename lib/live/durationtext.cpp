#include "live/durationtext.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

std::optional<qint64> durationMs(const QString &text)
{
    bool plain = false;
    const double seconds = text.toDouble(&plain);
    if (plain)
        return std::isfinite(seconds) && seconds > 0 && seconds < 1e9 ? std::optional<qint64>(std::llround(seconds * 1000)) : std::nullopt;
    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)"_s);
    double total = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch match = part.match(text, at, QRegularExpression::NormalMatch,
                                                               QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return std::nullopt;
        const QStringView unit = match.capturedView(2);
        const double perUnit = unit == u"ms" ? 1 : unit == u"s" ? 1e3 : unit == u"m" ? 60e3 : unit == u"h" ? 3600e3 : 86400e3;
        total += match.capturedView(1).toDouble() * perUnit;
        at = match.capturedEnd();
    }
    return total > 0 && total < 1e12 ? std::optional<qint64>(std::llround(total)) : std::nullopt;
}

} // namespace lr
