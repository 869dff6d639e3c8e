#include "check/typedquantity.h"

#include "series/memoryseries.h"
#include "template/typednumber.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// A byte unit, then optionally "/hour", "per minute", "an hour", "/h".
const QRegularExpression &unitShape()
{
    static const QRegularExpression shape(
        u"^([kKMGT]i?B|B|bytes?)(?:\\s*(?:/|\\bper\\b|\\ban?\\b)\\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|d)\\b)?"_s);
    return shape;
}

QString perUnitOf(const QString &typed)
{
    if (typed.isEmpty())
        return {};
    switch (typed.at(0).unicode()) {
    case 'h':
        return u"hour"_s;
    case 'm':
        return u"minute"_s;
    case 's':
        return u"second"_s;
    default:
        return u"day"_s;
    }
}

double bytesPer(const QString &sizeUnit)
{
    const bool binary = sizeUnit.contains(u'i');
    const double k = binary ? 1024.0 : 1000.0;
    switch (sizeUnit.at(0).toUpper().unicode()) {
    case 'K':
        return k;
    case 'M':
        return k * k;
    case 'G':
        return k * k * k;
    case 'T':
        return k * k * k * k;
    default:
        return 1;
    }
}

double hoursPer(const QString &perUnit)
{
    if (perUnit == u"minute")
        return 1.0 / 60;
    if (perUnit == u"second")
        return 1.0 / 3600;
    if (perUnit == u"day")
        return 24;
    return 1;
}

// Reads the unit that starts `rest` (TypedNumber's rest, or a field's unit) into `q`.
bool readUnit(const QString &rest, TypedQuantity *q, qsizetype *unitLength)
{
    const QRegularExpressionMatch match = unitShape().match(rest);
    if (!match.hasMatch())
        return false;
    q->sizeUnit = match.captured(1);
    q->perUnit = perUnitOf(match.captured(2));
    *unitLength = match.capturedLength(0);
    return true;
}

} // namespace

double TypedQuantity::megabytes() const
{
    return value * bytesPer(sizeUnit) / kBytesPerMB;
}

double TypedQuantity::mbPerHour() const
{
    return megabytes() / hoursPer(perUnit);
}

bool TypedQuantity::agreesWith(double measured, double tolerance) const
{
    const double typed = isRate() ? mbPerHour() : megabytes();
    const double slack = tolerance * std::abs(typed);
    if (mark == u"<" || mark == u"≤")
        return measured <= typed + slack;
    if (mark == u">" || mark == u"≥")
        return measured >= typed - slack;
    return std::abs(measured - typed) <= tolerance * std::max(std::abs(measured), std::abs(typed));
}

QList<TypedQuantity> TypedQuantity::findIn(const QString &text)
{
    static const QRegularExpression candidate(u"(?<![\\w.,])[~≈<>≤≥]?\\s*[+-]?\\.?\\d"_s);
    static const QRegularExpression peakBefore(u"\\bpeak(?:ed|s)?\\b\\s*(?:at|of|:|=|was|is)?\\s*$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QList<TypedQuantity> found;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch match = candidate.match(text, from);
        if (!match.hasMatch())
            break;
        const qsizetype at = match.capturedStart();
        from = match.capturedEnd();
        // TypedNumber reads up to the end of the value; it wants the number at the start.
        const QString tail = text.mid(at);
        const std::optional<TypedNumber> number = TypedNumber::parse(tail.trimmed());
        if (!number)
            continue;
        TypedQuantity q;
        q.mark = number->mark;
        q.number = number->number;
        q.value = number->number.toDouble();
        qsizetype unitLength = 0;
        if (!readUnit(number->rest, &q, &unitLength))
            continue;
        q.start = text.indexOf(number->number, at);
        const qsizetype unitStart = text.indexOf(number->rest.left(unitLength), q.start + number->number.size());
        q.length = unitStart + unitLength - q.start;
        q.peak = peakBefore.match(QStringView(text).left(at)).hasMatch();
        found.append(q);
        from = q.start + q.length;
    }
    return found;
}

std::optional<TypedQuantity> TypedQuantity::ofField(const FieldDef &field, const QString &trimmedValue)
{
    const std::optional<TypedNumber> number = TypedNumber::parse(trimmedValue);
    if (!number)
        return std::nullopt;
    TypedQuantity q;
    q.mark = number->mark;
    q.number = number->number;
    q.value = number->number.toDouble();
    q.start = trimmedValue.indexOf(number->number);
    qsizetype unitLength = 0;
    if (number->isBare()) {
        if (!readUnit(field.unit, &q, &unitLength) || unitLength != field.unit.size())
            return std::nullopt;
        q.length = number->number.size();
        return q;
    }
    if (!readUnit(number->rest, &q, &unitLength))
        return std::nullopt;
    q.length = trimmedValue.indexOf(number->rest) + unitLength - q.start;
    return q;
}

QString TypedQuantity::replacedIn(const QString &text, const QString &replacement) const
{
    QString result = text;
    return result.replace(start, length, replacement);
}

} // namespace lr
