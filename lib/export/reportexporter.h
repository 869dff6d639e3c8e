#pragma once

#include "export/exportoptions.h"
#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QStringList>

#include <utility>

namespace lr {

// Every export format behind one call, for the editor and the command line alike.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(lr::ReportExporter)

public:
    struct Result
    {
        QByteArray bytes;
        QStringList warnings; // what could not be included (images), never fatal
        // Files that go with the export, by path relative to its folder (the chart of a Markdown export).
        QList<std::pair<QString, QByteArray>> attachments;
    };

    // "md", "markdown", "html", "htm", "pdf" (any case); false for anything else.
    static bool formatFromName(const QString &name, ExportFormat *format);
    static QStringList formatNames() { return {u"md"_qs, u"html"_qs, u"pdf"_qs}; }
    static QString suffix(ExportFormat format);
    // "a4", "letter" (any case).
    static bool pageSizeFromName(const QString &name, QPageSize::PageSizeId *pageSize);

    // Writes `result` to `path` and its attachments next to it, each file atomically.
    static bool write(const QString &path, const Result &result, QString *error);

    // The document in `format`, with the files that go beside it.
    static Result exportReport(const ReportTemplate &reportTemplate, const ReportContent &content,
                               ExportFormat format, const ExportOptions &options = {});

private:
    static Result exportDocument(const ReportTemplate &reportTemplate, const ReportContent &content,
                                 ExportFormat format, const ExportOptions &options);
};

} // namespace lr
