#include "LayoutCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Translate.hpp>
#include <orgweave/layouts/LayoutEngine.hpp>

#include <cmath>
#include <iostream>
#include <optional>
#include <set>

namespace orgweave::cli {

namespace {

std::string engineList() {
    std::string list;
    for (const std::string& name : layouts::layoutEngineNames())
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

/// Two decimals are plenty for points and keep the document tidy.
double tidy(double value) {
    return std::round(value * 100.0) / 100.0;
}

}  // namespace

LayoutCommand::LayoutCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "layout", core::tr("Place the nodes with a layout engine and store the positions in the document"));
    m_app
        ->add_option("FILE", m_file,
                     core::tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app->add_option("--engine", m_engine, core::fill(core::tr("Layout engine: {}"), {engineList()}))
        ->required();
    m_app->add_option("--clusters", m_clusters,
                      core::tr("Group nodes by this field (organization, site, kind, type or an attribute)"));
    m_app->add_option("--seed", m_seed, core::tr("Seed of the random initial placement"))
        ->capture_default_str();
    m_app->add_option("--out", m_out,
                      core::tr("Write the document here (.orgweave.json) instead of in place"));
}

int LayoutCommand::run() const {
    std::string why;
    auto format = formatOf(m_file, why);
    if (!format) {
        std::cerr << "orgweave layout: " << why << '\n';
        return kExitUsage;
    }
    std::string target = m_out;
    if (target.empty()) {
        if (*format != FileFormat::Native) {
            std::cerr << "orgweave layout: "
                      << core::fill(
                             core::tr("{} is not a native document; positions can only be stored in one: "
                                      "give --out FILE.orgweave.json"),
                             {m_file})
                      << '\n';
            return kExitUsage;
        }
        target = m_file;
    } else if (!core::isNativeDocumentPath(target)) {
        std::cerr << "orgweave layout: " << target << ": "
                  << core::tr("positions are stored in a native document: give --out FILE.orgweave.json")
                  << '\n';
        return kExitUsage;
    }

    int status = kExitSuccess;
    std::optional<core::Model> loaded = loadForCommand(m_file, "layout", status);
    if (!loaded)
        return status;
    core::Model model = std::move(*loaded);

    layouts::EngineRequest request;
    request.engine = m_engine;
    request.clusterBy = m_clusters;
    request.seed = m_seed;
    layouts::LayoutResult result;
    try {
        result = layouts::runLayout(model, request);
    } catch (const layouts::LayoutError& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }

    const std::set<std::string> pinned(model.layout.pinned.begin(), model.layout.pinned.end());
    for (const auto& [id, p] : result.positions) {
        if (pinned.count(id) && model.layout.positions.count(id))
            continue;  // pinned nodes stay
        model.layout.positions[id] = core::Point{tidy(p.x), tidy(p.y)};
    }
    try {
        core::saveDocument(model, target);
    } catch (const std::exception& e) {
        std::cerr << "orgweave layout: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cout << core::fill(core::tr("wrote {} ({} positions, engine {})"),
                            {target, core::ui().formatCount(static_cast<long long>(result.positions.size())),
                             m_engine == "auto" ? layouts::autoEngine(model) + " (auto)" : m_engine})
              << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
