#include "orgweave/core/AnalysisCsv.hpp"

#include "orgweave/core/MeasureCatalogue.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace orgweave::core {

namespace {

std::string csvNumber(double value) {
    if (!std::isfinite(value))
        return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

const char* boolean(bool value) {
    return value ? "true" : "false";
}

}  // namespace

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string analysisCsv(const AnalysisResult& r) {
    std::vector<const MeasureInfo*> columns;
    for (const MeasureInfo& m : measureCatalogue()) {
        if (m.shape != MeasureShape::Network && m.computedIn(r))
            columns.push_back(&m);
    }
    std::ostringstream out;
    if (r.approximate) {
        char bound[32];
        std::snprintf(bound, sizeof bound, "%.3g", r.betweennessErrorBound);
        out << "# betweenness, closeness and harmonic are estimated from " << r.sourcesUsed << " of "
            << r.nodeCount() << " sources; every betweenness is within +-" << bound
            << " of the exact value with " << std::lround(r.betweennessConfidence * 100) << "% probability";
        std::snprintf(bound, sizeof bound, "%.3g", r.harmonicErrorBound);
        out << "; every harmonic/(n-1) is within +-" << bound
            << " with the same probability; closeness has no bound of its own\n";
    }
    out << "id,label,kind,group";
    for (const MeasureInfo* m : columns) {
        if (m->id == "brokerage") {
            out << ",brokerage_coordinator,brokerage_consultant,brokerage_representative,brokerage_"
                   "gatekeeper,"
                   "brokerage_liaison,brokerage_total";
        } else if (m->id == "boundary_spanner") {
            out << ",boundary_spanner,multilateral,groups_reached";
        } else {
            out << ',' << m->id;
        }
    }
    // Who is in which community (1, 2, …; empty for a node in none).
    const bool communities = r.has("communities") && r.community.size() == r.nodeCount();
    if (communities)
        out << ",community";
    out << '\n';
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        out << csvField(r.ids[v]) << ',' << csvField(r.labels[v]) << ',' << toString(r.kinds[v]) << ','
            << csvField(r.partition.groupIds[static_cast<std::size_t>(r.partition.groupOf[v])]);
        for (const MeasureInfo* m : columns) {
            if (m->id == "brokerage") {
                const BrokerageCounts& b = r.brokerage[v];
                out << ',' << b.coordinator << ',' << b.consultant << ',' << b.representative << ','
                    << b.gatekeeper << ',' << b.liaison << ',' << b.total();
            } else if (m->id == "boundary_spanner") {
                out << ',' << boolean(r.boundarySpanner[v] != 0) << ',' << boolean(r.multilateral[v] != 0)
                    << ',' << r.groupsReached[v];
            } else if (m->shape == MeasureShape::Flag) {
                out << ',' << boolean(m->value(r, v) != 0.0);
            } else {
                out << ',' << csvNumber(m->value(r, v));
            }
        }
        if (communities) {
            out << ',';
            if (r.community[v] >= 0)
                out << r.community[v] + 1;
        }
        out << '\n';
    }
    return out.str();
}

}  // namespace orgweave::core
