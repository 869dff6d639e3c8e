#include "window/autosave.h"

#include "io/recoverystore.h"
#include "window/reportdocument.h"

#include <QTimer>

namespace lr {

Autosave::Autosave(ReportDocument *document, RecoveryStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kMaxUnsavedMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::flush);
    connect(document->report(), &Report::changed, this, &Autosave::schedule);
    connect(document, &ReportDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard(); // saved, or undone back to the saved state
    });
}

void Autosave::schedule()
{
    // Started by the first change the copy lacks and never restarted: waiting for a pause would
    // write nothing while someone types on.
    if (m_document->isModified() && !m_timer->isActive())
        m_timer->start();
}

bool Autosave::isPending() const
{
    return m_timer->isActive();
}

void Autosave::flush()
{
    m_timer->stop();
    if (!m_document->isModified())
        return;
    QString error;
    if (!m_store->save(m_document->report()->content(), m_document->filePath(), &error))
        emit failed(error);
}

void Autosave::discard()
{
    m_timer->stop();
    m_store->discardSession();
}

} // namespace lr
