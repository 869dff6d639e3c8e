#include "export/pdfinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringEncoder>

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

} // namespace

bool appendDocumentInfo(QByteArray &pdf, const ReportMetadata &metadata, QString *error)
{
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startXrefAt);
    if (startXrefAt < 0 || trailerAt < 0)
        return fail(error, QCoreApplication::translate("lr::PdfInfo", "the PDF has no classic trailer"));
    const QByteArray trailer = pdf.mid(trailerAt, startXrefAt - trailerAt);
    const qint64 size = numberAfter(trailer, "/Size");
    const qint64 root = numberAfter(trailer, "/Root");
    const qint64 previousXref = numberAfter(pdf.mid(startXrefAt), "startxref");
    if (size <= 0 || root <= 0 || previousXref < 0)
        return fail(error, QCoreApplication::translate("lr::PdfInfo", "the PDF trailer lacks /Size, /Root or startxref"));

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qint64 infoObject = size;
    const qint64 infoOffset = pdf.size() + update.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    update += QByteArray::number(infoObject) + " 0 obj\n<<\n";
    auto entry = [&update](const char *key, const QString &value) {
        if (!value.isEmpty())
            update += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", metadata.title);
    entry("Author", metadata.author);
    entry("Subject", metadata.subject);
    entry("Creator", metadata.creator);
    entry("Producer", u"Qt "_s + QString::fromLatin1(qVersion()));
    update += "/CreationDate (D:" + now.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)\n>>\nendobj\n";

    const qint64 xrefOffset = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(infoObject) + " 1\n"
        + QByteArray::number(infoOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(size + 1) + "\n/Root " + QByteArray::number(root)
        + " 0 R\n/Info " + QByteArray::number(infoObject) + " 0 R\n/Prev " + QByteArray::number(previousXref)
        + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace lr
