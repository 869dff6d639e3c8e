#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace lr {

// Checks the shape of the JSON a reader walks, naming the JSON path of what is wrong:
// an unexpected type is an error ("sections.header.fields: expected an object, found a list"),
// a key the reader does not know is a warning ("template.locale: unknown key, ignored").
// Nothing the reader skips goes unsaid.
class JsonShape
{
    Q_DECLARE_TR_FUNCTIONS(lr::JsonShape)

public:
    JsonShape(QString *error, QStringList *warnings) : m_error(error), m_warnings(warnings) {}

    // "a string", "a list", "nothing": a JSON value's type, as messages name it.
    static QString typeName(const QJsonValue &value);

    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &path);
    // An absent key leaves `value` as it was; any other type than a string is an error.
    bool optionalString(const QJsonObject &object, QLatin1StringView key, const QString &parentPath, QString *value);
    void warnUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &parentPath);
    void warn(const QString &message) { m_warnings->append(message); }

    // "parent.key", or "key" at the root.
    static QString join(const QString &parentPath, const QString &key);

private:
    QString *m_error;
    QStringList *m_warnings;
};

} // namespace lr
