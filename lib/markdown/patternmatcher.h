#pragma once

#include "markdown/markdownescape.h"
#include "template/textpattern.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace lr::reading {

// Splits a line by a template pattern ("{file} - {description}"): the literal text must be
// there (in any case), each slot takes the text up to the next literal's first occurrence, the
// last one what is left. The writer escapes that literal inside values, so the first
// occurrence is the real one.
class PatternMatcher
{
public:
    // `literal`: the text is a fence line, where nothing is escaped.
    explicit PatternMatcher(const TextPattern &pattern, bool literal = false)
        : m_literal(literal)
    {
        for (const TextPattern::Part &part : pattern.parts())
            m_parts.append({part.isSlot, part.text});
    }

    // Slot name -> raw text, or nothing when the text does not have the pattern's shape.
    std::optional<QList<std::pair<QString, QString>>> match(const QString &text) const
    {
        QList<std::pair<QString, QString>> values;
        qsizetype at = 0;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const TextPattern::Part &part = m_parts[i];
            if (!part.isSlot) {
                if (QStringView(text).mid(at).startsWith(part.text, Qt::CaseInsensitive) == false)
                    return std::nullopt;
                at += part.text.size();
                continue;
            }
            if (part.text == u"n") { // the row number
                const qsizetype start = at;
                while (at < text.size() && text[at].isDigit())
                    ++at;
                if (at == start)
                    return std::nullopt;
                continue;
            }
            const bool last = i + 1 == m_parts.size();
            const bool suffixFollows = i + 2 == m_parts.size();
            qsizetype end = text.size();
            if (suffixFollows) {
                const QString &suffix = m_parts[i + 1].text;
                if (!text.endsWith(suffix, Qt::CaseInsensitive) || text.size() - suffix.size() < at)
                    return std::nullopt;
                end = text.size() - suffix.size();
            } else if (!last) {
                end = m_literal ? text.indexOf(m_parts[i + 1].text, at, Qt::CaseInsensitive)
                                : markdown::findSeparator(text, m_parts[i + 1].text, at);
                if (end < 0)
                    return std::nullopt;
            }
            values.append({part.text, text.mid(at, end - at)});
            at = end;
        }
        if (at != text.size())
            return std::nullopt;
        return values;
    }

private:
    QList<TextPattern::Part> m_parts;
    bool m_literal = false;
};

} // namespace lr::reading
