#pragma once
// Private to orgweave_layouts: the few things every use of the Graphviz C libraries needs.
//
// Sections: process-wide lock · error capture · RAII handles · attributes
//
// cgraph and gvc keep global state (the DOT lexer, the error handler, the current graph), so every
// call into them happens under graphvizMutex(). Messages that Graphviz reports through agerr are
// captured by an ErrorCapture (agseterrf) instead of going to stderr.

#include <orgweave/core/Diagnostic.hpp>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// Flushes the DOT lexer's buffer. Exported by libcgraph but not declared in its headers; without it
// the text left after the first graph of one parse leaks into the next parse.
extern "C" void aglexbad(void);

namespace orgweave::layouts::detail {

// ---- process-wide lock ------------------------------------------------------------------------

/// Held while any cgraph or gvc function runs.
std::mutex& graphvizMutex();

// ---- error capture ----------------------------------------------------------------------------

/// One message reported by Graphviz, e.g. {error, 3, "syntax error near '->'"}.
struct GraphvizMessage {
    bool error = true;
    int line = 0;  ///< 0 when the message names no line
    std::string text;
};

/// While alive (and the caller holds graphvizMutex()), Graphviz messages are collected instead of
/// being printed. Restores the previous handler on destruction.
class ErrorCapture {
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    /// The messages so far, split and cleaned ("Error: " prefix and "in line N" removed).
    std::vector<GraphvizMessage> messages() const;
    bool hasErrors() const;
    /// Every message on one line, for exceptions ("" when there is none).
    std::string summary() const;

private:
    static int handler(char* text);
    agusererrf m_previous = nullptr;
    std::string m_text;
};

// ---- RAII handles -----------------------------------------------------------------------------

struct GvcDeleter {
    void operator()(GVC_t* gvc) const noexcept { gvFreeContext(gvc); }
};
struct GraphDeleter {
    void operator()(Agraph_t* graph) const noexcept { agclose(graph); }
};
using GvcHandle = std::unique_ptr<GVC_t, GvcDeleter>;
using GraphHandle = std::unique_ptr<Agraph_t, GraphDeleter>;

/// The process's one gvc context, created on first use (nullptr when Graphviz cannot start) and
/// freed at exit. Call with graphvizMutex() held. One context, not one per layout: Graphviz 2.43's
/// pango text plugin keeps a pointer into the context's font cache across calls, so freeing a
/// context and making another reads freed memory (valgrind shows it; label sizes then drift).
GVC_t* sharedContext();

/// Frees the layout data gvLayout attached to a graph; must be destroyed before the graph.
class LayoutHandle {
public:
    LayoutHandle(GVC_t* gvc, Agraph_t* graph) : m_gvc(gvc), m_graph(graph) {}
    ~LayoutHandle() {
        if (m_gvc && m_graph)
            gvFreeLayout(m_gvc, m_graph);
    }
    LayoutHandle(const LayoutHandle&) = delete;
    LayoutHandle& operator=(const LayoutHandle&) = delete;

private:
    GVC_t* m_gvc;
    Agraph_t* m_graph;
};

// ---- attributes -------------------------------------------------------------------------------

/// agsafeset with std::string arguments (cgraph takes non-const char*); declares the attribute
/// with an empty default when it is new.
void setAttribute(void* object, std::string_view name, std::string_view value);
/// agget as a string ("" when the attribute is not declared).
std::string getAttribute(void* object, std::string_view name);

}  // namespace orgweave::layouts::detail
