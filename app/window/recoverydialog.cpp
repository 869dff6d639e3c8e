#include "window/recoverydialog.h"

#include "io/reportfile.h"
#include "markdown/markdownwriter.h"
#include "model/contentchanges.h"
#include "window/previewpane.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
QString entryTitle(const RecoveryEntry &entry)
{
    const QString name = entry.originalPath.isEmpty() ? RecoveryDialog::tr("Untitled report")
                                                      : QFileInfo(entry.originalPath).fileName();
    return RecoveryDialog::tr("%1 — %2").arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
}
} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, const ReportTemplate &reportTemplate, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_template(reportTemplate)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_preview(new LocalTextBrowser(this))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(tr("LeakReport did not close normally last time. These reports had changes that "
                                "were not saved:"), this);
    intro->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(u"recoveryList"_s);
    m_preview->setObjectName(u"recoveryPreview"_s);
    for (const RecoveryEntry &entry : entries)
        m_list->addItem(entryTitle(entry));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    m_list->setVisible(entries.size() > 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    restore->setObjectName(u"restoreButton"_s);
    keep->setObjectName(u"keepButton"_s);
    discard->setObjectName(u"discardButton"_s);
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] { choose(Restore); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(KeepForLater); });
    connect(discard, &QPushButton::clicked, this, [this] { choose(Discard); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_list, &QListWidget::currentRowChanged, this, [this, restore](int row) {
        showEntry(row);
        restore->setEnabled(row >= 0 && m_entries[row].error.isEmpty());
    });
    m_list->setCurrentRow(0);
}

RecoveryEntry RecoveryDialog::selectedEntry() const
{
    return m_entries.value(m_list->currentRow());
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == KeepForLater)
        reject();
    else
        accept();
}

void RecoveryDialog::showEntry(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const RecoveryEntry &entry = m_entries[index];
    if (!entry.error.isEmpty()) {
        m_details->setText(tr("This recovery copy cannot be read: %1").arg(entry.error));
        m_preview->clear();
        return;
    }
    const QString savedAt = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat);
    m_details->setText(entry.originalPath.isEmpty()
                           ? tr("<b>%1</b><br>Saved automatically at %2. Restoring opens it as unsaved changes.")
                                 .arg(tr("Untitled report"), savedAt)
                           : tr("<b>%1</b><br>Saved automatically at %2. Restoring opens it as unsaved changes to "
                                "that file.")
                                 .arg(entry.originalPath.toHtmlEscaped(), savedAt));
    m_details->setText(m_details->text() + u"<br>"_s + changesFromSavedFile(entry));
    const QString markdown = MarkdownWriter(m_template).write(entry.content);
    m_preview->setHtml(LocalTextBrowser::htmlFromMarkdown(markdown));
}

QString RecoveryDialog::changesFromSavedFile(const RecoveryEntry &entry) const
{
    // What restoring would bring back: the copy against the file as it is on disk now (or
    // against a new report for an untitled one).
    ReportContent saved = ReportContent::fromTemplate(m_template);
    if (!entry.originalPath.isEmpty()) {
        const LoadResult file = ReportFile::load(entry.originalPath, m_template);
        if (!file.ok())
            return tr("The saved file cannot be read, so what differs is unknown: %1").arg(file.error.toHtmlEscaped());
        saved = file.content;
    }
    const QStringList changes = ContentChanges::between(m_template, saved, entry.content);
    if (changes.isEmpty())
        return entry.originalPath.isEmpty() ? tr("Nothing was typed into it yet.")
                                            : tr("It holds nothing the saved file does not: restoring changes nothing.");
    constexpr int kMaxLines = 8;
    QString list;
    for (qsizetype i = 0; i < std::min<qsizetype>(changes.size(), kMaxLines); ++i)
        list += u"<li>"_s + changes[i].toHtmlEscaped() + u"</li>"_s;
    if (changes.size() > kMaxLines)
        list += u"<li>"_s + tr("and %n more", nullptr, int(changes.size() - kMaxLines)) + u"</li>"_s;
    return (entry.originalPath.isEmpty() ? tr("Typed in it:") : tr("Differs from the saved file in:"))
        + u"<ul style=\"margin-top:0\">"_s + list + u"</ul>"_s;
}

} // namespace lr
