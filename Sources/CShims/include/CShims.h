#ifndef CSHIMS_H
#define CSHIMS_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>
#include <curl/curl.h>
#include <jansson.h>

/* mallopt(M_ARENA_MAX, count) and malloc_trim(0) where glibc has them; malloc.h is not part of Swift's Glibc module. */
void shim_limit_malloc_arenas(int count);
void shim_release_free_memory(void);

/* jansson macros Swift cannot import. */
int shim_json_typeof(const json_t *json);
json_t *shim_json_incref(json_t *json);
void shim_json_decref(json_t *json);
size_t shim_json_indent(int n);

/* SQLite destructor sentinel. */
int shim_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length);
int shim_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *data, int length);

/* Typed wrappers around the variadic curl_easy_setopt / curl_easy_getinfo. */
CURLcode shim_curl_setopt_long(CURL *curl, CURLoption option, long value);
CURLcode shim_curl_setopt_string(CURL *curl, CURLoption option, const char *value);
CURLcode shim_curl_setopt_pointer(CURL *curl, CURLoption option, void *value);
CURLcode shim_curl_setopt_off_t(CURL *curl, CURLoption option, curl_off_t value);
CURLcode shim_curl_setopt_write_function(CURL *curl, size_t (*fn)(char *, size_t, size_t, void *));
CURLcode shim_curl_setopt_header_function(CURL *curl, size_t (*fn)(char *, size_t, size_t, void *));
CURLcode shim_curl_setopt_xferinfo_function(CURL *curl, int (*fn)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t));
CURLcode shim_curl_getinfo_long(CURL *curl, CURLINFO info, long *value);
/* The CURLcode of a finished transfer reported by curl_multi_info_read (a union member). */
int shim_curl_multi_next_done(CURLM *multi, CURLcode *result);
CURLcode shim_curl_getinfo_double(CURL *curl, CURLINFO info, double *value);

#endif
