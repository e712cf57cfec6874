#include "CMallocShims.h"
/* stdlib.h first: it is what defines __GLIBC__, without which both shims compiled to nothing. */
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int shim_malloc_tuning_available(void) {
#if defined(__GLIBC__)
    return 1;
#else
    return 0;
#endif
}

void shim_limit_malloc_arenas(int count) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}

void shim_map_large_allocations(int bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}

void shim_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
