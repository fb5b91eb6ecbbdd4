#pragma once
// nlohmann::json's parse errors said in the user's language (its own messages are English only and
// carry an exception prefix): "[json.exception.parse_error.101] parse error at line 1, column 40:
// syntax error while parsing object key - unexpected ','; expected string literal" becomes
// "invalid JSON: syntax error in an object key: unexpected ','; expected string" (nb: "ugyldig
// JSON: syntaksfeil i en objektnøkkel: uventet ','; forventet streng"). The place is not part of
// the text: readers give it as file:line:column. Cost: O(message length).

#include <string>
#include <string_view>

namespace orgweave::core {

/// The "invalid JSON: …" message for the text of a nlohmann::json::parse_error (what()).
std::string jsonSyntaxMessage(std::string_view what);

}  // namespace orgweave::core
