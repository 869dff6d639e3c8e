#pragma once

#include "io/reportfile.h"
#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

// Reads a report written in Markdown back into its fields, driven by the same template
// declaration as MarkdownWriter and walking cmark-gfm's syntax tree: headings find sections,
// bold labels find fields and blocks, list items, task items, tables and fenced blocks fill the
// rest. Placeholder text reads as empty, so read(write(r)) == r.
//
// Hand-edited files are welcome: other bullets, [X], CRLF, a BOM, missing or reordered sections,
// extra rows. Text that fits no field is kept in its section's notes, and `warnings` says what
// went where; a text with nothing of the template in it is refused.
class MarkdownReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::MarkdownReader)

public:
    static constexpr qint64 kMaxFileSize = qint64(64) * 1024 * 1024;

    explicit MarkdownReader(const ReportTemplate &reportTemplate);

    // `displayName` names the input in messages.
    LoadResult read(const QString &markdown, const QString &displayName = QString()) const;
    LoadResult load(const QString &path) const;

    static bool isMarkdownPath(const QString &path);

private:
    const ReportTemplate &m_template;
};

} // namespace lr
