#pragma once

#include "heap/heapsnapshot.h"

#include <QString>

#include <string>
#include <vector>

namespace lr {

// snapshot.meta as read: the names of the node and edge fields and, per field, the list of type
// names (empty for the fields that are numbers or strings). resolve() checks that the fields the
// analysis needs are there, in whatever order, and gives each field its role.
struct HeapSnapshotMeta
{
    enum class NodeField { Type, Name, Id, SelfSize, EdgeCount, Other };
    enum class EdgeField { Type, NameOrIndex, ToNode, Other };

    std::vector<std::string> nodeFields, edgeFields;
    std::vector<std::vector<std::string>> nodeTypes, edgeTypes;
    std::vector<NodeField> nodeRoles; // filled by resolve()
    std::vector<EdgeField> edgeRoles;

    // Fills the snapshot's type names and kinds; the reason ("unknown meta: ...") when the meta
    // is not one a heap snapshot has, else an empty string.
    QString resolve(HeapSnapshot &out);
};

} // namespace lr
