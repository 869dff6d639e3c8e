#include "export/printstylesheet.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lr {

QString printStyleSheet(const QString &styleSheet)
{
    static const QRegularExpression spacing(u"\\b(margin(?:-top|-bottom|-left|-right)?\\s*:)([^;}]*)"_s);
    static const QRegularExpression length(u"(-?\\d+(?:\\.\\d+)?)pt\\b"_s);
    QString result;
    qsizetype done = 0;
    for (auto match = spacing.globalMatch(styleSheet); match.hasNext();) {
        const QRegularExpressionMatch property = match.next();
        QString value = property.captured(2);
        QString converted;
        qsizetype copied = 0;
        for (auto lengths = length.globalMatch(value); lengths.hasNext();) {
            const QRegularExpressionMatch l = lengths.next();
            converted += value.mid(copied, l.capturedStart() - copied)
                + QString::number(l.captured(1).toDouble() * 96.0 / 72.0, 'f', 2) + u"px"_s;
            copied = l.capturedEnd();
        }
        converted += value.mid(copied);
        result += styleSheet.mid(done, property.capturedStart(2) - done) + converted;
        done = property.capturedEnd(2);
    }
    return result + styleSheet.mid(done);
}

} // namespace lr
