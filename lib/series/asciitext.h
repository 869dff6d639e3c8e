#pragma once

// Byte-level text helpers for the series readers. ASCII only on purpose: numbers, units and
// times are ASCII, and the cells they come from may hold any bytes.

#include <QByteArrayView>

namespace lr::ascii {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// A space or a tab; unlike QByteArrayView::trimmed(), line breaks and other bytes stay.
constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline QByteArrayView trimmedBlanks(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

inline bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerCaseWord)
{
    if (text.size() != lowerCaseWord.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (toLower(text[i]) != lowerCaseWord[i])
            return false;
    }
    return true;
}

} // namespace lr::ascii
