#ifndef CCURL_SHIMS_H
#define CCURL_SHIMS_H

#include <stddef.h>
#include <curl/curl.h>

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
