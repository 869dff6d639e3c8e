#include "io/jsontext.h"

#include <QStringDecoder>

namespace lr {

TextPosition positionOfOffset(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {before.count('\n') + 1, offset - (lastNewline + 1) + 1};
}

namespace {
bool decodesCleanly(QByteArrayView bytes, QStringDecoder::Flags flags)
{
    QStringDecoder decoder(QStringDecoder::Utf8, flags);
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

bool isContinuation(uchar byte) { return (byte & 0xC0) == 0x80; }

qsizetype sequenceLength(uchar lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}
} // namespace

qsizetype firstInvalidUtf8Offset(const QByteArray &text)
{
    if (decodesCleanly(text, QStringDecoder::Flag::Stateless))
        return -1;
    const auto byteAt = [&](qsizetype i) { return uchar(text[i]); };
    // Qt says only that decoding failed, not where. A stateful decoder waits for the rest of a
    // sequence cut off at the end of its input, so a prefix fails only when it holds a really
    // invalid sequence: bisect for the shortest failing prefix.
    const auto prefixFails = [&](qsizetype length) {
        return !decodesCleanly(QByteArrayView(text.constData(), length), QStringDecoder::Flag::Default);
    };
    if (!prefixFails(text.size())) { // the text only ends in the middle of a sequence
        qsizetype lead = text.size() - 1;
        while (lead > 0 && isContinuation(byteAt(lead)))
            --lead;
        return lead;
    }
    qsizetype good = 0, bad = text.size();
    while (bad - good > 1) {
        const qsizetype mid = good + (bad - good) / 2;
        (prefixFails(mid) ? bad : good) = mid;
    }
    const qsizetype offset = bad - 1;
    // The decoder notices a problem at the byte that breaks a sequence (a byte cutting it short,
    // or a continuation that makes it a surrogate or too large); the user needs its lead byte.
    qsizetype lead = offset - 1;
    while (lead >= 0 && offset - lead <= 3 && isContinuation(byteAt(lead)))
        --lead;
    if (lead >= 0 && offset - lead <= 3 && byteAt(lead) >= 0xC0 && lead + sequenceLength(byteAt(lead)) > offset)
        return lead;
    return offset;
}

} // namespace lr
