// orgweave: the command line (DESIGN.md §7). Exit 0 success, 1 bad input, 2 wrong usage.
#include "AnalyzeCommand.hpp"
#include "ConvertCommand.hpp"
#include "DiffCommand.hpp"
#include "ExitCode.hpp"
#include "GapsCommand.hpp"
#include "ImportSurveyCommand.hpp"
#include "LayoutCommand.hpp"
#include "RenderCommand.hpp"
#include "ReportCommand.hpp"
#include "ValidateCommand.hpp"
#include "WhatIfCommand.hpp"

#include <orgweave/core/Translate.hpp>

#include <CLI/CLI.hpp>

#include <cstring>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

using orgweave::core::tr;

/// `--lang CODE` or `--lang=CODE`, taken out of the arguments before CLI11 sees them so that the
/// option is global (before or after the command) and the language is known before any text is made.
struct LangArgument {
    std::optional<std::string> code;
    bool missingValue = false;
};

LangArgument takeLangArgument(std::vector<char*>& args) {
    LangArgument result;
    for (std::size_t i = 1; i < args.size();) {
        const std::string_view argument(args[i]);
        if (argument == "--")
            break;
        if (argument == "--lang") {
            if (i + 1 >= args.size()) {
                result.missingValue = true;
                args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            result.code = args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                       args.begin() + static_cast<std::ptrdiff_t>(i + 2));
            continue;
        }
        if (argument.starts_with("--lang=")) {
            result.code = std::string(argument.substr(7));
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        ++i;
    }
    return result;
}

/// The headings CLI11 prints in every help ("Options", "Subcommands", "Usage", ...), translated.
void translateHelpLabels(CLI::App& app) {
    const std::string options = tr("Options");
    for (CLI::Option* option : app.get_options()) {
        if (option->get_group() == "Options")
            option->group(options);
    }
    for (CLI::App* command : app.get_subcommands({})) {
        if (command->get_group() == "Subcommands")
            command->group(tr("Subcommands"));
        translateHelpLabels(*command);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace orgweave::cli;
    namespace core = orgweave::core;

    std::vector<char*> args(argv, argv + argc);
    const LangArgument lang = takeLangArgument(args);
    core::Language language = core::systemLanguage();
    std::optional<core::Language> chosen;
    if (lang.code)
        chosen = core::parseLanguage(*lang.code);
    if (chosen)
        language = *chosen;
    const std::string notice = core::initTranslation(language);
    if (!notice.empty())
        std::cerr << "orgweave: " << notice << '\n';
    if (lang.missingValue || (lang.code && !chosen)) {
        std::cerr << "orgweave: "
                  << (lang.missingValue
                          ? std::string(tr("--lang needs a language: en (English) or nb (Norwegian bokmål)"))
                          : core::fill(tr("unknown language '{}' for --lang: choose en (English) or nb "
                                          "(Norwegian bokmål)"),
                                       {*lang.code}))
                  << '\n';
        return kExitUsage;
    }

    CLI::App app{tr("orgweave: design and analyse collaboration networks across healthcare organizations"),
                 "orgweave"};
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    app.set_version_flag("--version", std::string("orgweave ") + ORGWEAVE_VERSION,
                         tr("Display program version information and exit"));
    std::string langHelp;  // parsed by takeLangArgument; listed here for the help
    app.add_option("--lang", langHelp,
                   tr("Language of messages and reports: en (English) or nb (Norwegian bokmål); default: the "
                      "system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"))
        ->type_name("LANG");
    app.footer(exitStatusHelp());
    app.get_formatter()->label("Usage", tr("Usage"));
    app.get_formatter()->label("OPTIONS", tr("OPTIONS"));
    app.get_formatter()->label("SUBCOMMAND", tr("COMMAND"));
    app.get_formatter()->label("SUBCOMMANDS", tr("COMMANDS"));
    app.get_formatter()->label("REQUIRED", tr("REQUIRED"));
    app.get_formatter()->label("Positionals", tr("Positionals"));
    app.require_subcommand(1);
    app.fallthrough(false);
    ValidateCommand validate(app);
    ConvertCommand convert(app);
    AnalyzeCommand analyze(app);
    GapsCommand gaps(app);
    LayoutCommand layout(app);
    RenderCommand render(app);
    ReportCommand report(app);
    ImportSurveyCommand importRc(app, ImportSurveyCommand::Survey::RelationalCoordination);
    ImportSurveyCommand importPartner(app, ImportSurveyCommand::Survey::TrustAndValue);
    DiffCommand diff(app);
    WhatIfCommand whatIf(app);
    translateHelpLabels(app);

    try {
        app.parse(static_cast<int>(args.size()), args.data());
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
        if (importPartner.selected())
            return importPartner.run();
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
