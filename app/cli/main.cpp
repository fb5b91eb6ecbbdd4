// orgweave: the command line (DESIGN.md §7). Exit 0 success, 1 bad input, 2 wrong usage.
#include "AnalyzeCommand.hpp"
#include "ConvertCommand.hpp"
#include "DiffCommand.hpp"
#include "ExitCode.hpp"
#include "GapsCommand.hpp"
#include "ImportRcCommand.hpp"
#include "LayoutCommand.hpp"
#include "RenderCommand.hpp"
#include "ReportCommand.hpp"
#include "ValidateCommand.hpp"
#include "WhatIfCommand.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    using namespace orgweave::cli;
    CLI::App app{"orgweave: design and analyse collaboration networks across healthcare organizations",
                 "orgweave"};
    app.set_version_flag("--version", std::string("orgweave ") + ORGWEAVE_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    ValidateCommand validate(app);
    ConvertCommand convert(app);
    AnalyzeCommand analyze(app);
    GapsCommand gaps(app);
    LayoutCommand layout(app);
    RenderCommand render(app);
    ReportCommand report(app);
    ImportRcCommand importRc(app);
    DiffCommand diff(app);
    WhatIfCommand whatIf(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "orgweave: " << e.what() << "\n\n" << app.help();
        return kExitUsage;
    }

    try {
        if (validate.selected())
            return validate.run();
        if (convert.selected())
            return convert.run();
        if (analyze.selected())
            return analyze.run();
        if (gaps.selected())
            return gaps.run();
        if (layout.selected())
            return layout.run();
        if (render.selected())
            return render.run();
        if (report.selected())
            return report.run();
        if (importRc.selected())
            return importRc.run();
        if (diff.selected())
            return diff.run();
        if (whatIf.selected())
            return whatIf.run();
    } catch (const std::exception& e) {
        std::cerr << "orgweave: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cerr << app.help();
    return kExitUsage;
}
