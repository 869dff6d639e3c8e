#pragma once

#include "io/sizelimits.h"
#include "model/reportcontent.h"
#include "template/templatecoverage.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

struct LoadResult
{
    bool ok() const { return error.isEmpty(); }

    ReportContent content;
    QString error;        // names the file and the problem, with line and column where known
    QStringList warnings; // what was read but could not be placed (unknown fields, columns)
    TemplateCoverage coverage; // for Markdown: how much of the template the file showed
};

// The native ".leakreport" file: UTF-8 JSON, pretty-printed with keys in a fixed (sorted) order
// so that it diffs well in git, and a formatVersion that newer files raise when old readers
// could misread them.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(lr::ReportFile)

public:
    // The newest version written and read (2: samples compactly encoded, see SampleCodec); a
    // report without memory series is written as version 1, which it still is.
    static constexpr int kFormatVersion = 2;
    static constexpr int kFormatVersionWithoutSeries = 1;
    static constexpr qint64 kMaxFileSize = kMaxReportFileSize;
    static constexpr QLatin1StringView kSuffix{"leakreport"};

    static QByteArray toJson(const ReportTemplate &reportTemplate, const ReportContent &content);
    // `displayName` is what messages call the input (usually its file name).
    static LoadResult fromJson(const QByteArray &bytes, const ReportTemplate &reportTemplate,
                               const QString &displayName);

    static LoadResult load(const QString &path, const ReportTemplate &reportTemplate);
    // Whether the file at `path` may hold memory series, from a scan that stops at their key,
    // without parsing: never false for a file load() reads series from, rarely true otherwise.
    static bool mayHoldSeries(const QString &path);
    // Refuses (with `error`) a report larger than opening accepts, before writing anything.
    static bool save(const QString &path, const ReportTemplate &reportTemplate, const ReportContent &content,
                     QString *error);
    static bool fitsSizeLimit(const QString &path, qint64 size, QString *error);
};

} // namespace lr
