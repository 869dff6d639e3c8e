#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace lr::test {

// Writes small .heapsnapshot JSON by hand, in V8's layout (node 0 is the root), for tests of the
// reader and the analysis. Types are V8's names ("object", "closure", "property", "weak", ...).
class HeapSnapshotBuilder
{
public:
    HeapSnapshotBuilder();

    // Returns the node's ordinal. Ids default to 2 * ordinal + 1, as V8 gives odd ids.
    int node(const QString &type, const QString &name, quint64 selfSize, quint64 id = 0);
    // A named edge (property, context, internal, shortcut, weak) or, for element and hidden,
    // `name` is the index as text.
    void edge(int from, const QString &type, const QString &name, int to);

    QByteArray json() const;
    // The same graph with the node fields listed in another order (the reader must follow meta).
    QByteArray jsonWithReorderedFields() const;
    bool writeTo(const QString &path) const;

    static const QStringList kNodeTypes;
    static const QStringList kEdgeTypes;

private:
    struct Node { int type; QString name; quint64 id; quint64 selfSize; };
    struct Edge { int from; int type; QString name; int to; };
    QByteArray build(const QStringList &nodeFields) const;
    int stringIndex(QStringList &strings, const QString &text) const;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace lr::test
