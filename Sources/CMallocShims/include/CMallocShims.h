#ifndef CMALLOC_SHIMS_H
#define CMALLOC_SHIMS_H

/* mallopt(M_ARENA_MAX, count) and malloc_trim(0) where glibc has them; malloc.h is not part of Swift's Glibc module. */
void shim_limit_malloc_arenas(int count);
void shim_release_free_memory(void);

#endif
