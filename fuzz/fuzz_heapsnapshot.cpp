// Any bytes, as a .heapsnapshot someone compares. The reader must neither crash nor misbehave
// under the sanitizers, and must keep its contract: an error gives no snapshot and a message;
// success gives a graph whose every index is in range, which the analysis (dominators,
// retained sizes, retainer paths, class names) then walks without a fault.
#include "heap/heapdominators.h"
#include "heap/heapretainerpaths.h"
#include "heap/heapsnapshotreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lr::HeapSnapshotReader::Result result = lr::HeapSnapshotReader::readBytes(bytes, QStringLiteral("fuzz"));
    if (!result.ok()) {
        if (result.error.isEmpty())
            std::abort();
        return 0;
    }
    const lr::HeapSnapshot &s = *result.snapshot;
    if (s.nodeCount() == 0 || s.firstEdge.size() != size_t(s.nodeCount()) + 1 || s.firstEdge.back() != s.edgeCount())
        std::abort();
    for (uint32_t n = 0; n < s.nodeCount(); ++n) {
        if (s.firstEdge[n] > s.firstEdge[n + 1] || s.nodeName[n] >= s.stringCount())
            std::abort();
        (void)s.className(n);
    }
    for (uint32_t e = 0; e < s.edgeCount(); ++e) {
        if (s.edgeTo[e] >= s.nodeCount())
            std::abort();
        (void)s.pathEdgeName(e);
    }
    const lr::HeapDominators dominators(s);
    if (dominators.retainedSize(s.rootNode) < s.nodeSelfSize[s.rootNode])
        std::abort();
    const lr::HeapRetainerPaths paths(s);
    for (uint32_t n = 0; n < s.nodeCount(); ++n) {
        if (dominators.retainedSize(n) > dominators.retainedSize(dominators.dominator(n)) && n != s.rootNode)
            std::abort();
        (void)paths.pathTo(n);
    }
    return 0;
}
