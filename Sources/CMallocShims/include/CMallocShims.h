#ifndef CMALLOC_SHIMS_H
#define CMALLOC_SHIMS_H

/* mallopt(M_ARENA_MAX, count) and malloc_trim(0) where glibc has them; malloc.h is not part of Swift's Glibc module. */
/* 1 where the two below do something (glibc), 0 where they are no-ops. */
int shim_malloc_tuning_available(void);
void shim_limit_malloc_arenas(int count);
/* mallopt(M_MMAP_THRESHOLD, bytes): allocations of at least `bytes` are mapped, and unmapped when freed. */
void shim_map_large_allocations(int bytes);
void shim_release_free_memory(void);

#endif
