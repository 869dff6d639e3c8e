#pragma once

#include "heap/heapsnapshot.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace lr {

// Class names shared by the snapshots of one comparison, so that a group is one number.
class HeapClassNames
{
public:
    uint32_t intern(const std::string &name);
    const std::string &name(uint32_t group) const { return m_names[group]; }
    size_t size() const { return m_names.size(); }

private:
    std::unordered_map<std::string, uint32_t> m_index;
    std::vector<std::string> m_names;
};

// The objects of one snapshot as DevTools' Comparison counts them: every node with a self size
// (and every native one), with its stable id, its class and its size, sorted by id so that two
// snapshots are matched in one merge. 16 bytes an object, the snapshot itself can then go.
struct HeapObject
{
    uint32_t id;
    uint32_t group;
    uint64_t selfSize;
};

class HeapObjectTable
{
public:
    HeapObjectTable() = default;
    HeapObjectTable(const HeapSnapshot &snapshot, HeapClassNames &classes);

    const std::vector<HeapObject> &objects() const { return m_objects; }
    // Each object's node, for the snapshot the table was made from (kept only when asked).
    const std::vector<uint32_t> &nodes() const { return m_nodes; }
    void keepNodes(const HeapSnapshot &snapshot, HeapClassNames &classes);

    // The object with `id`, or nullptr.
    const HeapObject *find(uint32_t id) const;

private:
    void build(const HeapSnapshot &snapshot, HeapClassNames &classes, bool withNodes);

    std::vector<HeapObject> m_objects;
    std::vector<uint32_t> m_nodes;
};

} // namespace lr
