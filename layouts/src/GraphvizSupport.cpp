#include "GraphvizSupport.hpp"

#include <regex>

namespace orgweave::layouts::detail {

namespace {

/// The capture that receives messages now; only touched under graphvizMutex().
std::string* g_capture = nullptr;

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

constexpr std::size_t kMaxMessageLength = 240;

}  // namespace

std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

GVC_t* sharedContext() {
    static GvcHandle context(gvContext());
    return context.get();
}

ErrorCapture::ErrorCapture() {
    g_capture = &m_text;
    m_previous = agseterrf(&ErrorCapture::handler);
    agseterr(AGWARN);
    agreseterrors();
}

ErrorCapture::~ErrorCapture() {
    agseterrf(m_previous);
    agreseterrors();
    g_capture = nullptr;
}

int ErrorCapture::handler(char* text) {
    if (g_capture && text && g_capture->size() < (std::size_t{1} << 20))
        g_capture->append(text);
    return 0;
}

std::vector<GraphvizMessage> ErrorCapture::messages() const {
    // Graphviz writes "Error: " or "Warning: " before each message; other lines continue the
    // previous message (e.g. "String starting: ..." after an unterminated string).
    std::vector<GraphvizMessage> result;
    std::size_t start = 0;
    while (start < m_text.size()) {
        std::size_t end = m_text.find('\n', start);
        if (end == std::string::npos)
            end = m_text.size();
        const std::string_view line(m_text.data() + start, end - start);
        start = end + 1;
        if (trim(line).empty())
            continue;
        if (startsWith(line, "Error: ") || startsWith(line, "Error:")) {
            result.push_back({true, 0, trim(line.substr(6))});
        } else if (startsWith(line, "Warning: ") || startsWith(line, "Warning:")) {
            result.push_back({false, 0, trim(line.substr(8))});
        } else if (result.empty()) {
            result.push_back({true, 0, trim(line)});
        } else {
            result.back().text += " " + trim(line);
        }
    }
    static const std::regex kLine(R"(\s*in line (\d+)( of [^\s]+)?)");
    for (GraphvizMessage& message : result) {
        std::smatch match;
        if (std::regex_search(message.text, match, kLine)) {
            try {
                message.line = std::stoi(match[1].str());
            } catch (const std::exception&) {
                message.line = 0;
            }
            message.text = match.prefix().str() + match.suffix().str();
        }
        if (message.text.size() > kMaxMessageLength) {
            // Cut on a UTF-8 character boundary.
            std::size_t cut = kMaxMessageLength;
            while (cut > 0 && (static_cast<unsigned char>(message.text[cut]) & 0xC0) == 0x80)
                --cut;
            message.text = message.text.substr(0, cut) + "…";
        }
    }
    return result;
}

bool ErrorCapture::hasErrors() const {
    for (const GraphvizMessage& message : messages()) {
        if (message.error)
            return true;
    }
    return false;
}

std::string ErrorCapture::summary() const {
    std::string out;
    for (const GraphvizMessage& message : messages()) {
        if (!out.empty())
            out += "; ";
        out += message.text;
        if (message.line > 0)
            out += " (line " + std::to_string(message.line) + ")";
    }
    return out;
}

void setAttribute(void* object, std::string_view name, std::string_view value) {
    std::string n(name);
    std::string v(value);
    std::string empty;
    agsafeset(object, n.data(), v.data(), empty.data());
}

std::string getAttribute(void* object, std::string_view name) {
    std::string n(name);
    const char* value = agget(object, n.data());
    return value ? std::string(value) : std::string();
}

}  // namespace orgweave::layouts::detail
