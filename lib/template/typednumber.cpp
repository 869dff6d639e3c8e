#include "template/typednumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lr {

std::optional<TypedNumber> TypedNumber::parse(const QString &trimmedValue)
{
    static const QRegularExpression shape(u"^([~≈<>≤≥]?)\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(.*)$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    // What may not follow the number: more digits after a space, or a separator, colon or
    // exponent that continues it.
    static const QRegularExpression runsOn(u"^(?:\\s*\\d|[.,:'][0-9]|[eE][+-]?\\d)"_s);
    const QRegularExpressionMatch match = shape.match(trimmedValue);
    if (!match.hasMatch() || runsOn.match(match.capturedView(3)).hasMatch())
        return std::nullopt;
    return TypedNumber{match.captured(1), match.captured(2), match.captured(3).trimmed()};
}

QString TypedNumber::firstWord() const
{
    qsizetype end = 0;
    while (end < rest.size() && !rest.at(end).isSpace() && rest.at(end) != u'(')
        ++end;
    return rest.left(end);
}

} // namespace lr
