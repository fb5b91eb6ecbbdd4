// FileActions: sections · open and save · menu and shortcuts · windows
#include "orgweave/studio/FileActions.hpp"

#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/Keys.hpp"

#include <imgui.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace orgweave::studio {

// ------------------------------------------------------------------------------------ open and save

bool FileActions::open(Workspace& workspace, const std::filesystem::path& path) {
    core::LoadResult result = core::loadDocument(path);
    if (!result.ok()) {
        showLoadErrors(path, std::move(result.diagnostics));
        return false;
    }
    workspace.setDocument(std::move(*result.model), path);
    m_loadErrors.clear();
    m_showMessages = false;
    return true;
}

void FileActions::showLoadErrors(const std::filesystem::path& path, core::Diagnostics diagnostics) {
    m_failedPath = path;
    m_loadErrors = std::move(diagnostics);
    if (m_loadErrors.empty()) {
        core::Diagnostic unknown;
        unknown.file = path.string();
        unknown.message = "the document could not be opened";
        m_loadErrors.push_back(std::move(unknown));
    }
    m_showMessages = true;
}

bool FileActions::save(Workspace& workspace) {
    if (!workspace.hasDocument())
        return false;
    if (workspace.document().path().empty()) {
        workspace.notify("This document has no file yet: use File \xE2\x80\xBA Save As.", true);
        return false;
    }
    return saveAs(workspace, workspace.document().path());
}

bool FileActions::saveAs(Workspace& workspace, const std::filesystem::path& path) {
    if (!workspace.hasDocument())
        return false;
    try {
        workspace.document().saveAs(path);
    } catch (const std::exception& e) {
        workspace.notify(std::string("Not saved: ") + e.what(), true);
        return false;
    }
    workspace.notify("Saved " + path.filename().string());
    return true;
}

// ------------------------------------------------------------------------------ menu and shortcuts

void FileActions::drawMenuItems(Workspace& workspace) {
    if (ImGui::MenuItem("New", "Ctrl+N"))
        workspace.newDocument();
    const bool canSave = workspace.hasDocument() && !workspace.document().path().empty();
    if (ImGui::MenuItem("Save", "Ctrl+S", false, canSave))
        save(workspace);
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q"))
        m_quitRequested = true;
}

void FileActions::handleShortcuts(Workspace& workspace) {
    if (!commandModifier())
        return;
    if (letterPressed('N'))
        workspace.newDocument();
    if (letterPressed('S') && !ImGui::GetIO().KeyShift)
        save(workspace);
    if (letterPressed('Q'))
        m_quitRequested = true;
}

// ------------------------------------------------------------------------------------------ windows

void FileActions::drawWindows(Workspace& /*workspace*/, float scale) {
    if (!m_showMessages || m_loadErrors.empty())
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(720.0f * scale, 0.0f), ImGuiCond_Appearing);
    const std::string title = "Could not open " + m_failedPath.filename().string() + "###messages";
    if (ImGui::Begin(title.c_str(), &m_showMessages, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("orgweave-studio could not open %s:", m_failedPath.string().c_str());
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
