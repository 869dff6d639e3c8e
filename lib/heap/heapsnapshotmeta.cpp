#include "heap/heapsnapshotmeta.h"

#include "heap/heapsnapshotreader.h"

#include <algorithm>
#include <string_view>

namespace lr {

namespace {

int indexOf(const std::vector<std::string> &list, std::string_view name)
{
    const auto found = std::find(list.begin(), list.end(), name);
    return found == list.end() ? -1 : int(found - list.begin());
}

} // namespace

QString HeapSnapshotMeta::resolve(HeapSnapshot &out)
{
    for (const char *required : {"type", "name", "id", "self_size", "edge_count"}) {
        if (indexOf(nodeFields, required) < 0)
            return HeapSnapshotReader::tr("unknown meta: node_fields has no \"%1\"").arg(QLatin1StringView(required));
    }
    for (const char *required : {"type", "name_or_index", "to_node"}) {
        if (indexOf(edgeFields, required) < 0)
            return HeapSnapshotReader::tr("unknown meta: edge_fields has no \"%1\"").arg(QLatin1StringView(required));
    }
    const int nodeTypeField = indexOf(nodeFields, "type");
    const int edgeTypeField = indexOf(edgeFields, "type");
    if (size_t(nodeTypeField) >= nodeTypes.size() || nodeTypes[nodeTypeField].empty())
        return HeapSnapshotReader::tr("unknown meta: node_types has no list of node types");
    if (size_t(edgeTypeField) >= edgeTypes.size() || edgeTypes[edgeTypeField].empty())
        return HeapSnapshotReader::tr("unknown meta: edge_types has no list of edge types");
    if (nodeTypes[nodeTypeField].size() > 255 || edgeTypes[edgeTypeField].size() > 255)
        return HeapSnapshotReader::tr("unknown meta: more than 255 node or edge types");
    out.nodeTypeNames = nodeTypes[nodeTypeField];
    out.edgeTypeNames = edgeTypes[edgeTypeField];
    const auto &nt = out.nodeTypeNames;
    out.nodeKind = {indexOf(nt, "hidden"), indexOf(nt, "array"), indexOf(nt, "string"), indexOf(nt, "object"),
                    indexOf(nt, "code"), indexOf(nt, "closure"), indexOf(nt, "native"), indexOf(nt, "synthetic"),
                    indexOf(nt, "concatenated string"), indexOf(nt, "sliced string")};
    const auto &et = out.edgeTypeNames;
    out.edgeKind = {indexOf(et, "context"), indexOf(et, "element"), indexOf(et, "property"), indexOf(et, "internal"),
                    indexOf(et, "hidden"), indexOf(et, "shortcut"), indexOf(et, "weak")};
    for (const std::string &name : nodeFields) {
        nodeRoles.push_back(name == "type"         ? NodeField::Type
                            : name == "name"       ? NodeField::Name
                            : name == "id"         ? NodeField::Id
                            : name == "self_size"  ? NodeField::SelfSize
                            : name == "edge_count" ? NodeField::EdgeCount
                                                   : NodeField::Other);
    }
    for (const std::string &name : edgeFields) {
        edgeRoles.push_back(name == "type"            ? EdgeField::Type
                            : name == "name_or_index" ? EdgeField::NameOrIndex
                            : name == "to_node"       ? EdgeField::ToNode
                                                      : EdgeField::Other);
    }
    return QString();
}

} // namespace lr
