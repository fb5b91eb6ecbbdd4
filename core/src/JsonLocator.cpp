#include "JsonLocator.hpp"

#include "Utf8.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace orgweave::core {

std::string appendPointer(const std::string& base, std::string_view token) {
    std::string out = base;
    out += '/';
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string appendPointer(const std::string& base, std::size_t index) {
    return base + '/' + std::to_string(index);
}

std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Skips a string starting at text[i] == '"'; returns the index after the closing quote.
std::size_t skipString(std::string_view text, std::size_t i) {
    ++i;
    while (i < text.size()) {
        if (text[i] == '\\') {
            i += 2;
        } else if (text[i] == '"') {
            return i + 1;
        } else {
            ++i;
        }
    }
    return text.size();
}

/// Decodes the JSON string starting at text[i] == '"' (good enough for object keys).
std::string decodeString(std::string_view text, std::size_t i, std::size_t end) {
    std::string out;
    for (++i; i + 1 < end; ++i) {
        char c = text[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        char e = text[++i];
        switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                if (i + 4 < end) {
                    unsigned code = std::stoul(std::string(text.substr(i + 1, 4)), nullptr, 16);
                    i += 4;
                    if (code >= 0xD800 && code < 0xDC00 && i + 6 < end && text[i + 1] == '\\' &&
                        text[i + 2] == 'u') {
                        unsigned low = std::stoul(std::string(text.substr(i + 3, 4)), nullptr, 16);
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                    appendUtf8(out, code);
                }
                break;
            }
            default:
                out += e;
                break;
        }
    }
    return out;
}

struct Frame {
    bool isObject = false;
    std::string pointer;
    std::size_t index = 0;
    std::string key;
};

/// Scans the text once and records the offset of each wanted pointer.
std::map<std::string, std::size_t> scanOffsets(std::string_view text, const std::set<std::string>& wanted) {
    std::map<std::string, std::size_t> found;
    std::vector<Frame> stack;
    auto record = [&](const std::string& pointer, std::size_t offset) {
        if (wanted.count(pointer))
            found.emplace(pointer, offset);
    };
    auto currentPointer = [&]() -> std::string {
        if (stack.empty())
            return "";
        const Frame& f = stack.back();
        return f.isObject ? appendPointer(f.pointer, f.key) : appendPointer(f.pointer, f.index);
    };
    bool expectKey = false;
    std::size_t i = 0;
    while (i < text.size() && found.size() < wanted.size()) {
        char c = text[i];
        if (isSpace(c) || c == ':') {
            ++i;
            continue;
        }
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isObject) {
                    expectKey = true;
                } else {
                    ++stack.back().index;
                }
            }
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            ++i;
            continue;
        }
        if (expectKey && c == '"') {
            std::size_t end = skipString(text, i);
            stack.back().key = decodeString(text, i, end);
            expectKey = false;
            i = end;
            continue;
        }
        // A value starts here.
        std::string pointer = currentPointer();
        record(pointer, i);
        if (c == '{' || c == '[') {
            stack.push_back(Frame{c == '{', pointer, 0, {}});
            expectKey = c == '{';
            ++i;
            // An empty array has no first element: keep index 0 but nothing is recorded.
            continue;
        }
        if (c == '"') {
            i = skipString(text, i);
        } else {
            while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != '}' && text[i] != ']')
                ++i;
        }
    }
    return found;
}

std::string parentPointer(const std::string& pointer) {
    auto slash = pointer.rfind('/');
    return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

}  // namespace

std::optional<std::size_t> findExcessiveNesting(std::string_view text, int maxDepth) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            i = skipString(text, i) - 1;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

void locateDiagnostics(std::string_view text, Diagnostics& diagnostics) {
    std::set<std::string> wanted;
    for (const Diagnostic& d : diagnostics) {
        if (d.line > 0)
            continue;
        for (std::string p = d.pointer;; p = parentPointer(p)) {
            wanted.insert(p);
            if (p.empty())
                break;
        }
    }
    if (wanted.empty())
        return;
    const auto offsets = scanOffsets(text, wanted);
    for (Diagnostic& d : diagnostics) {
        if (d.line > 0)
            continue;
        for (std::string p = d.pointer;; p = parentPointer(p)) {
            auto it = offsets.find(p);
            if (it != offsets.end()) {
                std::tie(d.line, d.column) = lineColumnOf(text, it->second);
                break;
            }
            if (p.empty())
                break;
        }
    }
}

}  // namespace orgweave::core
