#include "heapsnapshotbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr::test {

const QStringList HeapSnapshotBuilder::kNodeTypes = {
    u"hidden"_s, u"array"_s, u"string"_s, u"object"_s, u"code"_s, u"closure"_s, u"regexp"_s, u"number"_s,
    u"native"_s, u"synthetic"_s, u"concatenated string"_s, u"sliced string"_s, u"symbol"_s, u"bigint"_s};
const QStringList HeapSnapshotBuilder::kEdgeTypes = {u"context"_s, u"element"_s, u"property"_s, u"internal"_s,
                                                     u"hidden"_s, u"shortcut"_s, u"weak"_s};

HeapSnapshotBuilder::HeapSnapshotBuilder()
{
    node(u"synthetic"_s, QString(), 0);
}

int HeapSnapshotBuilder::node(const QString &type, const QString &name, quint64 selfSize, quint64 id)
{
    const int ordinal = int(m_nodes.size());
    m_nodes.push_back({int(kNodeTypes.indexOf(type)), name, id ? id : quint64(2 * ordinal + 1), selfSize});
    Q_ASSERT(m_nodes.back().type >= 0);
    return ordinal;
}

void HeapSnapshotBuilder::edge(int from, const QString &type, const QString &name, int to)
{
    m_edges.push_back({from, int(kEdgeTypes.indexOf(type)), name, to});
    Q_ASSERT(m_edges.back().type >= 0);
}

int HeapSnapshotBuilder::stringIndex(QStringList &strings, const QString &text) const
{
    qsizetype at = strings.indexOf(text);
    if (at < 0) {
        strings.append(text);
        at = strings.size() - 1;
    }
    return int(at);
}

QByteArray HeapSnapshotBuilder::build(const QStringList &nodeFields) const
{
    QStringList strings;
    std::vector<Edge> edges = m_edges;
    std::stable_sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.from < b.from; });
    std::vector<qint64> edgeCounts(m_nodes.size(), 0);
    for (const Edge &edge : edges)
        ++edgeCounts[edge.from];
    QJsonArray nodes, edgeNumbers;
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes[n];
        const qint64 edgeCount = edgeCounts[n];
        for (const QString &field : nodeFields) {
            if (field == u"type")
                nodes.append(node.type);
            else if (field == u"name")
                nodes.append(stringIndex(strings, node.name));
            else if (field == u"id")
                nodes.append(qint64(node.id));
            else if (field == u"self_size")
                nodes.append(qint64(node.selfSize));
            else if (field == u"edge_count")
                nodes.append(edgeCount);
            else
                nodes.append(0);
        }
    }
    for (const Edge &edge : edges) {
        edgeNumbers.append(edge.type);
        const bool indexed = kEdgeTypes[edge.type] == u"element" || kEdgeTypes[edge.type] == u"hidden";
        edgeNumbers.append(indexed ? edge.name.toInt() : stringIndex(strings, edge.name));
        edgeNumbers.append(edge.to * int(nodeFields.size()));
    }
    QJsonArray edgeTypes{QJsonArray::fromStringList(kEdgeTypes)};
    // node_types follows node_fields: the type list goes where "type" is.
    QJsonArray orderedNodeTypes;
    for (const QString &field : nodeFields)
        orderedNodeTypes.append(field == u"type" ? QJsonValue(QJsonArray::fromStringList(kNodeTypes)) : QJsonValue(u"number"_s));
    edgeTypes.append(u"string_or_number"_s);
    edgeTypes.append(u"node"_s);
    const QJsonObject meta{{u"node_fields"_s, QJsonArray::fromStringList(nodeFields)},
                           {u"node_types"_s, orderedNodeTypes},
                           {u"edge_fields"_s, QJsonArray{u"type"_s, u"name_or_index"_s, u"to_node"_s}},
                           {u"edge_types"_s, edgeTypes},
                           {u"location_fields"_s, QJsonArray{u"object_index"_s, u"script_id"_s, u"line"_s, u"column"_s}}};
    const QJsonObject header{{u"meta"_s, meta},
                             {u"node_count"_s, qint64(m_nodes.size())},
                             {u"edge_count"_s, qint64(edges.size())}};
    // V8's order of sections: snapshot first, strings last. QJsonObject sorts keys, so join by hand.
    auto compact = [](const QJsonValue &value) {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    };
    return "{\"snapshot\":" + compact(header) + ",\n\"nodes\":" + compact(nodes) + ",\n\"edges\":" + compact(edgeNumbers)
        + ",\n\"locations\":[],\n\"strings\":" + compact(QJsonArray::fromStringList(strings)) + "}\n";
}

QByteArray HeapSnapshotBuilder::json() const
{
    return build({u"type"_s, u"name"_s, u"id"_s, u"self_size"_s, u"edge_count"_s, u"trace_node_id"_s, u"detachedness"_s});
}

QByteArray HeapSnapshotBuilder::jsonWithReorderedFields() const
{
    return build({u"id"_s, u"detachedness"_s, u"edge_count"_s, u"self_size"_s, u"name"_s, u"type"_s});
}

bool HeapSnapshotBuilder::writeTo(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json()) >= 0 && file.flush();
}

} // namespace lr::test
