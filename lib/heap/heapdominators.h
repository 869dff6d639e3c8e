#pragma once

#include "heap/heapsnapshot.h"

#include <cstdint>
#include <vector>

namespace lr {

// The dominator tree of a snapshot from its root, and the retained sizes it gives, as DevTools
// computes them: weak edges do not retain, and shortcut edges count only from the root (where
// they mark the global objects). Nodes the root does not reach (kept only by weak edges) hang
// under the root with their subgraphs. Cooper, Harvey and Kennedy's iterative algorithm ("A
// Simple, Fast Dominance Algorithm", 2001) over a depth-first post-order.
class HeapDominators
{
public:
    explicit HeapDominators(const HeapSnapshot &snapshot);

    uint32_t dominator(uint32_t node) const { return m_dominator[node]; } // the root's is itself
    uint64_t retainedSize(uint32_t node) const { return m_retained[node]; }

    // For nodes put into groups (`groupOfNode[n]` in 0..groupCount-1, or -1 for none), each
    // group's retained size: the sum over its nodes that no other node of the same group
    // dominates, so nested members count once (DevTools' class retained size).
    std::vector<uint64_t> retainedSizeByGroup(const std::vector<int32_t> &groupOfNode, size_t groupCount) const;

private:
    const HeapSnapshot &m_snapshot;
    std::vector<uint32_t> m_dominator;
    std::vector<uint64_t> m_retained;
};

} // namespace lr
