#pragma once

#include "export/reporthtml.h"

#include <QByteArray>

namespace lr {

// QPdfWriter (Qt 6.4) fills only Title and Creator of a PDF's document information dictionary.
// This adds the full dictionary (Title, Author, Subject, Creator, Producer, CreationDate) the
// way the PDF format allows editing a finished file: an incremental update appending the new
// dictionary, a cross-reference section for it, and a trailer that points back to the original.
// Returns false, leaving `pdf` as it was, when the file does not end in a classic trailer.
bool appendDocumentInfo(QByteArray &pdf, const ReportMetadata &metadata, QString *error = nullptr);

} // namespace lr
