#pragma once

// Large report text for the export benchmark and the big-export test: one paragraph of prose
// with no line break at all, or a code block of Node.js --trace-gc lines, `bytes` long (ASCII).
#include <QByteArray>
#include <QStringBuilder>

namespace lr::bench {

inline QByteArray bigParagraph(qsizetype bytes)
{
    static const char *const words[] = {"heap",     "listener", "session", "reconnect", "retained", "snapshot",
                                        "closure",  "growth",   "MB/hour", "pod",       "OOM",      "baseline",
                                        "allocation", "GC",     "scavenge", "socket",   "Redis",    "timer"};
    constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));
    QByteArray text;
    text.reserve(bytes + 16);
    quint32 state = 12345; // a fixed linear congruential sequence: the same text on every run
    for (qsizetype n = 0; text.size() < bytes; ++n) {
        state = state * 1664525u + 1013904223u;
        if (n > 0)
            text += ' ';
        text += words[(state >> 16) % wordCount];
        if (n % 10 == 9) // numbers tell one stretch of the text from another, on every printed line
            text += QByteArray::number(qulonglong(n));
    }
    text.truncate(bytes);
    return text.trimmed();
}

inline QByteArray bigGcLog(qsizetype bytes)
{
    QByteArray text;
    text.reserve(bytes + 200);
    double heap = 45.2;
    for (int n = 0; text.size() < bytes; ++n) {
        heap += 0.013;
        for (const QByteArray &piece : {QByteArray("[48213:0x5a1b2c3d4000] "), QByteArray::number(1200 + n * 37),
                                        QByteArray(" ms: Scavenge "), QByteArray::number(heap, 'f', 1), QByteArray(" ("),
                                        QByteArray::number(heap + 3, 'f', 1), QByteArray(") -> "),
                                        QByteArray::number(heap - 0.4, 'f', 1), QByteArray(" ("),
                                        QByteArray::number(heap + 4, 'f', 1),
                                        QByteArray(") MB, 1.2 / 0.0 ms  (average mu = 0.998, current mu = 0.997) "
                                                   "allocation failure;\n")})
            text += piece;
    }
    text.truncate(text.lastIndexOf('\n', bytes - 1) + 1);
    return text;
}

} // namespace lr::bench
