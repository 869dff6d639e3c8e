#include "heap/heapsnapshot.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

bool isIdentifier(std::string_view name)
{
    if (name.empty() || (name.front() >= '0' && name.front() <= '9'))
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '$' || (static_cast<unsigned char>(c) >= 0x80);
        if (!ok)
            return false;
    }
    return true;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

uint64_t HeapSnapshot::heapBytes() const
{
    return std::accumulate(nodeSelfSize.begin(), nodeSelfSize.end(), uint64_t(0));
}

int64_t HeapSnapshot::classKey(uint32_t node) const
{
    const int type = nodeType[node];
    if (type == nodeKind.object || type == nodeKind.native)
        return nodeName[node];
    return -1 - type;
}

std::string HeapSnapshot::className(uint32_t node) const
{
    const int type = nodeType[node];
    if (type == nodeKind.object || type == nodeKind.native)
        return std::string(name(node));
    if (type == nodeKind.hidden)
        return "(system)";
    if (type == nodeKind.code)
        return "(compiled code)";
    return '(' + nodeTypeNames[type] + ')';
}

QString HeapSnapshot::pathNodeName(uint32_t node) const
{
    if (nodeType[node] == nodeKind.synthetic)
        return fromUtf8(name(node));
    return fromUtf8(className(node));
}

QString HeapSnapshot::pathEdgeName(uint32_t edge) const
{
    const int type = edgeType[edge];
    if (edgeHasIndexName(edge))
        return u"[%1]"_s.arg(edgeNameOrIndex[edge]);
    const std::string_view name = string(edgeNameOrIndex[edge]);
    if (type == edgeKind.internal)
        return u'{' + fromUtf8(name) + u'}';
    if (type == edgeKind.weak)
        return u"[["_s + fromUtf8(name) + u"]]"_s;
    if (isIdentifier(name))
        return fromUtf8(name);
    return u'\'' + fromUtf8(name) + u'\'';
}

uint64_t HeapSnapshot::memoryBytes() const
{
    return nodeType.capacity() + nodeName.capacity() * 4 + nodeId.capacity() * 4 + nodeSelfSize.capacity() * 8
        + firstEdge.capacity() * 4 + edgeType.capacity() + edgeNameOrIndex.capacity() * 4 + edgeTo.capacity() * 4
        + stringData.capacity() + stringStart.capacity() * 8;
}

} // namespace lr
