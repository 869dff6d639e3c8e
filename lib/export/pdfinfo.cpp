#include "export/pdfinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringEncoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// A PDF text string that needs no escaping whatever it holds: hexadecimal UTF-16BE with a BOM.
QByteArray textString(const QString &text)
{
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    const QByteArray bytes = utf16be.encode(text);
    return "<FEFF" + bytes.toHex().toUpper() + '>';
}

// The integer following `key` in a trailer dictionary, or -1.
qint64 numberAfter(const QByteArray &dictionary, const QByteArray &key)
{
    qsizetype at = dictionary.indexOf(key);
    if (at < 0)
        return -1;
    at += key.size();
    while (at < dictionary.size() && (dictionary[at] == ' ' || dictionary[at] == '\r' || dictionary[at] == '\n'))
        ++at;
    qsizetype end = at;
    while (end < dictionary.size() && dictionary[end] >= '0' && dictionary[end] <= '9')
        ++end;
    bool ok = false;
    const qint64 value = dictionary.mid(at, end - at).toLongLong(&ok);
    return ok ? value : -1;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// What an incremental update needs to know of the file it extends.
struct PdfTail
{
    qint64 size = 0;         // objects so far: the next new object's number
    qint64 root = 0;         // the catalog's object number
    qint64 previousXref = 0; // where the last cross-reference section starts
};

std::optional<PdfTail> readTail(const QByteArray &pdf, QString *error)
{
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startXrefAt);
    if (startXrefAt < 0 || trailerAt < 0) {
        fail(error, QCoreApplication::translate("lr::PdfInfo", "the PDF has no classic trailer"));
        return std::nullopt;
    }
    const QByteArray trailer = pdf.mid(trailerAt, startXrefAt - trailerAt);
    PdfTail tail{numberAfter(trailer, "/Size"), numberAfter(trailer, "/Root"), numberAfter(pdf.mid(startXrefAt), "startxref")};
    if (tail.size <= 0 || tail.root <= 0 || tail.previousXref < 0) {
        fail(error, QCoreApplication::translate("lr::PdfInfo", "the PDF trailer lacks /Size, /Root or startxref"));
        return std::nullopt;
    }
    return tail;
}

// Appends `objects` (numbered from `first`, or replacing `replaced` when given) with their
// cross-reference section and a trailer pointing back to the previous one.
void appendUpdate(QByteArray &pdf, const PdfTail &tail, const QList<std::pair<qint64, QByteArray>> &objects,
                  const QByteArray &extraTrailer)
{
    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    QList<std::pair<qint64, qint64>> offsets; // object number -> offset
    qint64 size = tail.size;
    for (const auto &[number, body] : objects) {
        offsets.append({number, pdf.size() + update.size()});
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        size = std::max(size, number + 1);
    }
    std::sort(offsets.begin(), offsets.end());
    const qint64 xrefOffset = pdf.size() + update.size();
    update += "xref\n";
    // One subsection per run of consecutive object numbers.
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets[j + 1].first == offsets[j].first + 1)
            ++j;
        update += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            update += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + QByteArray::number(tail.root)
        + " 0 R\n" + extraTrailer + "/Prev " + QByteArray::number(tail.previousXref) + "\n>>\nstartxref\n"
        + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
}

// The body of object `number` ("<< ... >>"), found through the cross-reference table QPdfWriter
// writes (one classic section); empty when it is not there.
QByteArray objectBody(const QByteArray &pdf, const PdfTail &tail, qint64 number)
{
    const QByteArray xref = pdf.mid(tail.previousXref, 64);
    if (!xref.startsWith("xref"))
        return {};
    // "xref\n0 N\n" then 20-byte entries.
    const qsizetype entries = pdf.indexOf('\n', pdf.indexOf('\n', tail.previousXref) + 1) + 1;
    const qint64 offset = pdf.mid(entries + number * 20, 10).toLongLong();
    const qsizetype start = pdf.indexOf("obj", offset) + 3;
    const qsizetype end = pdf.indexOf("endobj", start);
    if (offset <= 0 || start < 3 || end < 0)
        return {};
    return pdf.mid(start, end - start).trimmed();
}

} // namespace

bool appendDocumentInfo(QByteArray &pdf, const ReportMetadata &metadata, QString *error)
{
    const std::optional<PdfTail> tail = readTail(pdf, error);
    if (!tail)
        return false;
    QByteArray info = "<<\n";
    auto entry = [&info](const char *key, const QString &value) {
        if (!value.isEmpty())
            info += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", metadata.title);
    entry("Author", metadata.author);
    entry("Subject", metadata.subject);
    entry("Creator", metadata.creator);
    entry("Producer", u"Qt "_s + QString::fromLatin1(qVersion()));
    info += "/CreationDate (D:" + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)\n>>";
    appendUpdate(pdf, *tail, {{tail->size, info}}, "/Info " + QByteArray::number(tail->size) + " 0 R\n");
    return true;
}

bool appendOutline(QByteArray &pdf, const QList<PdfOutlineEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    const std::optional<PdfTail> tail = readTail(pdf, error);
    if (!tail)
        return false;
    const QByteArray catalog = objectBody(pdf, *tail, tail->root);
    const qint64 pagesObject = numberAfter(catalog, "/Pages");
    const QByteArray pages = pagesObject > 0 ? objectBody(pdf, *tail, pagesObject) : QByteArray();
    const qsizetype kidsAt = pages.indexOf("/Kids");
    if (!catalog.endsWith(">>") || kidsAt < 0)
        return fail(error, QCoreApplication::translate("lr::PdfInfo", "the PDF's catalog or page tree was not found"));
    QList<qint64> pageObjects;
    static const QRegularExpression reference(u"(\\d+)\\s+0\\s+R"_s);
    const QString kids = QString::fromLatin1(pages.mid(kidsAt, pages.indexOf(']', kidsAt) - kidsAt));
    for (const QRegularExpressionMatch &m : reference.globalMatch(kids))
        pageObjects.append(m.captured(1).toLongLong());

    // Objects: the outline root, then one per entry. Top-level entries are the sections; an
    // entry of a deeper level is a child of the top-level entry before it.
    const qint64 outlineRoot = tail->size;
    auto objectOf = [&](qsizetype index) { return outlineRoot + 1 + index; };
    QList<qsizetype> topLevel;
    QHash<qsizetype, QList<qsizetype>> children;
    const int topLevelDepth = std::min_element(entries.cbegin(), entries.cend(), [](const auto &a, const auto &b) {
                                  return a.level < b.level;
                              })->level;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].level == topLevelDepth || topLevel.isEmpty())
            topLevel.append(i);
        else
            children[topLevel.last()].append(i);
    }
    QList<std::pair<qint64, QByteArray>> objects;
    auto ref = [](qint64 number) -> QByteArray { return QByteArray::number(number) + " 0 R"; };
    auto siblings = [&](const QList<qsizetype> &list, qint64 parent) {
        for (qsizetype k = 0; k < list.size(); ++k) {
            const PdfOutlineEntry &entry = entries[list[k]];
            const qint64 page = pageObjects.value(std::clamp(entry.page, 0, int(pageObjects.size()) - 1));
            QByteArray body = "<<\n/Title " + textString(entry.title) + "\n/Parent " + ref(parent)
                + "\n/Dest [" + ref(page) + " /XYZ 0 " + QByteArray::number(entry.top, 'f', 1) + " null]\n";
            if (k > 0)
                body += "/Prev " + ref(objectOf(list[k - 1])) + '\n';
            if (k + 1 < list.size())
                body += "/Next " + ref(objectOf(list[k + 1])) + '\n';
            const QList<qsizetype> kidsOfEntry = children.value(list[k]);
            if (!kidsOfEntry.isEmpty())
                body += "/First " + ref(objectOf(kidsOfEntry.first())) + "\n/Last " + ref(objectOf(kidsOfEntry.last()))
                    + "\n/Count -" + QByteArray::number(kidsOfEntry.size()) + '\n'; // closed: sections first
            objects.append({objectOf(list[k]), body + ">>"});
        }
    };
    siblings(topLevel, outlineRoot);
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        siblings(it.value(), objectOf(it.key()));
    objects.prepend({outlineRoot, "<<\n/Type /Outlines\n/First " + ref(objectOf(topLevel.first())) + "\n/Last "
                                      + ref(objectOf(topLevel.last())) + "\n/Count "
                                      + QByteArray::number(topLevel.size()) + "\n>>"});
    // The catalog again, now naming the outline and opening the file with it shown.
    objects.append({tail->root, catalog.chopped(2).trimmed() + "\n/Outlines " + ref(outlineRoot)
                                    + "\n/PageMode /UseOutlines\n>>"});
    appendUpdate(pdf, *tail, objects, {});
    return true;
}

} // namespace lr
