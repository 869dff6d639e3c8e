#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace lr {

// Where V8 puts the sections: `{"snapshot":{...},\n"nodes":[...],\n"edges":[...],\n...}` with
// the number arrays holding nothing but numbers. Offsets into the file; restBegin is past the
// comma after the edges.
struct V8Layout
{
    size_t headerEnd, nodesBegin, nodesEnd, edgesBegin, edgesEnd, restBegin;
};

// nullopt for any other layout (or a file cut before the strings), which is then read as one
// document, with the messages that gives.
std::optional<V8Layout> findV8Layout(std::string_view text);

} // namespace lr
