#include "series/epochtime.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lr {

static_assert(kMinEpochSeconds == -62135596800.0 && kMaxEpochSeconds == 253402300799.999);

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

} // namespace lr
