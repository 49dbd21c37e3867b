#ifndef FORM4XML_CLIBXML2_SHIM_H
#define FORM4XML_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU support, and its headers then pull in ICU's
// headers, whose module conflicts with the one Foundation brings. The version
// header defines the feature macros; undefining ICU before the rest keeps ICU out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>

// `xmlFree` is a global function pointer, which Swift 6 sees as shared
// mutable state; calling it through an inline function keeps that in C.
static inline void form4xml_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
