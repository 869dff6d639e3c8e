#pragma once

#include <QCoreApplication>
#include <QString>

namespace lr {

// How much of the template a Markdown file showed: the sections whose headings were found,
// counted against the template's sections that have a heading. One matching heading is common
// in READMEs, checklists and other teams' postmortems ("Lessons Learned", "Appendix"); a report,
// even a hand-edited or unfinished one, keeps most of its headings. Below half, the file is taken
// for something else unless the user says otherwise.
class TemplateCoverage
{
    Q_DECLARE_TR_FUNCTIONS(lr::TemplateCoverage)

public:
    TemplateCoverage() = default;
    TemplateCoverage(int sectionsFound, int sectionsInTemplate)
        : m_found(sectionsFound)
        , m_total(sectionsInTemplate)
    {
    }

    int sectionsFound() const { return m_found; }
    // 0 when nothing was measured: a native file is a report by its format.
    int sectionsInTemplate() const { return m_total; }
    bool isMeasured() const { return m_total > 0; }
    bool isComplete() const { return m_found >= m_total; }
    int sectionsNeeded() const { return (m_total + 1) / 2; }
    bool looksLikeReport() const { return m_found >= sectionsNeeded(); }

    // "1 of 11 sections of the template found"
    QString summary() const;
    // Why a file is not taken for a report, naming it and what was found.
    QString refusal(const QString &fileName) const;

private:
    int m_found = 0;
    int m_total = 0;
};

} // namespace lr
