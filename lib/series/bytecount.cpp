#include "series/bytecount.h"

#include "series/asciitext.h"

#include <charconv>
#include <cmath>

namespace lr {

namespace {

struct ByteUnit
{
    QByteArrayView name; // lower case
    double factor;
};
constexpr ByteUnit kByteUnits[] = {
    {"", 1},         {"b", 1},          {"bytes", 1},      {"byte", 1},          {"kb", 1e3},
    {"mb", 1e6},     {"gb", 1e9},       {"tb", 1e12},      {"pb", 1e15},         {"kib", 1024.0},
    {"mib", 1048576.0}, {"gib", 1073741824.0}, {"tib", 1099511627776.0}, {"pib", 1125899906842624.0},
};

bool unitFactor(QByteArrayView unit, double *factor)
{
    for (const ByteUnit &candidate : kByteUnits) {
        if (ascii::equalsIgnoringCase(unit, candidate.name)) {
            *factor = candidate.factor;
            return true;
        }
    }
    return false;
}

} // namespace

ByteCell parseByteCount(QByteArrayView text, double *bytes)
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
    if (!unitFactor(ascii::trimmedBlanks(QByteArrayView(rest, end)), &factor))
        return ByteCell::Invalid;
    if (negative && value != 0)
        return ByteCell::Negative;
    value *= factor;
    if (!std::isfinite(value))
        return ByteCell::Invalid;
    *bytes = value;
    return ByteCell::Sample;
}

} // namespace lr
