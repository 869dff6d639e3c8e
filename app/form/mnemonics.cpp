#include "form/mnemonics.h"

#include <QAbstractButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lr {

MnemonicAssigner::MnemonicAssigner()
    : m_used{u'f', u'e', u'v', u'h', // the menu bar: File, Edit, View, Help
             // the Memory Data panel, which shows beside every page (memorydatapanel.cpp):
             // Imp&ort, P&aste, Re&cord Process, &Query Prometheus, Ref&resh, Re&move,
             // OOM Even&ts, GC Log E&xcerpt, Alert R&ules, Fill Report From &Data, Memory &limit,
             // Deplo&y at. The Heap Snapshots panel, tabbed with it, reuses two: &Add, Repo&rt.
             u'o', u'a', u'c', u'q', u'r', u'm', u't', u'x', u'u', u'd', u'l', u'y'}
{
}

void MnemonicAssigner::relabel(QAbstractButton *button)
{
    button->setText(withMnemonic(QString(button->text()).remove(QRegularExpression(u"&(?!&)"_s))));
}

QString MnemonicAssigner::withMnemonic(const QString &label)
{
    QString escaped = label;
    escaped.replace(u'&', u"&&"_s);
    // Prefer the first letter of a word, then any letter.
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped[i].toLower();
            if (!c.isLetter() || m_used.contains(c) || (i > 0 && escaped[i - 1] == u'&'))
                continue;
            if (wordStartsOnly && i > 0 && escaped[i - 1].isLetterOrNumber())
                continue;
            m_used.insert(c);
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    return escaped;
}

} // namespace lr
