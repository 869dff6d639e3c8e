#include "heap/heapretainerpaths.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

HeapRetainerPaths::HeapRetainerPaths(const HeapSnapshot &snapshot)
    : m_snapshot(snapshot)
    , m_parentEdge(snapshot.nodeCount(), kUnreachable)
    , m_parentNode(snapshot.nodeCount(), kUnreachable)
    , m_distance(snapshot.nodeCount(), kUnreachable)
    , m_userVisible(snapshot.nodeCount(), 0)
{
    breadthFirst(true);
    for (uint32_t node = 0; node < snapshot.nodeCount(); ++node)
        m_userVisible[node] = m_distance[node] != kUnreachable;
    breadthFirst(false);
}

bool HeapRetainerPaths::isContextHop(uint32_t from, uint32_t edge) const
{
    const HeapSnapshot &s = m_snapshot;
    return s.nodeType[from] == s.nodeKind.closure && s.edgeType[edge] == s.edgeKind.internal
        && s.string(s.edgeNameOrIndex[edge]) == "context";
}

bool HeapRetainerPaths::isUserEdge(uint32_t from, uint32_t edge) const
{
    const HeapSnapshot &s = m_snapshot;
    const int type = s.edgeType[edge];
    return type == s.edgeKind.property || type == s.edgeKind.element || type == s.edgeKind.context
        || type == s.edgeKind.shortcut || isContextHop(from, edge);
}

// The second pass walks the whole strong graph again but only gives a path to nodes the first
// did not reach, so a readable path is never replaced.
void HeapRetainerPaths::breadthFirst(bool userEdgesOnly)
{
    const HeapSnapshot &s = m_snapshot;
    std::vector<uint8_t> queued(userEdgesOnly ? 0 : s.nodeCount(), 0);
    std::vector<uint32_t> queue;
    queue.reserve(s.nodeCount());
    queue.push_back(s.rootNode);
    m_distance[s.rootNode] = 0;
    if (!userEdgesOnly)
        queued[s.rootNode] = 1;
    for (size_t head = 0; head < queue.size(); ++head) {
        const uint32_t node = queue[head];
        for (uint32_t e = s.firstEdge[node]; e < s.firstEdge[node + 1]; ++e) {
            if (s.edgeType[e] == s.edgeKind.weak || (userEdgesOnly && !isUserEdge(node, e)))
                continue;
            const uint32_t child = s.edgeTo[e];
            if (!userEdgesOnly) {
                if (queued[child])
                    continue;
                queued[child] = 1;
                queue.push_back(child);
                if (m_distance[child] != kUnreachable)
                    continue;
            } else {
                if (m_distance[child] != kUnreachable)
                    continue;
                queue.push_back(child);
            }
            m_distance[child] = m_distance[node] + 1;
            m_parentEdge[child] = e;
            m_parentNode[child] = node;
        }
    }
}

QList<RetainerStep> HeapRetainerPaths::pathTo(uint32_t node) const
{
    const HeapSnapshot &s = m_snapshot;
    QList<RetainerStep> steps;
    if (m_distance[node] == kUnreachable)
        return steps;
    for (uint32_t at = node; at != s.rootNode; at = m_parentNode[at]) {
        const uint32_t edge = m_parentEdge[at];
        const uint32_t from = m_parentNode[at];
        if (at != node && isContextHop(from, edge))
            continue; // the variable's step follows the closure directly
        if (from == s.rootNode && s.nodeType[at] == s.nodeKind.synthetic && s.name(at) == "(GC roots)")
            continue; // every path starts at the GC roots
        RetainerStep step;
        step.node = s.pathNodeName(at);
        // The root's shortcuts lead to the global objects: name them, not the shortcut's number.
        step.edge = from == s.rootNode && s.edgeType[edge] == s.edgeKind.shortcut
            ? QString::fromUtf8(s.name(at).data(), qsizetype(s.name(at).size()))
            : s.pathEdgeName(edge);
        steps.append(step);
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
}

} // namespace lr
