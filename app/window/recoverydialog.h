#pragma once

#include "io/recoverystore.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QTextBrowser;

namespace lr {

// Offered at start-up when an earlier session ended without saving (a crash, a kill): shows
// what each recovery copy holds, rendered as the report would export, and lets the user
// restore it, keep it for later, or discard it.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepForLater = 0, Restore, Discard };

    RecoveryDialog(const QList<RecoveryEntry> &entries, const ReportTemplate &reportTemplate, QWidget *parent = nullptr);

    // The entry the user chose to restore or discard.
    RecoveryEntry selectedEntry() const;
    Choice choice() const { return m_choice; }

    void choose(Choice choice);

private:
    void showEntry(int index);
    QString changesFromSavedFile(const RecoveryEntry &entry) const;

    QList<RecoveryEntry> m_entries;
    const ReportTemplate &m_template;
    QListWidget *m_list;
    QLabel *m_details;
    QTextBrowser *m_preview;
    Choice m_choice = KeepForLater;
};

} // namespace lr
