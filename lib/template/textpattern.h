#pragma once

#include <QList>
#include <QString>

namespace lr {

// A line of the template with named holes, such as "Snapshot {n}: {timestamp} - {size} - {location}"
// or "Linear memory growth ({symptomGrowthRate})". Parsed once when the template loads.
class TextPattern
{
public:
    struct Part
    {
        bool isSlot = false;
        QString text; // literal text, or the slot's name
    };

    TextPattern() = default;
    // Returns false and sets `error` for an unclosed or empty brace.
    static bool parse(const QString &pattern, TextPattern *out, QString *error);

    const QList<Part> &parts() const { return m_parts; }
    QStringList slotNames() const;
    bool isEmpty() const { return m_parts.isEmpty(); }
    // The literal text between slot `partIndex` and the next slot, when another slot follows;
    // writers escape it inside the value so that a reader can tell the two values apart.
    QString separatorAfter(int partIndex) const;

private:
    QList<Part> m_parts;
};

} // namespace lr
