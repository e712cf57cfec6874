/*
 * libcurl, loaded on first use instead of at process start.
 *
 * Linking libcurl makes the dynamic loader map and relocate ~30 libraries (TLS, Kerberos, LDAP, ...) and run
 * their initialisers in every process: 4.3 ms of CPU before main (`perf stat` of an empty C program with and
 * without -lcurl), a large share of the editor's cold `initialize` round trip, for a client that is only used
 * when a model is configured. So the executable does not link libcurl: this file defines the libcurl functions
 * the project calls, each loading libcurl.so.4 with dlopen on first use and forwarding to it. The definitions
 * are hidden, so they never interpose on libcurl's own calls to its public functions.
 *
 * When libcurl cannot be loaded, constructors return NULL and other calls an error code, which the model
 * client already reports as "libcurl could not start a transfer".
 */
/* The function-like type-checking macros of curl/typecheck-gcc.h would rewrite the definitions below. */
#define CURL_DISABLE_TYPECHECK 1
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
/* Only curl's declarations (and so the definitions below) are hidden; libc's must stay default. */
#pragma GCC visibility push(hidden)
#include <curl/curl.h>

#define CURL_FUNCTIONS(X) \
    X(curl_global_init) X(curl_easy_init) X(curl_easy_cleanup) X(curl_easy_setopt) X(curl_easy_getinfo) \
    X(curl_easy_strerror) X(curl_free) X(curl_mime_init) X(curl_mime_addpart) X(curl_mime_data) \
    X(curl_mime_filedata) X(curl_mime_filename) X(curl_mime_free) X(curl_mime_name) X(curl_mime_type) X(curl_multi_init) \
    X(curl_multi_add_handle) X(curl_multi_remove_handle) X(curl_multi_cleanup) X(curl_multi_info_read) \
    X(curl_multi_perform) X(curl_multi_poll) X(curl_multi_wakeup) X(curl_slist_append) X(curl_slist_free_all) \
    X(curl_url) X(curl_url_cleanup) X(curl_url_get) X(curl_url_set)

#define DECLARE_POINTER(name) __typeof__(&name) name;
static struct { CURL_FUNCTIONS(DECLARE_POINTER) } api;
static int available;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
#ifdef __APPLE__
    void *library = dlopen("libcurl.4.dylib", RTLD_NOW | RTLD_LOCAL);
#else
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
#endif
    if (library == NULL) return;
    int complete = 1;
#define RESOLVE(name) api.name = (__typeof__(&name))dlsym(library, #name); if (api.name == NULL) complete = 0;
    CURL_FUNCTIONS(RESOLVE)
#undef RESOLVE
    available = complete;
}

/* True once libcurl and every function used are loaded; thread-safe. */
static int curl_loaded(void) {
    pthread_once(&once, load_curl);
    return available;
}

CURLcode curl_global_init(long flags) { return curl_loaded() ? api.curl_global_init(flags) : CURLE_FAILED_INIT; }
CURL *curl_easy_init(void) { return curl_loaded() ? api.curl_easy_init() : NULL; }
void curl_easy_cleanup(CURL *curl) { if (curl_loaded()) api.curl_easy_cleanup(curl); }

/* Variadic: the argument's type follows from the option number, as in libcurl's own curl_easy_setopt. */
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...) {
    if (!curl_loaded()) return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, option);
    CURLcode result;
    if (option < CURLOPTTYPE_OBJECTPOINT) {
        result = api.curl_easy_setopt(curl, option, va_arg(arguments, long));
    } else if (option < CURLOPTTYPE_FUNCTIONPOINT) {
        result = api.curl_easy_setopt(curl, option, va_arg(arguments, void *));
    } else if (option < CURLOPTTYPE_OFF_T) {
        result = api.curl_easy_setopt(curl, option, va_arg(arguments, void (*)(void)));
    } else if (option < CURLOPTTYPE_BLOB) {
        result = api.curl_easy_setopt(curl, option, va_arg(arguments, curl_off_t));
    } else {
        result = api.curl_easy_setopt(curl, option, va_arg(arguments, void *));
    }
    va_end(arguments);
    return result;
}

/* Every CURLINFO takes a pointer to where the value goes. */
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...) {
    if (!curl_loaded()) return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, info);
    CURLcode result = api.curl_easy_getinfo(curl, info, va_arg(arguments, void *));
    va_end(arguments);
    return result;
}

const char *curl_easy_strerror(CURLcode code) {
    return curl_loaded() ? api.curl_easy_strerror(code) : "libcurl (libcurl.so.4) could not be loaded";
}
void curl_free(void *pointer) { if (curl_loaded()) api.curl_free(pointer); }

curl_mime *curl_mime_init(CURL *easy) { return curl_loaded() ? api.curl_mime_init(easy) : NULL; }
curl_mimepart *curl_mime_addpart(curl_mime *mime) { return curl_loaded() ? api.curl_mime_addpart(mime) : NULL; }
CURLcode curl_mime_data(curl_mimepart *part, const char *data, size_t size) {
    return curl_loaded() ? api.curl_mime_data(part, data, size) : CURLE_FAILED_INIT;
}
CURLcode curl_mime_filedata(curl_mimepart *part, const char *filename) {
    return curl_loaded() ? api.curl_mime_filedata(part, filename) : CURLE_FAILED_INIT;
}
CURLcode curl_mime_filename(curl_mimepart *part, const char *filename) {
    return curl_loaded() ? api.curl_mime_filename(part, filename) : CURLE_FAILED_INIT;
}
void curl_mime_free(curl_mime *mime) { if (curl_loaded()) api.curl_mime_free(mime); }
CURLcode curl_mime_name(curl_mimepart *part, const char *name) {
    return curl_loaded() ? api.curl_mime_name(part, name) : CURLE_FAILED_INIT;
}
CURLcode curl_mime_type(curl_mimepart *part, const char *type) {
    return curl_loaded() ? api.curl_mime_type(part, type) : CURLE_FAILED_INIT;
}

CURLM *curl_multi_init(void) { return curl_loaded() ? api.curl_multi_init() : NULL; }
CURLMcode curl_multi_add_handle(CURLM *multi, CURL *easy) {
    return curl_loaded() ? api.curl_multi_add_handle(multi, easy) : CURLM_INTERNAL_ERROR;
}
CURLMcode curl_multi_remove_handle(CURLM *multi, CURL *easy) {
    return curl_loaded() ? api.curl_multi_remove_handle(multi, easy) : CURLM_INTERNAL_ERROR;
}
CURLMcode curl_multi_cleanup(CURLM *multi) { return curl_loaded() ? api.curl_multi_cleanup(multi) : CURLM_INTERNAL_ERROR; }
CURLMsg *curl_multi_info_read(CURLM *multi, int *queued) { return curl_loaded() ? api.curl_multi_info_read(multi, queued) : NULL; }
CURLMcode curl_multi_perform(CURLM *multi, int *running) {
    return curl_loaded() ? api.curl_multi_perform(multi, running) : CURLM_INTERNAL_ERROR;
}
CURLMcode curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready) {
    return curl_loaded() ? api.curl_multi_poll(multi, extra, count, timeout, ready) : CURLM_INTERNAL_ERROR;
}
CURLMcode curl_multi_wakeup(CURLM *multi) { return curl_loaded() ? api.curl_multi_wakeup(multi) : CURLM_INTERNAL_ERROR; }

struct curl_slist *curl_slist_append(struct curl_slist *list, const char *data) {
    return curl_loaded() ? api.curl_slist_append(list, data) : NULL;
}
void curl_slist_free_all(struct curl_slist *list) { if (curl_loaded()) api.curl_slist_free_all(list); }

CURLU *curl_url(void) { return curl_loaded() ? api.curl_url() : NULL; }
void curl_url_cleanup(CURLU *handle) { if (curl_loaded()) api.curl_url_cleanup(handle); }
CURLUcode curl_url_get(CURLU *handle, CURLUPart what, char **part, unsigned int flags) {
    return curl_loaded() ? api.curl_url_get(handle, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}
CURLUcode curl_url_set(CURLU *handle, CURLUPart what, const char *part, unsigned int flags) {
    return curl_loaded() ? api.curl_url_set(handle, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}
#pragma GCC visibility pop
