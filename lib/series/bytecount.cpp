#include "series/bytecount.h"

#include "series/asciitext.h"
#include "series/byteunits.h"

#include <charconv>
#include <cmath>

namespace lr {


ByteCell parseByteCount(QByteArrayView text, double *bytes, bool *hasUnit)
{
    text = ascii::trimmedBlanks(text);
    if (text.isEmpty() || text == "-" || ascii::equalsIgnoringCase(text, "null") || ascii::equalsIgnoringCase(text, "nan"))
        return ByteCell::Gap;
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    if (p == end || !(ascii::isDigit(*p) || *p == '.'))
        return ByteCell::Invalid;
    double value = 0;
    const auto [rest, error] = std::from_chars(p, end, value);
    if (error != std::errc())
        return ByteCell::Invalid;
    double factor = 1;
    const QByteArrayView unit = ascii::trimmedBlanks(QByteArrayView(rest, end));
    if (!unit.isEmpty() && !ByteUnits::bytesPerUnit(unit, &factor))
        return ByteCell::Invalid;
    if (hasUnit)
        *hasUnit = !unit.isEmpty();
    if (negative && value != 0)
        return ByteCell::Negative;
    value *= factor;
    if (!std::isfinite(value))
        return ByteCell::Invalid;
    *bytes = value;
    return ByteCell::Sample;
}

} // namespace lr
