#include "heap/v8snapshotlayout.h"

namespace lr {

std::optional<V8Layout> findV8Layout(std::string_view text)
{
    constexpr std::string_view blank = " \t\r\n";
    const auto arrayAfter = [&](size_t from, std::string_view key, size_t *begin, size_t *end) {
        const size_t at = text.find_first_not_of(blank, from);
        if (at == std::string_view::npos || text.substr(at, key.size()) != key)
            return false;
        *begin = at + key.size();
        *end = text.find(']', *begin);
        return *end != std::string_view::npos;
    };
    const auto commaAfter = [&](size_t from) {
        const size_t at = text.find_first_not_of(blank, from);
        return at != std::string_view::npos && text[at] == ',' ? at : std::string_view::npos;
    };
    if (!text.starts_with("{"))
        return std::nullopt;
    const size_t nodesKey = text.find("\"nodes\":[");
    if (nodesKey == std::string_view::npos || nodesKey == 0)
        return std::nullopt;
    V8Layout layout{};
    layout.headerEnd = text.find_last_not_of(blank, nodesKey - 1);
    if (text[layout.headerEnd] != ',' || !arrayAfter(nodesKey, "\"nodes\":[", &layout.nodesBegin, &layout.nodesEnd))
        return std::nullopt;
    const size_t afterNodes = commaAfter(layout.nodesEnd + 1);
    if (afterNodes == std::string_view::npos
        || !arrayAfter(afterNodes + 1, "\"edges\":[", &layout.edgesBegin, &layout.edgesEnd))
        return std::nullopt;
    const size_t afterEdges = commaAfter(layout.edgesEnd + 1);
    if (afterEdges == std::string_view::npos)
        return std::nullopt;
    layout.restBegin = afterEdges + 1;
    return layout;
}


} // namespace lr
