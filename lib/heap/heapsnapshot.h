#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lr {

// One V8 heap snapshot held as flat columns, the way the file stores it: no object per node or
// edge, so a snapshot of N MB needs well under N MB here (see the README). Nodes and edges are
// addressed by their ordinal; a node's edges are the range [firstEdge[n], firstEdge[n + 1]).
// Types are indexes into nodeTypeNames / edgeTypeNames, read from the file's meta, whose
// order is never assumed: the kind indexes below are looked up by name (-1 when absent).
struct HeapSnapshot
{
    struct NodeKinds
    {
        int hidden = -1, array = -1, string = -1, object = -1, code = -1, closure = -1, native = -1,
            synthetic = -1, consString = -1, slicedString = -1;
    };
    struct EdgeKinds
    {
        int context = -1, element = -1, property = -1, internal = -1, hidden = -1, shortcut = -1, weak = -1;
    };

    std::vector<std::string> nodeTypeNames;
    std::vector<std::string> edgeTypeNames;
    NodeKinds nodeKind;
    EdgeKinds edgeKind;

    std::vector<uint8_t> nodeType;
    std::vector<uint32_t> nodeName; // into the string table
    std::vector<uint32_t> nodeId;   // stable across the snapshots of one process
    std::vector<uint64_t> nodeSelfSize;
    std::vector<uint32_t> firstEdge; // nodeCount() + 1 entries

    std::vector<uint8_t> edgeType;
    std::vector<uint32_t> edgeNameOrIndex; // a string for named edges, a number for element and hidden ones
    std::vector<uint32_t> edgeTo;          // node ordinal

    std::string stringData;             // all strings, back to back
    std::vector<uint64_t> stringStart;  // stringCount() + 1 entries

    uint32_t rootNode = 0;

    uint32_t nodeCount() const { return uint32_t(nodeType.size()); }
    uint32_t edgeCount() const { return uint32_t(edgeType.size()); }
    uint32_t stringCount() const { return stringStart.empty() ? 0 : uint32_t(stringStart.size() - 1); }
    std::string_view string(uint32_t index) const
    {
        return std::string_view(stringData).substr(stringStart[index], stringStart[index + 1] - stringStart[index]);
    }
    std::string_view name(uint32_t node) const { return string(nodeName[node]); }
    uint64_t heapBytes() const;

    // Whether an edge's name_or_index is a number rather than a string index.
    bool edgeHasIndexName(uint32_t edge) const
    {
        return edgeType[edge] == edgeKind.element || edgeType[edge] == edgeKind.hidden;
    }

    // DevTools' class of a node: objects and native objects by their constructor's name, every
    // other kind as a group: "(closure)", "(string)", "(array)", "(system)" for hidden nodes,
    // "(compiled code)", "(concatenated string)", ... The key is equal for nodes of one class
    // within a snapshot: the name's string index for objects, else -1 - type.
    int64_t classKey(uint32_t node) const;
    std::string className(uint32_t node) const;

    // How a retainer path names a node and an edge, as DevTools' retainers view does: a
    // synthetic node by its name ("(GC roots)"), others by class; "[12]" for elements, the name
    // for properties and context variables ('quoted' when it is no identifier), "{name}" for
    // internal edges.
    QString pathNodeName(uint32_t node) const;
    QString pathEdgeName(uint32_t edge) const;

    // Memory held by the arrays, for the README's bytes-per-MB figure and the benchmark.
    uint64_t memoryBytes() const;
};

} // namespace lr
