#include "template/textpattern.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr {

bool TextPattern::parse(const QString &pattern, TextPattern *out, QString *error)
{
    TextPattern result;
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', pos);
        if (open < 0) {
            result.m_parts.append({false, pattern.mid(pos)});
            break;
        }
        if (open > pos)
            result.m_parts.append({false, pattern.mid(pos, open - pos)});
        const qsizetype close = pattern.indexOf(u'}', open);
        if (close < 0 || close == open + 1) {
            *error = u"pattern \"%1\" has an unclosed or empty {}"_s.arg(pattern);
            return false;
        }
        result.m_parts.append({true, pattern.mid(open + 1, close - open - 1)});
        pos = close + 1;
    }
    *out = result;
    return true;
}

QStringList TextPattern::slotNames() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.isSlot)
            names.append(part.text);
    }
    return names;
}

QString TextPattern::separatorAfter(int partIndex) const
{
    if (partIndex + 2 < m_parts.size() && !m_parts[partIndex + 1].isSlot && m_parts[partIndex + 2].isSlot)
        return m_parts[partIndex + 1].text;
    return {};
}

} // namespace lr
