#pragma once

#include "template/templatecoverage.h"

#include <QCoreApplication>

class QWidget;

namespace lr {

// The editor's form of the command line's refusal: a Markdown file that shows little of the
// template is opened only if the user says so.
class NonReportQuestion
{
    Q_DECLARE_TR_FUNCTIONS(lr::NonReportQuestion)

public:
    static constexpr QLatin1StringView kObjectName{"nonReportQuestion"};

    // True when the user chose to open the file anyway.
    static bool askToOpen(QWidget *parent, const QString &fileName, const TemplateCoverage &coverage);
};

} // namespace lr
