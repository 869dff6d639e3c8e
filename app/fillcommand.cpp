// The command line's `fill`: what the editor's Fill Report From Data does, for scripts (see
// commandline.h).
#include "commandline.h"

#include "i18n/plural.h"
#include "io/reportfile.h"
#include "series/datafill.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace lr {

int CommandLine::runFill(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fill the report's metric fields from its memory series, as the editor's Fill Report From Data does:\n"
           "baselines, values after 6 hours, growth rates and the memory reduction, from the series with the\n"
           "roles before and after. Empty fields are filled; a value typed differently is kept unless --force.\n"
           "Prints each field it changed or kept; the file is rewritten only when something changed."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file to fill (it holds the series)."));
    // The statistics are the only source today; the option names it so scripts read clearly.
    const QCommandLineOption fromData(u"from-data"_s, tr("Take the values from the report's memory series (the default)."));
    const QCommandLineOption force({u"f"_s, u"force"_s}, tr("Replace values typed in the report that differ from the data."));
    parser.addOptions({fromData, force});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"fill"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "fill"_L1);
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("fill takes exactly one report"), u"fill"_s);
    const QString path = parser.positionalArguments().first();
    const std::optional<LoadResult> loaded = loadNativeReport(path, tr("memory series"));
    if (!loaded)
        return UsageOrInputError;
    const auto reportTemplate = ReportTemplate::builtin();
    const QList<FieldFill> fills = DataFill::propose(*reportTemplate, loaded->content);
    if (fills.isEmpty())
        return inputError(tr("%1 has no series with the role before or after and no OOM events to fill from "
                             "(add them with: leakreport series add REPORT --role before FILE, "
                             "leakreport events add REPORT FILE)").arg(path));

    const bool replaceTyped = parser.isSet(force);
    int changed = 0, kept = 0;
    for (const FieldFill &fill : fills) {
        // `current` is empty for a template default, so ask the report what it holds now.
        if (loaded->content.values.value(fill.fieldId).trimmed() == fill.proposed)
            continue;
        if (fill.overwritesTypedValue() && !replaceTyped) {
            ++kept;
            //: A field `fill` left as typed: %1 the field, %2 its value, %3 the data's
            m_out << tr("kept %1: \u201c%2\u201d (the data says %3)").arg(fill.label, fill.current, fill.proposed) << '\n';
            continue;
        }
        ++changed;
        if (fill.current.trimmed().isEmpty())
            m_out << tr("filled %1: %2").arg(fill.label, fill.proposed) << '\n';
        else
            m_out << tr("replaced %1: \u201c%2\u201d \u2192 %3").arg(fill.label, fill.current, fill.proposed) << '\n';
    }
    m_out << withEnglishPlural(tr("%n field(s) changed", nullptr, changed), changed);
    if (kept > 0)
        m_out << ", " << withEnglishPlural(tr("%n typed value(s) kept (--force replaces them)", nullptr, kept), kept);
    m_out << '\n';
    if (changed == 0)
        return Success; // the file stays as it was, byte for byte

    QString error;
    if (!ReportFile::save(path, *reportTemplate, DataFill::apply(loaded->content, fills, replaceTyped), &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

} // namespace lr
