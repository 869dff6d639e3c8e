#include "markdown/fencedblockreader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/patternmatcher.h"

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace lr::reading {

void FencedBlockReader::readFence(const BlockDef &block, const QString &body)
{
    QStringList unplaced;
    const FenceGroupDef *group = block.groups.isEmpty() ? nullptr : &block.groups.first();
    QStringList pendingRowLines; // a row pattern may span lines ("# {description}\n{query}")
    QStringList pendingRawLines; // the same lines as typed, kept if they make no row
    auto flushRows = [&](bool force) {
        if (!group || !group->rows || pendingRowLines.isEmpty())
            return;
        const RowSetDef &rowSet = *group->rows;
        const int linesPerRow = int(rowSet.pattern.parts().isEmpty() ? 1 : 1
                                    + std::count_if(rowSet.pattern.parts().cbegin(), rowSet.pattern.parts().cend(),
                                                    [](const TextPattern::Part &p) { return !p.isSlot && p.text.contains(u'\n'); }));
        if (pendingRowLines.size() < linesPerRow && !force)
            return;
        const QString text = pendingRowLines.join(u'\n');
        const QString typed = pendingRawLines.join(u'\n');
        pendingRowLines.clear();
        pendingRawLines.clear();
        QString line = text;
        if (rowSet.marker == u"-")
            line.remove(QRegularExpression(u"^\\s*[-*+]\\s+"_s));
        else if (rowSet.marker == u"1.")
            line.remove(QRegularExpression(u"^\\s*\\d+[.)]\\s+"_s));
        const PatternMatcher matcher(rowSet.pattern, true);
        QList<Row> &rows = m_context.content().rows[rowSet.id];
        if (const auto captures = matcher.match(line)) {
            rows.append(m_context.rowFromSlots(rowSet, *captures, int(rows.size())));
            m_context.countRecognised();
        } else {
            unplaced.append(typed);
        }
    };
    const QStringList lines = body.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            flushRows(true);
            continue;
        }
        bool placed = false;
        for (const FenceGroupDef &candidate : block.groups) {
            if (!candidate.title.isEmpty() && normalized(candidate.title) == normalized(line)) {
                flushRows(true);
                group = &candidate;
                placed = true;
                break;
            }
        }
        if (placed)
            continue;
        // "Label: value" lines of the current group, or else of any group of this block.
        QList<const FenceGroupDef *> candidates;
        if (group)
            candidates.append(group);
        for (const FenceGroupDef &g : block.groups)
            candidates.append(&g);
        for (const FenceGroupDef *candidatePointer : candidates) {
            const FenceGroupDef &candidate = *candidatePointer;
            for (const FieldDef &field : candidate.fields) {
                QString rest = line;
                static const QRegularExpression bullet(u"^[-*+]\\s+"_s); // any bullet where the template has one
                if (!candidate.linePrefix.trimmed().isEmpty())
                    rest.remove(bullet);
                if (rest.startsWith(field.label + u':', Qt::CaseInsensitive)) {
                    m_context.setValue(field, m_context.cleanValue(field, rest.mid(field.label.size() + 1), field.placeholder));
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (placed)
            continue;
        if (group && group->rows) {
            pendingRowLines.append(line);
            pendingRawLines.append(rawLine);
            flushRows(false);
        } else {
            unplaced.append(rawLine); // as typed, with its indentation
        }
    }
    flushRows(true);
    if (const QString key = block.extraLinesKey(); !key.isEmpty()) {
        // A hand-added line stays inside its block, after the template's lines.
        m_context.content().notes[key] = unplaced.join(u'\n');
        return;
    }
    if (!unplaced.isEmpty()) {
        const QString label = block.label.isEmpty() ? QString() : u"**"_s + block.label + u"**:\n"_s;
        m_context.keepAsNote(label + u"```\n"_s + unplaced.join(u'\n') + u"\n```"_s, &NoteCount::lines, int(unplaced.size()));
    }
}

void FencedBlockReader::readChain(const RowSetDef &rowSet, const QString &body)
{
    static const QRegularExpression arrow(u"^\\s*(?:→|->)\\s*"_s);
    const FieldDef &step = rowSet.columns.first();
    QList<Row> &rows = m_context.content().rows[rowSet.id];
    for (const QString &rawLine : body.split(u'\n')) {
        QString text = rawLine;
        text.remove(arrow);
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        Row raw = rowSet.newRow();
        raw[step.id] = text;
        Row row = raw;
        row[step.id] = m_context.cleanValue(step, text, rowSet.placeholder(raw, int(rows.size()), step));
        rows.append(row);
        m_context.countRecognised();
    }
}

void FencedBlockReader::readCode(const BlockDef &block, const QString &info, const QString &body)
{
    QString language = info.section(u' ', 0, 0);
    if (block.codeLanguage)
        m_context.setValue(*block.codeLanguage, m_context.cleanValue(*block.codeLanguage, language, block.codeLanguage->placeholder));
    QStringList lines = body.split(u'\n');
    if (block.codeFile && !lines.isEmpty()) {
        const QString comment = m_context.reportTemplate().commentPrefix(language.isEmpty() && block.codeLanguage
                                                             ? block.codeLanguage->placeholder : language);
        const QString fileLead = comment + u" File: "_s;
        if (lines.first().startsWith(fileLead)) {
            const QString location = lines.takeFirst().mid(fileLead.size());
            const qsizetype colon = location.lastIndexOf(u':');
            const QString file = colon >= 0 ? location.left(colon) : location;
            const QString line = colon >= 0 ? location.mid(colon + 1) : QString();
            m_context.setValue(*block.codeFile, m_context.cleanValue(*block.codeFile, file, block.codeFile->placeholder));
            if (block.codeLine)
                m_context.setValue(*block.codeLine, m_context.cleanValue(*block.codeLine, line, block.codeLine->placeholder));
            if (block.codeExplanation && !lines.isEmpty() && lines.first().startsWith(comment + u' ')) {
                const QString explanation = lines.takeFirst().mid(comment.size() + 1);
                m_context.setValue(*block.codeExplanation,
                         m_context.cleanValue(*block.codeExplanation, explanation, block.codeExplanation->placeholder));
            }
            if (!lines.isEmpty() && lines.first().trimmed().isEmpty())
                lines.removeFirst();
        }
    }
    const QString code = lines.join(u'\n');
    const FieldDef &codeField = *block.code;
    // Code keeps its indentation: only the placeholder comparison trims.
    m_context.setValue(codeField, code.trimmed() == codeField.placeholder.trimmed()
                             ? codeField.valueReadFromPlaceholder(codeField.placeholder) : code);
}

} // namespace lr::reading
