// The command line's `gclog excerpt`: the GC Logs excerpt of a --trace-gc log (see commandline.h).
#include "commandline.h"

#include "io/fileidentity.h"
#include "io/reportfile.h"
#include "series/gclogexcerpt.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
const QString kGcLogsField = GcLogExcerpt::kFieldId.toString();
} // namespace

int CommandLine::runGcLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the excerpt of a Node --trace-gc log for the Appendix's GC Logs block: the last Mark-Compacts\n"
           "before an out-of-memory crash and the longest pauses with the lines around them, at most %1 lines.\n"
           "With --into, write it into a report's GC Logs block instead (a different text there is kept\n"
           "unless --force).").arg(GcLogExcerpt::kMaxLines));
    parser.addHelpOption();
    parser.addPositionalArgument(u"excerpt"_s, tr("The action (only \"excerpt\" for now)."));
    parser.addPositionalArgument(u"LOG"_s, tr("The --trace-gc log."));
    const QCommandLineOption into(u"into"_s, tr("The .leakreport file whose GC Logs block gets the excerpt."), u"report"_s);
    const QCommandLineOption force({u"f"_s, u"force"_s}, tr("Replace a GC Logs block typed differently."));
    parser.addOptions({into, force});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"gclog"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "gclog"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"excerpt")
        return usageError(tr("usage: gclog excerpt LOG [--into REPORT]"), u"gclog"_s);
    const QString logPath = positional[1];
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return inputError(tr("%1: cannot open: %2").arg(logPath, log.errorString()));
    const GcLogExcerpt::Result excerpt = GcLogExcerpt::fromLog(log, QFileInfo(logPath).fileName());
    if (!excerpt.ok())
        return inputError(excerpt.error);
    m_err << "leakreport: " << excerpt.explanation << '\n';
    if (!parser.isSet(into)) {
        m_out << excerpt.text << '\n';
        return Success;
    }

    const QString reportPath = parser.value(into);
    if (isSameFile(reportPath, logPath))
        return usageError(tr("the log %1 is the report itself; the output would replace the input").arg(logPath), u"gclog"_s);
    const auto reportTemplate = ReportTemplate::builtin();
    LoadResult loaded = ReportFile::load(reportPath, *reportTemplate);
    if (!loaded.ok())
        return inputError(loaded.error);
    printWarnings(loaded.warnings);
    const FieldDef *field = reportTemplate->field(kGcLogsField);
    const QString current = loaded.content.values.value(kGcLogsField).trimmed();
    if (current == excerpt.text)
        return Success; // nothing changes, the file stays byte for byte
    if (field && !FieldDef::isUnfilled(current, field->placeholder) && !parser.isSet(force)) {
        m_err << "leakreport: " << tr("kept the GC Logs block as typed (--force replaces it)") << '\n';
        return Success;
    }
    loaded.content.values[kGcLogsField] = excerpt.text;
    QString error;
    if (!ReportFile::save(reportPath, *reportTemplate, loaded.content, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    m_err << "leakreport: " << tr("wrote the excerpt into %1's GC Logs block").arg(reportPath) << '\n';
    return Success;
}

} // namespace lr
