// Any bytes, as a Markdown file someone hands to `leakreport import`: the reader must neither
// crash nor misbehave under the sanitizers, and what it accepts must write back as a report it
// accepts again. (Byte-for-byte stability is proven for what the writer produces, by the property
// test; garbage is not a fixed point: text kept as notes may look like a field when read again.)
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "template/reporttemplate.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reportTemplate = lr::ReportTemplate::builtin();
    const lr::MarkdownReader reader(*reportTemplate);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const lr::LoadResult first = reader.read(text, QStringLiteral("fuzz.md"));
    if (!first.ok())
        return 0;
    // What the writer prints from an imported report reads back as the same report.
    const QString written = lr::MarkdownWriter(*reportTemplate).write(first.content);
    if (!reader.read(written).ok())
        std::abort();
    return 0;
}
