#pragma once

#include <QByteArray>
#include <QString>

namespace lr {

// Where a byte offset falls in a text, for messages a person can act on ("line 3, column 17").
struct TextPosition
{
    qsizetype line = 1;   // 1-based
    qsizetype column = 1; // 1-based, in bytes
};
TextPosition positionOfOffset(const QByteArray &text, qsizetype offset);

// Offset of the first byte that is not valid UTF-8, or -1 when the whole text is valid.
// An incomplete sequence at the very end counts as invalid.
qsizetype firstInvalidUtf8Offset(const QByteArray &text);

} // namespace lr
