#include "CJanssonShims.h"

int shim_json_typeof(const json_t *json) { return json ? (int)json_typeof(json) : -1; }
json_t *shim_json_incref(json_t *json) { return json_incref(json); }
void shim_json_decref(json_t *json) { json_decref(json); }
size_t shim_json_indent(int n) { return JSON_INDENT(n); }
