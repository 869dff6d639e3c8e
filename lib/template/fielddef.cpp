#include "template/fielddef.h"

#include "template/typednumber.h"

#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
const std::array<std::pair<FieldType, QLatin1StringView>, 10> kTypeNames = {{
    {FieldType::Text, "text"_L1},
    {FieldType::Date, "date"_L1},
    {FieldType::DateTime, "datetime"_L1},
    {FieldType::Time, "time"_L1},
    {FieldType::Choice, "choice"_L1},
    {FieldType::Number, "number"_L1},
    {FieldType::Integer, "integer"_L1},
    {FieldType::Url, "url"_L1},
    {FieldType::Code, "code"_L1},
    {FieldType::Language, "language"_L1},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[value, name] : kTypeNames) {
        if (value == type)
            return name;
    }
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (const auto &[value, typeName] : kTypeNames) {
        if (typeName == name) {
            *type = value;
            return true;
        }
    }
    return false;
}

QString FieldDef::placeholderForRow(int rowNumber) const
{
    QString text = placeholder;
    return text.replace(u"{n}"_s, QString::number(rowNumber));
}

QString FieldDef::withUnit(const QString &trimmedValue) const
{
    if (unit.isEmpty())
        return trimmedValue;
    const std::optional<TypedNumber> number = TypedNumber::parse(trimmedValue);
    if (!number || !number->isBare())
        return trimmedValue;
    return isGluedUnit() ? QString(trimmedValue + unit) : QString(trimmedValue + u' ' + unit);
}

QString FieldDef::withoutUnit(const QString &trimmedPrinted) const
{
    const qsizetype cut = unit.size() + (isGluedUnit() ? 0 : 1);
    if (unit.isEmpty() || trimmedPrinted.size() <= cut)
        return trimmedPrinted;
    const QString number = trimmedPrinted.first(trimmedPrinted.size() - cut);
    return withUnit(number) == trimmedPrinted ? number : trimmedPrinted;
}

bool FieldDef::isRealPlaceholder(const QString &placeholder)
{
    static const QRegularExpression marker(u"(?:^|\\s)\\[[^\\]]+\\]"            // [Your Name], [size] MB
                                           u"|(?:^|[\\s(])[XYZN](?=$|[\\s/%])" // X MB, N/week, Z%
                                           u"|___|\\.\\.\\.|\\x{2026}"_s);      // ___, ..., an ellipsis
    return marker.match(placeholder).hasMatch();
}

bool FieldDef::isUnfilled(const QString &trimmedValue, const QString &placeholder)
{
    return trimmedValue.isEmpty() || (trimmedValue == placeholder.trimmed() && isRealPlaceholder(placeholder));
}

QString FieldDef::valueReadFromPlaceholder(const QString &placeholder) const
{
    return withUnit(defaultValue.trimmed()) == placeholder.trimmed() ? defaultValue : QString();
}

} // namespace lr
