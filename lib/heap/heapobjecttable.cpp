#include "heap/heapobjecttable.h"

#include <algorithm>
#include <numeric>

namespace lr {

uint32_t HeapClassNames::intern(const std::string &name)
{
    const auto [at, added] = m_index.try_emplace(name, uint32_t(m_names.size()));
    if (added)
        m_names.push_back(name);
    return at->second;
}

HeapObjectTable::HeapObjectTable(const HeapSnapshot &snapshot, HeapClassNames &classes)
{
    build(snapshot, classes, false);
}

void HeapObjectTable::keepNodes(const HeapSnapshot &snapshot, HeapClassNames &classes)
{
    build(snapshot, classes, true);
}

void HeapObjectTable::build(const HeapSnapshot &s, HeapClassNames &classes, bool withNodes)
{
    m_objects.clear();
    m_nodes.clear();
    std::unordered_map<int64_t, uint32_t> groupOfKey; // a snapshot's class keys to shared groups
    std::vector<uint32_t> nodes;
    for (uint32_t node = 0; node < s.nodeCount(); ++node) {
        if (s.nodeSelfSize[node] == 0 && s.nodeType[node] != s.nodeKind.native)
            continue; // DevTools leaves these out of its class lists
        const int64_t key = s.classKey(node);
        auto found = groupOfKey.find(key);
        if (found == groupOfKey.end())
            found = groupOfKey.emplace(key, classes.intern(s.className(node))).first;
        m_objects.push_back({s.nodeId[node], found->second, s.nodeSelfSize[node]});
        nodes.push_back(node);
    }
    const auto byId = [](const HeapObject &a, const HeapObject &b) { return a.id < b.id; };
    if (std::is_sorted(m_objects.begin(), m_objects.end(), byId)) {
        if (withNodes)
            m_nodes = std::move(nodes);
        return;
    }
    std::vector<uint32_t> order(m_objects.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return m_objects[a].id < m_objects[b].id; });
    std::vector<HeapObject> sorted(m_objects.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = m_objects[order[i]];
    m_objects = std::move(sorted);
    if (withNodes) {
        m_nodes.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            m_nodes[i] = nodes[order[i]];
    }
}

const HeapObject *HeapObjectTable::find(uint32_t id) const
{
    const auto at = std::lower_bound(m_objects.begin(), m_objects.end(), id,
                                     [](const HeapObject &object, uint32_t value) { return object.id < value; });
    return at != m_objects.end() && at->id == id ? &*at : nullptr;
}

} // namespace lr
