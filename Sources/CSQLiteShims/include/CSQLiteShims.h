#ifndef CSQLITE_SHIMS_H
#define CSQLITE_SHIMS_H

#include <sqlite3.h>

/* SQLite destructor sentinel. */
int shim_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length);
int shim_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *data, int length);

#endif
