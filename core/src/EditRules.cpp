#include "orgweave/core/EditRules.hpp"

#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <unordered_set>

namespace orgweave::core {

namespace {

std::string nameOf(const Model& model, const std::string& id) {
    const Node* node = model.findNode(id);
    return "\"" + (node != nullptr && !node->label.empty() ? node->label : id) + "\"";
}

/// One problem per tie that repeats an earlier tie of its kind between the same two nodes. An
/// undirected tie repeats any tie of its kind on the pair; a directed one, a tie the same way round
/// or an undirected one.
void duplicateTies(const Model& model, EditProblems& problems) {
    std::unordered_set<std::string> seen;
    seen.reserve(model.ties.size());
    const auto key = [](char mark, const Tie& tie, const std::string& a, const std::string& b) {
        std::string k(1, mark);
        k += toString(tie.kind);
        k += '\x1f';
        k += a;
        k += '\x1f';
        k += b;
        return k;
    };
    for (const Tie& tie : model.ties) {
        const std::string& a = std::min(tie.source, tie.target);
        const std::string& b = std::max(tie.source, tie.target);
        const std::string undirected = key('U', tie, a, b);
        const std::string forward = key('D', tie, tie.source, tie.target);
        const std::string backward = key('D', tie, tie.target, tie.source);
        const bool repeat =
            tie.isDirected() ? seen.contains(forward) || seen.contains(undirected)
                             : seen.contains(undirected) || seen.contains(forward) || seen.contains(backward);
        seen.insert(tie.isDirected() ? forward : undirected);
        if (repeat) {
            EditProblemCount& problem = problems.errors["repeated tie\x1f" + undirected];
            ++problem.count;
            problem.message = nameOf(model, tie.source) + " and " + nameOf(model, tie.target) +
                              " are already joined by a " + std::string(toString(tie.kind)) + " tie";
        }
    }
}

void count(std::unordered_map<std::string, EditProblemCount>& problems, const std::string& message) {
    EditProblemCount& problem = problems[message];
    ++problem.count;
    problem.message = message;
}

void addNew(const std::unordered_map<std::string, EditProblemCount>& before,
            const std::unordered_map<std::string, EditProblemCount>& after, std::vector<std::string>& out) {
    for (const auto& [key, problem] : after) {
        const auto it = before.find(key);
        if (it == before.end() || it->second.count < problem.count)
            out.push_back(problem.message);
    }
    std::sort(out.begin(), out.end());
}

}  // namespace

EditProblems editProblems(const Model& model) {
    EditProblems problems;
    for (const Diagnostic& diagnostic : validate(model)) {
        if (diagnostic.severity == Severity::Error)
            count(problems.errors, diagnostic.message);
        else if (diagnostic.severity == Severity::Warning)
            count(problems.warnings, diagnostic.message);
    }
    duplicateTies(model, problems);
    return problems;
}

EditProblemDelta newProblems(const EditProblems& before, const EditProblems& after) {
    EditProblemDelta delta;
    addNew(before.errors, after.errors, delta.errors);
    addNew(before.warnings, after.warnings, delta.warnings);
    return delta;
}

}  // namespace orgweave::core
