#pragma once

#include "heap/heapcomparison.h"
#include "heap/heapsnapshot.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace lr {

// Shortest retainer paths from the root, breadth first, never through weak edges. Paths an
// investigator can read come first: a node reached through property, element, context and
// shortcut edges (and a closure's link to its context) keeps that path even when a shorter
// one exists through internal or hidden edges; the others get the shortest path over all
// strong edges.
class HeapRetainerPaths
{
public:
    static constexpr uint32_t kUnreachable = std::numeric_limits<uint32_t>::max();

    explicit HeapRetainerPaths(const HeapSnapshot &snapshot);

    uint32_t distance(uint32_t node) const { return m_distance[node]; }
    bool isUserVisible(uint32_t node) const { return m_userVisible[node] != 0; }

    // The steps from the root to `node` as DevTools names them ("redisBus", "[12]",
    // "(closure)", "ctx"). The root itself and its link to "(GC roots)" are not steps; a
    // closure's hop through its "system / Context" is folded into the variable's step, so
    // "(closure)" is followed by "ctx". Empty when the node is the root or unreachable.
    QList<RetainerStep> pathTo(uint32_t node) const;

private:
    bool isUserEdge(uint32_t from, uint32_t edge) const;
    bool isContextHop(uint32_t from, uint32_t edge) const;
    void breadthFirst(bool userEdgesOnly);

    const HeapSnapshot &m_snapshot;
    std::vector<uint32_t> m_parentEdge;
    std::vector<uint32_t> m_parentNode;
    std::vector<uint32_t> m_distance;
    std::vector<uint8_t> m_userVisible;
};

} // namespace lr
