#pragma once

#include <QObject>

class QTimer;

namespace lr {

class RecoveryStore;
class ReportDocument;

// Keeps a recovery copy of unsaved work: written (atomically) at most kMaxUnsavedMs after the
// first change it does not hold yet, so a crash or kill loses no more than that much typing,
// whether the user pauses or types on without a break. Removed once the report is saved or closed
// on purpose. After a crash the next start finds it (RecoveryStore::orphanedEntries) and offers
// to restore it.
class Autosave : public QObject
{
    Q_OBJECT

public:
    // Below the ~2 s the product promises: the write itself and a busy event loop add to it.
    static constexpr int kMaxUnsavedMs = 1500;

    Autosave(ReportDocument *document, RecoveryStore *store, QObject *parent = nullptr);

    // Writes the copy now if one is due (before a risky operation, or in tests).
    void flush();
    // The user saved or closed on purpose: the copy is not needed any more.
    void discard();
    bool isPending() const;

signals:
    void failed(const QString &error);

private:
    void schedule();

    ReportDocument *m_document;
    RecoveryStore *m_store;
    QTimer *m_timer;
};

} // namespace lr
