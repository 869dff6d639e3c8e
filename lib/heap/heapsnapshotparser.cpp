#include "heap/heapsnapshotparser.h"

#include "heap/heapsnapshotmeta.h"
#include "heap/heapsnapshotreader.h"
#include "heap/v8snapshotlayout.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace lr {

namespace {

using NodeField = HeapSnapshotMeta::NodeField;
using EdgeField = HeapSnapshotMeta::EdgeField;

constexpr uint64_t kProgressEvery = uint64_t(1) << 16; // values between progress calls
// No object is this large (16 GiB); the limit keeps any sum of sizes far from overflowing.
constexpr uint64_t kMaxSelfSize = uint64_t(1) << 34;

constexpr size_t kChunkBytes = size_t(1) << 20; // 1 MB chunks: an index of a few MB, same speed as 8

} // namespace

struct HeapSnapshotParser::State
{
    State(HeapSnapshotParser &parser, HeapSnapshot &snapshot)
        : owner(parser)
        , out(snapshot)
    {
    }

    HeapSnapshotParser &owner;
    HeapSnapshot &out;
    od::document doc;
    bool haveDoc = false;             // whether `doc` holds a started document
    const char *pieceData = nullptr; // what `doc` parses: the file, or a piece of it copied
    size_t pieceBase = 0;            // the file offset of pieceData[0]
    QString section; // the JSON path being read, for messages

    HeapSnapshotMeta meta;
    size_t nodeFieldCount = 0, edgeFieldCount = 0;
    uint64_t nodeCountHint = 0, edgeCountHint = 0, rootIndex = 0;
    bool haveMeta = false, haveNodes = false, haveEdges = false, haveStrings = false;
    uint64_t edgeCountSum = 0;

    bool fail(const QString &reason)
    {
        owner.m_error = owner.m_name + u": "_s + reason;
        return false;
    }

    size_t offset()
    {
        const char *at = nullptr;
        if (!haveDoc)
            return pieceBase; // simdjson refused the piece before it had a position in it
        if (doc.current_location().get(at) != simdjson::SUCCESS || !at)
            return owner.m_size;
        return pieceBase + size_t(at - pieceData);
    }

    bool isTruncation(simdjson::error_code error)
    {
        return error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || error == simdjson::UNCLOSED_STRING
            || error == simdjson::EMPTY || error == simdjson::TAPE_ERROR;
    }

    bool jsonError(simdjson::error_code error)
    {
        if (isTruncation(error)) {
            return fail(section.isEmpty()
                            ? HeapSnapshotReader::tr("truncated: the file ends at byte %1, before its JSON is complete").arg(owner.m_size)
                            : HeapSnapshotReader::tr("truncated: the file ends at byte %1, inside \"%2\"").arg(owner.m_size).arg(section));
        }
        const QString where = section.isEmpty() ? QString() : HeapSnapshotReader::tr(" in \"%1\"").arg(section);
        return fail(HeapSnapshotReader::tr("not valid JSON%1 at byte %2: %3").arg(where).arg(offset()).arg(QString::fromUtf8(simdjson::error_message(error))));
    }

    bool progress()
    {
        if (!owner.m_progress || owner.m_progress(double(offset()) / double(std::max<size_t>(owner.m_size, 1))))
            return true;
        owner.m_cancelled = true;
        return fail(HeapSnapshotReader::tr("cancelled"));
    }

    bool readStringList(od::value value, std::vector<std::string> &list)
    {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("unknown meta: \"%1\" is not a list").arg(section)) : jsonError(error);
        for (auto element : array) {
            std::string_view text;
            if (auto error = element.get_string().get(text))
                return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("unknown meta: \"%1\" holds a non-string").arg(section))
                                                         : jsonError(error);
            list.emplace_back(text);
        }
        return true;
    }

    // node_types / edge_types: per field, the list of type names for the enumerated one, a
    // word ("string", "number") for the others.
    bool readTypeLists(od::value value, std::vector<std::vector<std::string>> &lists)
    {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("unknown meta: \"%1\" is not a list").arg(section)) : jsonError(error);
        for (auto element : array) {
            od::value item;
            if (auto error = element.get(item))
                return jsonError(error);
            od::json_type type;
            if (auto error = item.type().get(type))
                return jsonError(error);
            lists.emplace_back();
            if (type == od::json_type::array && !readStringList(item, lists.back()))
                return false;
        }
        return true;
    }

    bool readMeta(od::value value)
    {
        od::object object;
        if (auto error = value.get_object().get(object))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("not a heap snapshot: \"snapshot.meta\" is not an object")) : jsonError(error);
        for (auto field : object) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return jsonError(error);
            section = u"snapshot.meta."_s + QString::fromUtf8(key.data(), qsizetype(key.size()));
            bool ok = true;
            if (key == "node_fields")
                ok = readStringList(field.value(), meta.nodeFields);
            else if (key == "edge_fields")
                ok = readStringList(field.value(), meta.edgeFields);
            else if (key == "node_types")
                ok = readTypeLists(field.value(), meta.nodeTypes);
            else if (key == "edge_types")
                ok = readTypeLists(field.value(), meta.edgeTypes);
            if (!ok)
                return false;
        }
        return resolveMeta();
    }

    bool resolveMeta()
    {
        section = u"snapshot.meta"_s;
        if (const QString reason = meta.resolve(out); !reason.isEmpty())
            return fail(reason);
        nodeFieldCount = meta.nodeFields.size();
        edgeFieldCount = meta.edgeFields.size();
        haveMeta = true;
        return true;
    }

    bool readSnapshotHeader(od::value value)
    {
        od::object header;
        if (auto error = value.get_object().get(header))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("not a heap snapshot: \"snapshot\" is not an object")) : jsonError(error);
        for (auto field : header) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return jsonError(error);
            section = u"snapshot."_s + QString::fromUtf8(key.data(), qsizetype(key.size()));
            uint64_t *number = key == "node_count" ? &nodeCountHint
                : key == "edge_count"              ? &edgeCountHint
                : key == "root_index"              ? &rootIndex
                                                   : nullptr;
            if (key == "meta") {
                if (!readMeta(field.value()))
                    return false;
            } else if (number) {
                if (auto error = field.value().get_uint64().get(*number))
                    return isTruncation(error) ? jsonError(error) : fail(HeapSnapshotReader::tr("\"%1\" is not a whole number").arg(section));
            }
        }
        if (!haveMeta)
            return fail(HeapSnapshotReader::tr("not a heap snapshot: \"snapshot\" has no \"meta\""));
        return true;
    }

    bool badValue(simdjson::error_code error, uint64_t index, const char *what)
    {
        if (isTruncation(error))
            return jsonError(error);
        return fail(HeapSnapshotReader::tr("%1[%2] is not %3").arg(section).arg(index).arg(HeapSnapshotReader::tr(what)));
    }

    // Where a flat number array is, across the pieces it may be read in.
    struct NumberCursor
    {
        uint64_t index = 0;
        size_t field = 0;
    };

    // Calls `take(field, value, index)` for every number of (a piece of) a flat array,
    // `fieldCount` per record.
    template<typename Take>
    bool readNumberArray(od::array array, size_t fieldCount, NumberCursor &cursor, Take &&take)
    {
        for (auto element : array) {
            uint64_t number = 0;
            if (auto error = element.get_uint64().get(number))
                return badValue(error, cursor.index, QT_TRANSLATE_NOOP("lr::HeapSnapshotReader", "a whole number >= 0"));
            if (!take(cursor.field, number, cursor.index))
                return false;
            if (++cursor.field == fieldCount)
                cursor.field = 0;
            if ((++cursor.index % kProgressEvery) == 0 && !progress())
                return false;
        }
        return true;
    }

    bool endNumbers(const NumberCursor &cursor, size_t fieldCount)
    {
        if (cursor.field == 0)
            return true;
        return fail(HeapSnapshotReader::tr("\"%1\" has %2 numbers, not a multiple of its %3 fields").arg(section).arg(cursor.index).arg(fieldCount));
    }

    template<typename Take>
    bool readNumbers(od::value value, size_t fieldCount, Take &&take)
    {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("\"%1\" is not a list").arg(section)) : jsonError(error);
        NumberCursor cursor;
        return readNumberArray(array, fieldCount, cursor, take) && endNumbers(cursor, fieldCount);
    }

    bool fitsUint32(uint64_t number, uint64_t index)
    {
        if (number <= std::numeric_limits<uint32_t>::max())
            return true;
        return fail(HeapSnapshotReader::tr("%1[%2] is %3, larger than a heap snapshot can hold").arg(section).arg(index).arg(number));
    }

    template<typename T>
    void reserveFor(std::vector<T> &column, uint64_t hint, size_t fieldCount)
    {
        // Each number takes at least two characters: a count beyond that is a lie, not a reason to
        // allocate.
        column.reserve(size_t(std::min<uint64_t>(hint, owner.m_size / (2 * fieldCount) + 1)));
    }

    void prepareNodes()
    {
        reserveFor(out.nodeType, nodeCountHint, nodeFieldCount);
        reserveFor(out.nodeName, nodeCountHint, nodeFieldCount);
        reserveFor(out.nodeId, nodeCountHint, nodeFieldCount);
        reserveFor(out.nodeSelfSize, nodeCountHint, nodeFieldCount);
        reserveFor(out.firstEdge, nodeCountHint + 1, nodeFieldCount);
    }

    bool readNodes(od::value value)
    {
        prepareNodes();
        return readNumbers(value, nodeFieldCount, [&](size_t field, uint64_t number, uint64_t index) { return takeNode(field, number, index); });
    }

    bool takeNode(size_t field, uint64_t number, uint64_t index)
    {
        const size_t typeCount = out.nodeTypeNames.size();
        {
            switch (meta.nodeRoles[field]) {
            case NodeField::Type:
                if (number >= typeCount)
                    return fail(HeapSnapshotReader::tr("%1[%2]: node type %3 is not in snapshot.meta.node_types").arg(section).arg(index).arg(number));
                out.nodeType.push_back(uint8_t(number));
                break;
            case NodeField::Name:
                if (!fitsUint32(number, index))
                    return false;
                out.nodeName.push_back(uint32_t(number));
                break;
            case NodeField::Id:
                if (!fitsUint32(number, index))
                    return false;
                out.nodeId.push_back(uint32_t(number));
                break;
            case NodeField::SelfSize:
                if (number > kMaxSelfSize)
                    return fail(HeapSnapshotReader::tr("%1[%2] is %3, larger than a heap snapshot can hold").arg(section).arg(index).arg(number));
                out.nodeSelfSize.push_back(number);
                break;
            case NodeField::EdgeCount:
                if (!fitsUint32(number, index))
                    return false;
                out.firstEdge.push_back(uint32_t(number)); // a count until finish() sums them up
                edgeCountSum += number;
                break;
            case NodeField::Other:
                break;
            }
            return true;
        }
    }

    void prepareEdges()
    {
        reserveFor(out.edgeType, edgeCountHint, edgeFieldCount);
        reserveFor(out.edgeNameOrIndex, edgeCountHint, edgeFieldCount);
        reserveFor(out.edgeTo, edgeCountHint, edgeFieldCount);
    }

    bool readEdges(od::value value)
    {
        prepareEdges();
        return readNumbers(value, edgeFieldCount, [&](size_t field, uint64_t number, uint64_t index) { return takeEdge(field, number, index); });
    }

    bool takeEdge(size_t field, uint64_t number, uint64_t index)
    {
        const size_t typeCount = out.edgeTypeNames.size();
        {
            switch (meta.edgeRoles[field]) {
            case EdgeField::Type:
                if (number >= typeCount)
                    return fail(HeapSnapshotReader::tr("%1[%2]: edge type %3 is not in snapshot.meta.edge_types").arg(section).arg(index).arg(number));
                out.edgeType.push_back(uint8_t(number));
                break;
            case EdgeField::NameOrIndex:
                if (!fitsUint32(number, index))
                    return false;
                out.edgeNameOrIndex.push_back(uint32_t(number));
                break;
            case EdgeField::ToNode:
                if (number % nodeFieldCount != 0)
                    return fail(HeapSnapshotReader::tr("%1[%2]: to_node %3 does not point at the start of a node").arg(section).arg(index).arg(number));
                if (!fitsUint32(number / nodeFieldCount, index))
                    return false;
                out.edgeTo.push_back(uint32_t(number / nodeFieldCount));
                break;
            case EdgeField::Other:
                break;
            }
            return true;
        }
    }

    bool readStrings(od::value value)
    {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("\"strings\" is not a list")) : jsonError(error);
        out.stringStart.push_back(0);
        uint64_t index = 0;
        for (auto element : array) {
            od::value item;
            if (auto error = element.get(item))
                return jsonError(error);
            std::string_view text;
            if (auto error = item.get_string().get(text)) {
                if (isTruncation(error))
                    return jsonError(error);
                // V8 writes lone surrogates as \uD8xx escapes, which are no UTF-8: keep such a
                // string as it is written rather than refuse the snapshot.
                if (error != simdjson::STRING_ERROR || item.raw_json_token().size() < 2)
                    return badValue(error, index, QT_TRANSLATE_NOOP("lr::HeapSnapshotReader", "a string"));
                text = item.raw_json_token();
                text = text.substr(1, text.find_last_of('"') - 1);
            }
            out.stringData.append(text);
            out.stringStart.push_back(out.stringData.size());
            if ((++index % kProgressEvery) == 0 && !progress())
                return false;
        }
        if (index > std::numeric_limits<uint32_t>::max())
            return fail(HeapSnapshotReader::tr("\"strings\" holds more strings than a heap snapshot can"));
        return true;
    }

    bool readDocument()
    {
        return readTopLevel() && checkSections();
    }

    // The top-level keys of the document (or of a piece of it, in readInPieces()).
    bool readTopLevel()
    {
        od::object root;
        if (auto error = doc.get_object().get(root))
            return error == simdjson::INCORRECT_TYPE ? fail(HeapSnapshotReader::tr("not a heap snapshot: the file is not a JSON object")) : jsonError(error);
        for (auto field : root) {
            std::string_view key;
            section.clear();
            if (auto error = field.unescaped_key().get(key))
                return jsonError(error);
            section = QString::fromUtf8(key.data(), qsizetype(key.size()));
            const bool bulk = key == "nodes" || key == "edges";
            if (bulk && !haveMeta)
                return fail(HeapSnapshotReader::tr("not a heap snapshot: \"%1\" comes before \"snapshot\" and its meta").arg(section));
            bool ok = true;
            if (key == "snapshot")
                ok = readSnapshotHeader(field.value());
            else if (key == "nodes")
                ok = (haveNodes = true) && readNodes(field.value());
            else if (key == "edges")
                ok = (haveEdges = true) && readEdges(field.value());
            else if (key == "strings")
                ok = (haveStrings = true) && readStrings(field.value());
            if (!ok)
                return false;
        }
        return true;
    }

    bool checkSections()
    {
        section.clear();
        if (!haveMeta)
            return fail(HeapSnapshotReader::tr("not a heap snapshot: no \"snapshot\" with its meta"));
        for (const auto &[present, name] : {std::pair{haveNodes, "nodes"}, {haveEdges, "edges"}, {haveStrings, "strings"}}) {
            if (!present)
                return fail(HeapSnapshotReader::tr("not a heap snapshot: no \"%1\"").arg(QLatin1StringView(name)));
        }
        return true;
    }

    // Starts parsing `length` bytes at `data`, which stand at file offset `base` (followed by
    // simdjson::SIMDJSON_PADDING readable bytes).
    bool iteratePiece(od::parser &parser, const char *data, size_t length, size_t base)
    {
        pieceData = data;
        pieceBase = base;
        haveDoc = false;
        if (auto error = parser.iterate(data, length, length + simdjson::SIMDJSON_PADDING).get(doc)) {
            if (error == simdjson::UTF8_ERROR)
                return fail(HeapSnapshotReader::tr("not a heap snapshot: the file is not UTF-8 text"));
            return jsonError(error);
        }
        haveDoc = true;
        return true;
    }

    // V8's layout, read in pieces so that simdjson's index (4 bytes per number) covers one
    // chunk of the number arrays at a time instead of the whole file: the header, the nodes and
    // edges in chunks of kChunkBytes, then the rest (strings and the optional sections).
    template<typename Take>
    bool readArrayInChunks(od::parser &parser, size_t begin, size_t end, size_t fieldCount, Take &&take)
    {
        NumberCursor cursor;
        std::vector<char> chunk;
        for (size_t at = begin; at < end;) {
            size_t stop = end;
            if (end - at > kChunkBytes) {
                // Cut after a comma, so that the chunk holds whole numbers.
                const size_t comma = std::string_view(owner.m_data + at, kChunkBytes).rfind(',');
                stop = comma == std::string_view::npos ? end : at + comma;
            }
            chunk.assign(1, '[');
            chunk.insert(chunk.end(), owner.m_data + at, owner.m_data + stop);
            chunk.push_back(']');
            const size_t length = chunk.size();
            chunk.resize(length + simdjson::SIMDJSON_PADDING, '\0');
            if (!iteratePiece(parser, chunk.data(), length, at - 1))
                return false;
            od::array array;
            if (auto error = doc.get_array().get(array))
                return jsonError(error);
            if (!readNumberArray(array, fieldCount, cursor, take))
                return false;
            at = stop + (stop < end ? 1 : 0); // past the comma
        }
        return endNumbers(cursor, fieldCount);
    }

    // A piece of the file between `begin` and `end` wrapped in braces, as a document of its own.
    bool readObjectPiece(od::parser &parser, std::vector<char> &buffer, size_t begin, size_t end)
    {
        buffer.assign(1, '{');
        buffer.insert(buffer.end(), owner.m_data + begin, owner.m_data + end);
        buffer.push_back('}');
        const size_t length = buffer.size();
        buffer.resize(length + simdjson::SIMDJSON_PADDING, '\0');
        return iteratePiece(parser, buffer.data(), length, begin - 1) && readTopLevel();
    }

    bool readInPieces(od::parser &parser, const V8Layout &layout)
    {
        std::vector<char> buffer;
        // The header: `{"snapshot":{...}` up to the comma before "nodes", closed here.
        if (!readObjectPiece(parser, buffer, 1, layout.headerEnd))
            return false;
        if (!haveMeta)
            return fail(HeapSnapshotReader::tr("not a heap snapshot: no \"snapshot\" with its meta"));
        section = u"nodes"_s;
        prepareNodes();
        if (!readArrayInChunks(parser, layout.nodesBegin, layout.nodesEnd, nodeFieldCount,
                               [&](size_t field, uint64_t number, uint64_t index) { return takeNode(field, number, index); }))
            return false;
        section = u"edges"_s;
        prepareEdges();
        if (!readArrayInChunks(parser, layout.edgesBegin, layout.edgesEnd, edgeFieldCount,
                               [&](size_t field, uint64_t number, uint64_t index) { return takeEdge(field, number, index); }))
            return false;
        haveNodes = haveEdges = true;
        section.clear();
        buffer = {};
        // The rest after the comma that follows the edges, up to and with the closing brace.
        const size_t last = std::string_view(owner.m_data, owner.m_size).find_last_not_of(" \t\r\n");
        if (last == std::string_view::npos || owner.m_data[last] != '}')
            return fail(HeapSnapshotReader::tr("truncated: the file ends at byte %1, before its JSON is complete").arg(owner.m_size));
        return readObjectPiece(parser, buffer, layout.restBegin, last) && checkSections();
    }

    // Every index the analysis follows must be in range.
    bool finish()
    {
        section.clear();
        const uint64_t nodeCount = out.nodeType.size();
        const uint64_t edgeCount = out.edgeType.size();
        if (nodeCount == 0)
            return fail(HeapSnapshotReader::tr("the snapshot has no nodes"));
        if (edgeCountSum != edgeCount)
            return fail(HeapSnapshotReader::tr("the nodes' edge counts add up to %1, but \"edges\" holds %2 edges").arg(edgeCountSum).arg(edgeCount));
        if (edgeCount > std::numeric_limits<uint32_t>::max())
            return fail(HeapSnapshotReader::tr("more edges than a heap snapshot can hold"));
        uint32_t sum = 0;
        for (uint32_t &first : out.firstEdge)
            first = std::exchange(sum, sum + first);
        out.firstEdge.push_back(sum);
        const uint32_t strings = out.stringCount();
        for (uint64_t node = 0; node < nodeCount; ++node) {
            if (out.nodeName[node] >= strings)
                return fail(HeapSnapshotReader::tr("nodes[%1]: name %2 is not in \"strings\"").arg(node * nodeFieldCount).arg(out.nodeName[node]));
        }
        for (uint64_t edge = 0; edge < edgeCount; ++edge) {
            if (out.edgeTo[edge] >= nodeCount)
                return fail(HeapSnapshotReader::tr("edges[%1]: to_node points past the last node").arg(edge * edgeFieldCount));
            if (!out.edgeHasIndexName(uint32_t(edge)) && out.edgeNameOrIndex[edge] >= strings)
                return fail(HeapSnapshotReader::tr("edges[%1]: name %2 is not in \"strings\"").arg(edge * edgeFieldCount).arg(out.edgeNameOrIndex[edge]));
        }
        if (rootIndex % nodeFieldCount != 0 || rootIndex / nodeFieldCount >= nodeCount)
            return fail(HeapSnapshotReader::tr("snapshot.root_index %1 is not a node").arg(rootIndex));
        out.rootNode = uint32_t(rootIndex / nodeFieldCount);
        return true;
    }
};

HeapSnapshotParser::HeapSnapshotParser(const char *data, size_t size, const QString &displayName,
                                       std::function<bool(double)> progress)
    : m_data(data)
    , m_size(size)
    , m_name(displayName)
    , m_progress(std::move(progress))
{
}

HeapSnapshotParser::~HeapSnapshotParser() = default;

bool HeapSnapshotParser::parse(HeapSnapshot &snapshot)
{
    m_error.clear();
    m_cancelled = false;
    snapshot = {};
    od::parser parser;
    State state(*this, snapshot);
    if (m_size == 0)
        return state.fail(HeapSnapshotReader::tr("not a heap snapshot: the file is empty"));
    const std::optional<V8Layout> layout = findV8Layout(std::string_view(m_data, m_size));
    const bool read = layout ? state.readInPieces(parser, *layout)
                             : state.iteratePiece(parser, m_data, m_size, 0) && state.readDocument();
    if (!read || !state.finish()) {
        snapshot = {};
        return false;
    }
    return true;
}

} // namespace lr
