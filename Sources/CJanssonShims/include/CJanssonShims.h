#ifndef CJANSSON_SHIMS_H
#define CJANSSON_SHIMS_H

#include <stddef.h>
#include <jansson.h>

/* jansson macros Swift cannot import. */
int shim_json_typeof(const json_t *json);
json_t *shim_json_incref(json_t *json);
void shim_json_decref(json_t *json);
size_t shim_json_indent(int n);

#endif
