#pragma once
// pugixml's parse status as a sentence in the user's language, for the GraphML and GEXF readers'
// "not well-formed XML: …" errors (pugixml's own descriptions are English only). Cost: O(1).

#include <pugixml.hpp>

#include <string>

namespace orgweave::core {

/// What is wrong at the parse result's offset, lower case first: "start and end tags do not match".
std::string xmlParseProblem(pugi::xml_parse_status status);

}  // namespace orgweave::core
