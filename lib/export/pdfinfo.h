#pragma once

#include "export/reporthtml.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lr {

// QPdfWriter (Qt 6.4) fills only Title and Creator of a PDF's document information dictionary.
// This adds the full dictionary (Title, Author, Subject, Creator, Producer, CreationDate) the
// way the PDF format allows editing a finished file: an incremental update appending the new
// dictionary, a cross-reference section for it, and a trailer that points back to the original.
// Returns false, leaving `pdf` as it was, when the file does not end in a classic trailer.
bool appendDocumentInfo(QByteArray &pdf, const ReportMetadata &metadata, QString *error = nullptr);

// One bookmark of the PDF's outline: a section (the smallest level) or a subsection under it.
struct PdfOutlineEntry
{
    QString title;
    int level = 2;  // the heading's level
    int page = 0;   // from 0
    qreal top = 0;  // the heading's top, in points from the page's bottom edge
};

// QPdfWriter (Qt 6.4) writes no outline. This adds one, the same way: the outline's objects and
// a new version of the catalog naming it (opening with the outline shown), in an incremental
// update. Run it before appendDocumentInfo, whose trailer then names the information dictionary.
bool appendOutline(QByteArray &pdf, const QList<PdfOutlineEntry> &entries, QString *error = nullptr);

} // namespace lr
