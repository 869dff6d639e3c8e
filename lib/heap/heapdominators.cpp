#include "heap/heapdominators.h"

#include <limits>
#include <utility>

namespace lr {

namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

bool isEssential(const HeapSnapshot &s, uint32_t from, uint32_t edge)
{
    const int type = s.edgeType[edge];
    return type != s.edgeKind.weak && (type != s.edgeKind.shortcut || from == s.rootNode);
}

// Predecessors along essential edges, as compressed rows: preds[first[n] .. first[n + 1]).
struct Predecessors
{
    std::vector<uint32_t> first;
    std::vector<uint32_t> preds;

    explicit Predecessors(const HeapSnapshot &s)
        : first(size_t(s.nodeCount()) + 1, 0)
    {
        for (uint32_t node = 0; node < s.nodeCount(); ++node) {
            for (uint32_t e = s.firstEdge[node]; e < s.firstEdge[node + 1]; ++e) {
                if (isEssential(s, node, e))
                    ++first[s.edgeTo[e] + 1];
            }
        }
        for (size_t i = 1; i < first.size(); ++i)
            first[i] += first[i - 1];
        preds.resize(first.back());
        std::vector<uint32_t> fill(first.begin(), first.end() - 1);
        for (uint32_t node = 0; node < s.nodeCount(); ++node) {
            for (uint32_t e = s.firstEdge[node]; e < s.firstEdge[node + 1]; ++e) {
                if (isEssential(s, node, e))
                    preds[fill[s.edgeTo[e]]++] = node;
            }
        }
    }
};

// Depth-first post-order from the root; then from each node the root did not reach, as if the
// root held it, so that every node gets an index and the root comes last.
struct PostOrder
{
    std::vector<uint32_t> order;   // post-order index -> node
    std::vector<uint32_t> indexOf; // node -> post-order index
    std::vector<uint8_t> extraRoot; // reached only as a start of its own

    explicit PostOrder(const HeapSnapshot &s)
        : indexOf(s.nodeCount(), kNone)
        , extraRoot(s.nodeCount(), 0)
    {
        order.reserve(s.nodeCount());
        std::vector<uint8_t> visited(s.nodeCount(), 0);
        std::vector<std::pair<uint32_t, uint32_t>> stack; // node, next edge
        auto walkFrom = [&](uint32_t start) {
            visited[start] = 1;
            stack.emplace_back(start, s.firstEdge[start]);
            while (!stack.empty()) {
                auto &[node, edge] = stack.back();
                if (edge < s.firstEdge[node + 1]) {
                    const uint32_t e = edge++;
                    const uint32_t child = s.edgeTo[e];
                    if (!visited[child] && isEssential(s, node, e)) {
                        visited[child] = 1;
                        stack.emplace_back(child, s.firstEdge[child]);
                    }
                    continue;
                }
                indexOf[node] = uint32_t(order.size());
                order.push_back(node);
                stack.pop_back();
            }
        };
        walkFrom(s.rootNode);
        order.pop_back(); // the root goes last, after the subgraphs hung under it below
        for (uint32_t node = 0; node < s.nodeCount(); ++node) {
            if (!visited[node]) {
                extraRoot[node] = 1;
                walkFrom(node);
            }
        }
        indexOf[s.rootNode] = uint32_t(order.size());
        order.push_back(s.rootNode);
    }
};

} // namespace

HeapDominators::HeapDominators(const HeapSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    const HeapSnapshot &s = snapshot;
    const uint32_t count = s.nodeCount();
    const PostOrder post(s);
    const Predecessors preds(s);
    const uint32_t rootIndex = count - 1;

    // Dominators by post-order index; kNone until known.
    std::vector<uint32_t> dom(count, kNone);
    dom[rootIndex] = rootIndex;
    auto intersect = [&](uint32_t a, uint32_t b) {
        while (a != b) {
            while (a < b)
                a = dom[a];
            while (b < a)
                b = dom[b];
        }
        return a;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = rootIndex; i-- > 0;) {
            const uint32_t node = post.order[i];
            uint32_t newDom = post.extraRoot[node] ? rootIndex : kNone;
            for (uint32_t p = preds.first[node]; p < preds.first[node + 1]; ++p) {
                const uint32_t predIndex = post.indexOf[preds.preds[p]];
                if (dom[predIndex] == kNone)
                    continue;
                newDom = newDom == kNone ? predIndex : intersect(predIndex, newDom);
            }
            if (newDom == kNone)
                newDom = rootIndex; // only reachable through edges that do not retain
            if (dom[i] != newDom) {
                dom[i] = newDom;
                changed = true;
            }
        }
    }

    m_dominator.resize(count);
    m_retained.resize(count);
    for (uint32_t i = 0; i < count; ++i) {
        const uint32_t node = post.order[i];
        m_dominator[node] = post.order[dom[i]];
        m_retained[node] = s.nodeSelfSize[node];
    }
    // A dominator finishes after what it dominates: adding in post-order sums each subtree.
    for (uint32_t i = 0; i < rootIndex; ++i) {
        const uint32_t node = post.order[i];
        m_retained[m_dominator[node]] += m_retained[node];
    }
}

std::vector<uint64_t> HeapDominators::retainedSizeByGroup(const std::vector<int32_t> &groupOfNode, size_t groupCount) const
{
    const uint32_t count = m_snapshot.nodeCount();
    // The dominator tree's children, as compressed rows.
    std::vector<uint32_t> first(size_t(count) + 1, 0);
    for (uint32_t node = 0; node < count; ++node) {
        if (node != m_snapshot.rootNode)
            ++first[m_dominator[node] + 1];
    }
    for (size_t i = 1; i < first.size(); ++i)
        first[i] += first[i - 1];
    std::vector<uint32_t> children(first.back());
    std::vector<uint32_t> fill(first.begin(), first.end() - 1);
    for (uint32_t node = 0; node < count; ++node) {
        if (node != m_snapshot.rootNode)
            children[fill[m_dominator[node]]++] = node;
    }

    std::vector<uint64_t> sizes(groupCount, 0);
    std::vector<uint32_t> active(groupCount, 0); // members of the group on the current tree path
    std::vector<std::pair<uint32_t, uint32_t>> stack; // node, next child
    stack.emplace_back(m_snapshot.rootNode, first[m_snapshot.rootNode]);
    auto enter = [&](uint32_t node) {
        const int32_t group = groupOfNode[node];
        if (group >= 0 && active[group]++ == 0)
            sizes[group] += m_retained[node];
    };
    enter(m_snapshot.rootNode);
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (next < first[node + 1]) {
            const uint32_t child = children[next++];
            enter(child);
            stack.emplace_back(child, first[child]);
            continue;
        }
        if (const int32_t group = groupOfNode[node]; group >= 0)
            --active[group];
        stack.pop_back();
    }
    return sizes;
}

} // namespace lr
