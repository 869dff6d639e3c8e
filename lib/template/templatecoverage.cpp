#include "template/templatecoverage.h"

namespace lr {

QString TemplateCoverage::summary() const
{
    //: %1 and %2 count the report template's sections (headings), e.g. "1 of 11"
    return tr("%1 of %2 sections of the template found").arg(m_found).arg(m_total);
}

QString TemplateCoverage::refusal(const QString &fileName) const
{
    //: %1 is a file name, %2 says how many sections were found, %3 how many a report needs
    return tr("%1 does not look like a memory-leak investigation report: %2 (a report has at least %3).")
        .arg(fileName, summary())
        .arg(sectionsNeeded());
}

} // namespace lr
