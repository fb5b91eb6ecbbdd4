// MainWindow: sections · documents · frame · menu bar · canvas · messages
#include "orgweave/studio/MainWindow.hpp"

#include "orgweave/core/NativeFormat.hpp"

#include <algorithm>
#include <utility>

namespace orgweave::studio {

namespace {

constexpr const char* kEmptyHint =
    "No document open.\n\n"
    "Start the studio with a document:  orgweave-studio FILE.orgweave.json\n"
    "Example networks are in the samples/ folder.";

constexpr ImGuiWindowFlags kPlainWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;

}  // namespace

// ---------------------------------------------------------------------------------------- documents

MainWindow::MainWindow() {
    m_canvas.setHint(kEmptyHint);
    refreshStatus();
}

bool MainWindow::open(const std::filesystem::path& path) {
    core::LoadResult result = core::loadDocument(path);
    if (!result.ok()) {
        showLoadErrors(path, std::move(result.diagnostics));
        return false;
    }
    setDocument(std::move(*result.model), path);
    return true;
}

void MainWindow::setDocument(core::Model model, std::filesystem::path path) {
    m_path = std::move(path);
    m_document.emplace(std::move(model), m_path);
    m_loadErrors.clear();
    m_showMessages = false;
    m_canvas.setModel(&m_document->model());
    m_canvas.setHint(kEmptyHint);
    m_canvas.requestFit();
    refreshStatus();
}

void MainWindow::showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics) {
    m_path = path;
    m_document.reset();
    m_canvas.setModel(nullptr);
    m_loadErrors = std::move(diagnostics);
    if (m_loadErrors.empty()) {
        core::Diagnostic unknown;
        unknown.file = path.string();
        unknown.message = "the document could not be opened";
        m_loadErrors.push_back(std::move(unknown));
    }
    m_showMessages = true;
    m_canvas.setHint("Could not open " + path.filename().string() +
                     ".\n\nThe messages window lists what is wrong (View \xE2\x80\xBA Messages).");
    refreshStatus();
}

void MainWindow::refreshStatus() {
    if (m_document) {
        const std::string name = m_path.filename().string();
        m_statusBar.setText(StatusBar::summary(m_document->model(), name),
                            StatusBar::shortSummary(m_document->model(), name));
    } else if (!m_loadErrors.empty()) {
        m_statusBar.setText("Could not open " + m_path.filename().string());
    } else {
        m_statusBar.setText("No document");
    }
}

void MainWindow::setScale(float scale) {
    m_scale = scale;
    m_canvas.setScale(scale);
}

void MainWindow::setFonts(ImFont* regular, ImFont* bold) {
    m_canvas.setFonts(regular, bold);
}

std::string MainWindow::windowTitle() const {
    if (m_path.empty())
        return "orgweave-studio";
    return "orgweave-studio \xE2\x80\x94 " + m_path.filename().string();  // —
}

// -------------------------------------------------------------------------------------------- frame

void MainWindow::draw() {
    handleShortcuts();
    drawMenuBar();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float barHeight = ImGui::GetFrameHeight();
    const Rect full{viewport->Pos, viewport->Pos + viewport->Size};
    const Rect canvasArea{{full.min.x, full.min.y + barHeight}, {full.max.x, full.max.y - barHeight}};
    const Rect statusArea{{full.min.x, full.max.y - barHeight}, full.max};
    drawCanvas(canvasArea);
    m_statusBar.draw(statusArea);
    drawMessages();
}

void MainWindow::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput)
        return;
    const auto pressed = [](int key) { return key >= 0 && ImGui::IsKeyPressed(key, false); };
    if (pressed(m_keys.quit) && io.KeyCtrl)
        m_quitRequested = true;
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper)
        return;
    if (pressed(m_keys.fit))
        m_canvas.requestFit();
    if (pressed(m_keys.legend))
        m_canvas.legend().setVisible(!m_canvas.legend().visible());
}

// ----------------------------------------------------------------------------------------- menu bar

void MainWindow::drawMenuBar() {
    if (!ImGui::BeginMainMenuBar())
        return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Quit", "Ctrl+Q"))
            m_quitRequested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Fit to window", "F", false, m_document.has_value()))
            m_canvas.requestFit();
        bool legend = m_canvas.legend().visible();
        if (ImGui::MenuItem("Legend", "L", &legend))
            m_canvas.legend().setVisible(legend);
        ImGui::Separator();
        ImGui::MenuItem("Messages", nullptr, &m_showMessages, !m_loadErrors.empty());
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// ------------------------------------------------------------------------------------------- canvas

void MainWindow::drawCanvas(const Rect& area) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(area.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##canvas-window", nullptr, kPlainWindow | ImGuiWindowFlags_NoScrollbar)) {
        m_canvas.draw();
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

// ----------------------------------------------------------------------------------------- messages

void MainWindow::drawMessages() {
    if (!m_showMessages || m_loadErrors.empty())
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(720.0f * m_scale, 0.0f), ImGuiCond_Appearing);
    const std::string title = "Could not open " + m_path.filename().string() + "###messages";
    if (ImGui::Begin(title.c_str(), &m_showMessages,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("orgweave-studio could not open %s:", m_path.string().c_str());
        ImGui::Spacing();
        const float height = std::min(12.0f, static_cast<float>(m_loadErrors.size()) + 0.5f) *
                             ImGui::GetTextLineHeightWithSpacing() * 1.4f;
        if (ImGui::BeginChild("##diagnostics", ImVec2(0.0f, height), true)) {
            for (const core::Diagnostic& diagnostic : m_loadErrors) {
                const bool error = diagnostic.severity == core::Severity::Error;
                ImGui::PushStyleColor(ImGuiCol_Text, error ? ImVec4(0.70f, 0.12f, 0.05f, 1.0f)
                                                           : ImVec4(0.55f, 0.40f, 0.0f, 1.0f));
                ImGui::TextWrapped("%s", diagnostic.format().c_str());
                ImGui::PopStyleColor();
            }
        }
        ImGui::EndChild();
        ImGui::Spacing();
        if (ImGui::Button("Close"))
            m_showMessages = false;
    }
    ImGui::End();
}

}  // namespace orgweave::studio
