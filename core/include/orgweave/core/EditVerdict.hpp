#pragma once
// What the document's edit gate (Document::propose) decided about one proposed edit.

#include <string>
#include <vector>

namespace orgweave::core {

struct EditVerdict {
    bool accepted = true;
    /// Why the edit was refused (the first problem it would introduce); empty when accepted.
    std::string reason;
    /// New warnings the accepted edit introduced (they never refuse an edit).
    std::vector<std::string> warnings;
};

}  // namespace orgweave::core
