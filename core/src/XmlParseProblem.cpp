#include "XmlParseProblem.hpp"

#include "orgweave/core/Translate.hpp"

namespace orgweave::core {

std::string xmlParseProblem(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_ok:
            return tr("no error");
        case pugi::status_file_not_found:
            return tr("the file was not found");
        case pugi::status_io_error:
            return tr("the file could not be read");
        case pugi::status_out_of_memory:
            return tr("not enough memory to read it");
        case pugi::status_internal_error:
            return tr("the XML reader failed");
        case pugi::status_unrecognized_tag:
            return tr("a tag that is not XML (a stray '<'?)");
        case pugi::status_bad_pi:
            return tr("a broken XML declaration or processing instruction (<?…?>)");
        case pugi::status_bad_comment:
            return tr("a broken comment (<!-- … -->)");
        case pugi::status_bad_cdata:
            return tr("a broken CDATA section");
        case pugi::status_bad_doctype:
            return tr("a broken document type declaration (<!DOCTYPE …>)");
        case pugi::status_bad_pcdata:
            return tr("broken text between tags");
        case pugi::status_bad_start_element:
            return tr("a broken start tag");
        case pugi::status_bad_attribute:
            return tr("a broken attribute (a missing quote or '='?)");
        case pugi::status_bad_end_element:
            return tr("a broken end tag");
        case pugi::status_end_element_mismatch:
            return tr("an end tag does not match its start tag");
        case pugi::status_append_invalid_root:
            return tr("the XML reader failed");
        case pugi::status_no_document_element:
            return tr("no root element");
    }
    return tr("the XML reader failed");
}

}  // namespace orgweave::core
