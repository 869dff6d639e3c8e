#pragma once

#include <QPageSize>
#include <QString>

namespace lr {

enum class ExportFormat { Markdown, Html, Pdf };

// What an export needs besides the report itself.
struct ExportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
    // Where relative image paths in the report's Markdown are looked up (the report's folder).
    QString baseDirectory;
};

} // namespace lr
