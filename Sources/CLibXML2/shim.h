#ifndef FORM4XML_CLIBXML2_SHIM_H
#define FORM4XML_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU support, and its headers then pull in ICU's
// headers, whose module conflicts with the one Foundation brings. The version
// header defines the feature macros; undefining ICU before the rest keeps ICU out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>

#endif
