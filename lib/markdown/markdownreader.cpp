#include "markdown/markdownreader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/fencedblockreader.h"
#include "markdown/listitemsreader.h"
#include "markdown/readcontext.h"
#include "markdown/tablereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmark-gfm-core-extensions.h>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

using namespace reading;

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(lr::MarkdownReader)

public:
    Reader(const ReportTemplate &reportTemplate, const QString &text)
        : m_context(reportTemplate, text)
        , m_template(reportTemplate)
    {
    }

    LoadResult run(cmark_node *root, const QString &displayName);

private:
    // Where the reader is.
    const SectionDef &section() const { return m_template.sections().at(m_context.sectionIndex()); }
    void enterSection(int index);
    bool enterSubsection(const QString &title);

    void readHeading(cmark_node *node);
    void readParagraph(cmark_node *node);
    void readList(cmark_node *node);
    void readTable(cmark_node *node);
    void readCodeBlock(cmark_node *node);

    bool readLabelledLine(const QString &line, bool isLastLine);
    const FieldDef *labelledField(const SectionDef &s, const QString &label) const;
    const BlockDef *labelledBlock(const QString &label) const;
    const BlockDef *unlabelledBlock(const std::function<bool(const BlockDef &)> &accepts) const;
    // A paragraph that is only the image a chart block of this section prints.
    bool isChartLine(cmark_node *paragraph) const;

    ReadContext m_context;
    const ReportTemplate &m_template;

    int m_subsection = -1;
    bool m_inUnknownSubsection = false;
    const BlockDef *m_pendingLabel = nullptr;
    const FieldDef *m_lastLabelledField = nullptr; // set by readLabelledLine when it fills a field
    QSet<const BlockDef *> m_filled;
    QSet<int> m_sectionsSeen;
    QSet<int> m_headingsFound; // sections found by their heading, for the template coverage
};

void Reader::enterSection(int index)
{
    m_context.setSectionIndex(index);
    m_subsection = -1;
    m_inUnknownSubsection = false;
    m_pendingLabel = nullptr;
    if (m_sectionsSeen.contains(index))
        return;
    m_sectionsSeen.insert(index);
    // The file says what this section holds: lists it does not show are empty, not the template's.
    for (const RowSetDef *rowSet : section().rowSets)
        m_context.content().rows[rowSet->id].clear();
}

bool Reader::enterSubsection(const QString &title)
{
    const QString wanted = normalized(title);
    for (int i = 0; i < section().subsections.size(); ++i) {
        if (normalized(section().subsections[i].title) == wanted) {
            m_subsection = i;
            m_inUnknownSubsection = false;
            m_pendingLabel = nullptr;
            return true;
        }
    }
    return false;
}

const FieldDef *Reader::labelledField(const SectionDef &s, const QString &label) const
{
    const QString wanted = normalized(label);
    for (const SubsectionDef &sub : s.subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind != BlockDef::Kind::Fields)
                continue;
            for (const FieldDef &field : block.fields) {
                if (normalized(field.label) == wanted)
                    return &field;
            }
        }
    }
    return nullptr;
}

const BlockDef *Reader::labelledBlock(const QString &label) const
{
    const QString wanted = normalized(label);
    const BlockDef *found = nullptr;
    for (const SubsectionDef &sub : section().subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind == BlockDef::Kind::Fields || block.label.isEmpty() || normalized(block.label) != wanted)
                continue;
            if (!m_filled.contains(&block))
                return &block;
            found = found ? found : &block;
        }
    }
    return found;
}

bool Reader::isChartLine(cmark_node *paragraph) const
{
    cmark_node *image = cmark_node_first_child(paragraph);
    if (!image || cmark_node_get_type(image) != CMARK_NODE_IMAGE || cmark_node_next(image))
        return false;
    const QString alt = markdown::CmarkDocument::literalText(image);
    for (const SubsectionDef &sub : section().subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind == BlockDef::Kind::Chart && block.label == alt)
                return true;
        }
    }
    return false;
}

const BlockDef *Reader::unlabelledBlock(const std::function<bool(const BlockDef &)> &accepts) const
{
    // The current sub-section first, then the whole section.
    const QList<SubsectionDef> &subs = section().subsections;
    auto search = [&](const SubsectionDef &sub) -> const BlockDef * {
        for (const BlockDef &block : sub.blocks) {
            if (block.label.isEmpty() && !m_filled.contains(&block) && accepts(block))
                return &block;
        }
        return nullptr;
    };
    if (m_subsection >= 0) {
        if (const BlockDef *block = search(subs[m_subsection]))
            return block;
    }
    for (const SubsectionDef &sub : subs) {
        if (const BlockDef *block = search(sub))
            return block;
    }
    return nullptr;
}

void Reader::readHeading(cmark_node *node)
{
    const int level = cmark_node_get_heading_level(node);
    const QString title = markdown::CmarkDocument::literalText(node).simplified();
    const QList<SectionDef> &sections = m_template.sections();
    if (level <= 2) {
        for (int i = 0; i < sections.size(); ++i) {
            if (sections[i].headingLevel > 0 && normalized(sections[i].heading) == normalized(title)) {
                enterSection(i);
                m_headingsFound.insert(i);
                m_context.countRecognised();
                return;
            }
        }
        // The report's own title may be worded differently; it is still the header.
        if (level == 1 && sections.first().headingLevel == 1 && m_sectionsSeen.isEmpty()) {
            enterSection(0);
            m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::paragraphs);
            return;
        }
        // An unknown section: kept, with what follows, in the notes of the section before it.
        m_inUnknownSubsection = true;
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::subsections);
        return;
    }
    if (enterSubsection(title)) {
        m_context.countRecognised();
        return;
    }
    m_inUnknownSubsection = true;
    m_pendingLabel = nullptr;
    m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::subsections);
}

// One "**Label**: value" line of a paragraph. False when it is not a line of the template.
bool Reader::readLabelledLine(const QString &line, bool isLastLine)
{
    const QRegularExpressionMatch m = labelledLine().match(line.trimmed());
    if (!m.hasMatch())
        return false;
    const QString label = m.captured(2);
    const QString rawValue = m.captured(4);
    const bool colon = !m.captured(3).isEmpty() || label.endsWith(u':');
    if (!colon) {
        // "**Vulnerable Code** (before fix):" labels the block that follows.
        const BlockDef *block = labelledBlock(label);
        if (!block || !isLastLine || !rawValue.endsWith(u':'))
            return false;
        m_pendingLabel = block;
        m_context.countRecognised();
        return true;
    }
    if (const FieldDef *field = labelledField(section(), label)) {
        m_context.setValue(*field, m_context.cleanValue(*field, rawValue, field->placeholder));
        m_lastLabelledField = field;
        return true;
    }
    if (rawValue.trimmed().isEmpty() || (isLastLine && labelledBlock(label))) {
        if (const BlockDef *block = labelledBlock(label); block && isLastLine) {
            m_pendingLabel = block;
            m_context.countRecognised();
            return true;
        }
    }
    // Sections without a heading (the sign-off lines) are found by their labels.
    const QList<SectionDef> &sections = m_template.sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].headingLevel != 0)
            continue;
        if (const FieldDef *field = labelledField(sections[i], label)) {
            enterSection(i);
            m_context.setValue(*field, m_context.cleanValue(*field, rawValue, field->placeholder));
            m_lastLabelledField = field;
            return true;
        }
    }
    return false;
}

void Reader::readParagraph(cmark_node *node)
{
    if (m_inUnknownSubsection) {
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::paragraphs);
        return;
    }
    m_pendingLabel = nullptr;
    if (isChartLine(node))
        return; // drawn again from the series at every export
    // A line that is not "**Label**: ..." continues the one above: the paragraph was re-wrapped,
    // and a soft line break means a space.
    QStringList lines;
    for (const QString &line : m_context.sourceOf(node).split(u'\n')) {
        if (!lines.isEmpty() && labelledLine().match(lines.last().trimmed()).hasMatch()
            && !labelledLine().match(line.trimmed()).hasMatch())
            lines.last() = lines.last().trimmed() + u' ' + line.trimmed();
        else
            lines.append(line);
    }
    QStringList unplaced;
    const FieldDef *above = nullptr; // the field of the labelled line above
    for (int i = 0; i < lines.size(); ++i) {
        m_lastLabelledField = nullptr;
        if (readLabelledLine(lines[i], i + 1 == lines.size()))
            above = m_lastLabelledField;
        else if (above) // "**Reviewer**: ..." typed between two of the template's lines stays there
            m_context.keepLinesAfter(above->id, lines[i].trimmed());
        else
            unplaced.append(lines[i].trimmed());
    }
    if (unplaced.size() == lines.size())
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::paragraphs);
    else if (!unplaced.isEmpty())
        m_context.keepAsNote(unplaced.join(u'\n'), &NoteCount::lines, int(unplaced.size()));
}

void Reader::readList(cmark_node *node)
{
    const BlockDef *pending = std::exchange(m_pendingLabel, nullptr);
    if (m_inUnknownSubsection) {
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::blocks);
        return;
    }
    cmark_node *firstItem = cmark_node_first_child(node);
    const bool isTaskList = firstItem && markdown::CmarkDocument::typeName(firstItem) == u"tasklist";
    const BlockDef *block = pending;
    auto listKind = [isTaskList](const BlockDef &b) {
        if (isTaskList)
            return b.kind == BlockDef::Kind::Checklist;
        return b.kind == BlockDef::Kind::List || b.kind == BlockDef::Kind::FieldList;
    };
    if (block && !listKind(*block) && !(block->kind == BlockDef::Kind::Checklist))
        block = nullptr;
    if (!block)
        block = unlabelledBlock(listKind);
    if (!block) {
        int items = 0;
        for (cmark_node *item = firstItem; item; item = cmark_node_next(item))
            ++items;
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::items, items);
        return;
    }
    m_filled.insert(block);
    m_context.countRecognised();
    switch (block->kind) {
    case BlockDef::Kind::FieldList:
        ListItemsReader(m_context).readFieldListItems(*block, node);
        break;
    case BlockDef::Kind::Checklist:
        ListItemsReader(m_context).readChecklistItems(*block, node);
        break;
    default:
        ListItemsReader(m_context).readRowItems(*block->rows, node);
        break;
    }
}

void Reader::readTable(cmark_node *node)
{
    m_pendingLabel = nullptr;
    const BlockDef *block = m_inUnknownSubsection ? nullptr
        : unlabelledBlock([](const BlockDef &b) { return b.kind == BlockDef::Kind::Table; });
    if (!block) {
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::blocks);
        return;
    }
    m_filled.insert(block);
    m_context.countRecognised();
    TableReader(m_context).readTable(*block->rows, node);
}

void Reader::readCodeBlock(cmark_node *node)
{
    const BlockDef *pending = std::exchange(m_pendingLabel, nullptr);
    QString body = QString::fromUtf8(cmark_node_get_literal(node));
    if (body.endsWith(u'\n'))
        body.chop(1);
    const QString info = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
    auto isCodeKind = [](const BlockDef &b) {
        return b.kind == BlockDef::Kind::Fence || b.kind == BlockDef::Kind::Chain || b.kind == BlockDef::Kind::Code;
    };
    const BlockDef *block = pending && isCodeKind(*pending) ? pending : nullptr;
    if (!block && !m_inUnknownSubsection) {
        // A fence with a fixed language (```promql) is found by it first.
        block = unlabelledBlock([&](const BlockDef &b) {
            return b.kind == BlockDef::Kind::Fence && !b.language.isEmpty() && b.language.compare(info, Qt::CaseInsensitive) == 0;
        });
        if (!block)
            block = unlabelledBlock(isCodeKind);
    }
    if (!block) {
        m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::blocks);
        return;
    }
    m_filled.insert(block);
    m_context.countRecognised();
    switch (block->kind) {
    case BlockDef::Kind::Fence:
        FencedBlockReader(m_context).readFence(*block, body);
        break;
    case BlockDef::Kind::Chain:
        FencedBlockReader(m_context).readChain(*block->rows, body);
        break;
    default:
        FencedBlockReader(m_context).readCode(*block, info, body);
        break;
    }
}

LoadResult Reader::run(cmark_node *root, const QString &displayName)
{
    m_sectionsSeen.clear();
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            readHeading(node);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            m_pendingLabel = nullptr;
            break;
        case CMARK_NODE_PARAGRAPH:
            readParagraph(node);
            break;
        case CMARK_NODE_LIST:
            readList(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            readCodeBlock(node);
            break;
        default:
            if (markdown::CmarkDocument::typeName(node) == u"table")
                readTable(node);
            else
                m_context.keepAsNote(m_context.sourceOf(node), &NoteCount::blocks);
            break;
        }
    }

    LoadResult result;
    const QString name = displayName.isEmpty() ? tr("The text") : displayName;
    if (m_context.recognised() == 0) {
        result.error = tr("%1 is not a memory-leak investigation report: none of the template's sections "
                          "or fields were found in it.").arg(name);
        return result;
    }
    result.warnings = m_context.storeNotes();
    result.content = m_context.content();
    const auto &sections = m_template.sections();
    result.coverage = TemplateCoverage(int(m_headingsFound.size()),
        int(std::count_if(sections.cbegin(), sections.cend(), [](const SectionDef &s) { return s.headingLevel > 0; })));
    return result;
}

} // namespace

MarkdownReader::MarkdownReader(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
{
}

LoadResult MarkdownReader::read(const QString &markdown, const QString &displayName) const
{
    QString text = markdown;
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const markdown::CmarkDocument document(text);
    return Reader(m_template, text).run(document.root(), displayName);
}

LoadResult MarkdownReader::load(const QString &path) const
{
    LoadResult result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1: %2").arg(name, file.errorString());
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.error = tr("%1 is too large for a report (%2 MB; the limit is %3 MB).")
                           .arg(name).arg(file.size() / 1000000).arg(kMaxFileSize / 1000000);
        return result;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1; // the first line that does not decode
        for (const QByteArray &bytesOfLine : bytes.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8);
            // Decoding happens on conversion; the line break ends a sequence cut short.
            const QString decoded = probe.decode(bytesOfLine + '\n');
            if (probe.hasError())
                break;
            ++line;
        }
        result.error = tr("%1 is not UTF-8 text (line %2).").arg(name).arg(line);
        return result;
    }
    return read(text, name);
}

bool MarkdownReader::isMarkdownPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

} // namespace lr
