#include "io/jsonshape.h"

using namespace Qt::StringLiterals;

namespace lr {

QString JsonShape::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    //: A JSON value's type, in "expected a string, found a number"
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a true/false value");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

QString JsonShape::join(const QString &parentPath, const QString &key)
{
    return parentPath.isEmpty() ? key : parentPath + u'.' + key;
}

bool JsonShape::expect(const QJsonValue &value, QJsonValue::Type type, const QString &path)
{
    if (value.type() == type)
        return true;
    *m_error = tr("%1: expected %2, found %3").arg(path, typeName(QJsonValue(type)), typeName(value));
    return false;
}

bool JsonShape::optionalString(const QJsonObject &object, QLatin1StringView key, const QString &parentPath, QString *value)
{
    const QJsonValue member = object.value(key);
    if (member.isUndefined())
        return true;
    if (!expect(member, QJsonValue::String, join(parentPath, key)))
        return false;
    *value = member.toString();
    return true;
}

void JsonShape::warnUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &parentPath)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            warn(tr("%1: unknown key, ignored").arg(join(parentPath, it.key())));
    }
}

} // namespace lr
