#include "cmark_arena.h"

#include <cmark-gfm.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every block starts with a 16-byte header holding its usable size (a multiple of 16), so realloc knows
 * what to copy and free knows where the block goes back to. Small blocks are cut from 256 KB chunks;
 * a large one (the rendered HTML, a long code block) gets a malloc of its own, so it can grow and go
 * back the ordinary way and a large page does not leave copies of its buffers behind. */
enum {
    ALIGNMENT = 16,
    HEADER = 16,
    CHUNK_BYTES = 256 * 1024,
    LARGE_BYTES = 64 * 1024,
    SMALL_CLASSES = 32 /* freed blocks of 16 to 512 bytes are handed out again */
};

typedef struct chunk {
    struct chunk *next;
    struct chunk *previous;
    size_t capacity;
    size_t used;
} chunk; /* 32 bytes: what follows stays 16-byte aligned */

typedef struct arena {
    chunk *chunks; /* chunks that small blocks are cut from, the newest first */
    chunk *large;  /* one per large block */
    void *free_lists[SMALL_CLASSES];
    void *last_block; /* the newest small block, which realloc may grow in place */
    int depth;
} arena;

static __thread arena current;
static pthread_key_t release_key;
static pthread_once_t release_once = PTHREAD_ONCE_INIT;

static void release_list(chunk *c) {
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
}

/* A thread that ends gives its chunks back (the pool's worker threads come and go). */
static void release_thread(void *unused) {
    (void)unused;
    release_list(current.chunks);
    release_list(current.large);
    memset(&current, 0, sizeof current);
}

static void make_release_key(void) { pthread_key_create(&release_key, release_thread); }

static void remember_thread(void) {
    pthread_once(&release_once, make_release_key);
    pthread_setspecific(release_key, &current);
}

static void out_of_memory(void) {
    /* What cmark's own allocator does when the system has no memory left. */
    fprintf(stderr, "[cmark] calloc returned null pointer, aborting\n");
    abort();
}

static size_t *header_of(void *block) { return (size_t *)((char *)block - HEADER); }

static size_t rounded(size_t size) {
    if (size > SIZE_MAX / 2) out_of_memory();
    size_t result = (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
    return result == 0 ? ALIGNMENT : result;
}

/* A large block's chunk: the block sits right after the chunk's fields and its header. */
static chunk *large_chunk_of(void *block) { return (chunk *)((char *)block - HEADER - sizeof(chunk)); }

static void link_large(chunk *c) {
    c->previous = NULL;
    c->next = current.large;
    if (current.large) current.large->previous = c;
    current.large = c;
}

static void unlink_large(chunk *c) {
    if (c->previous) c->previous->next = c->next; else current.large = c->next;
    if (c->next) c->next->previous = c->previous;
}

static void *allocate_large(size_t size) {
    chunk *c = malloc(sizeof(chunk) + HEADER + size);
    if (!c) out_of_memory();
    if (!current.chunks && !current.large) remember_thread();
    c->capacity = size;
    c->used = size;
    link_large(c);
    char *block = (char *)(c + 1) + HEADER;
    *header_of(block) = size;
    return block;
}

static void *bump(size_t size) {
    chunk *c = current.chunks;
    if (!c || c->capacity - c->used < size + HEADER) {
        chunk *fresh = malloc(sizeof(chunk) + CHUNK_BYTES);
        if (!fresh) out_of_memory();
        if (!current.chunks && !current.large) remember_thread();
        fresh->next = c;
        fresh->previous = NULL;
        fresh->capacity = CHUNK_BYTES;
        fresh->used = 0;
        current.chunks = fresh;
        c = fresh;
    }
    char *start = (char *)(c + 1) + c->used;
    c->used += size + HEADER;
    *(size_t *)start = size;
    current.last_block = start + HEADER;
    return current.last_block;
}

/* `size` rounded. */
static void *allocate(size_t size) {
    if (size >= LARGE_BYTES) return allocate_large(size);
    size_t class = size / ALIGNMENT - 1;
    if (class < SMALL_CLASSES && current.free_lists[class]) {
        void *block = current.free_lists[class];
        current.free_lists[class] = *(void **)block;
        return block;
    }
    return bump(size);
}

static void arena_free(void *block) {
    if (!block) return;
    size_t size = *header_of(block);
    if (size >= LARGE_BYTES) {
        chunk *c = large_chunk_of(block);
        unlink_large(c);
        free(c);
        return;
    }
    if (block == current.last_block) {
        /* The newest block: its bytes go back to the chunk. */
        current.chunks->used -= size + HEADER;
        current.last_block = NULL;
        return;
    }
    size_t class = size / ALIGNMENT - 1;
    if (class < SMALL_CLASSES) {
        *(void **)block = current.free_lists[class];
        current.free_lists[class] = block;
    }
    /* Other small blocks stay until the page is done. */
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) out_of_memory();
    size_t total = rounded(count * size);
    void *block = allocate(total);
    memset(block, 0, total);
    return block;
}

static void *arena_realloc(void *block, size_t size) {
    size_t wanted = rounded(size);
    if (!block) return allocate(wanted);
    size_t old = *header_of(block);
    if (wanted <= old) return block;
    if (old >= LARGE_BYTES) {
        chunk *c = large_chunk_of(block);
        unlink_large(c);
        chunk *grown = realloc(c, sizeof(chunk) + HEADER + wanted);
        if (!grown) out_of_memory();
        grown->capacity = wanted;
        grown->used = wanted;
        link_large(grown);
        char *moved = (char *)(grown + 1) + HEADER;
        *header_of(moved) = wanted;
        return moved;
    }
    if (block == current.last_block && wanted < LARGE_BYTES) {
        chunk *c = current.chunks;
        if (c->capacity - c->used >= wanted - old) {
            c->used += wanted - old;
            *header_of(block) = wanted;
            return block;
        }
    }
    void *moved = allocate(wanted);
    memcpy(moved, block, old);
    arena_free(block);
    return moved;
}

static cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

void *routeboek_arena_mem(void) { return &arena_mem; }

void routeboek_arena_enter(void) { current.depth += 1; }

void routeboek_arena_leave(void) {
    if (current.depth <= 0) return;
    current.depth -= 1;
    if (current.depth > 0) return;
    /* Keep the newest chunk for the next page; give back the others and any large block cmark kept. */
    if (current.chunks) {
        release_list(current.chunks->next);
        current.chunks->next = NULL;
        current.chunks->used = 0;
    }
    release_list(current.large);
    current.large = NULL;
    memset(current.free_lists, 0, sizeof current.free_lists);
    current.last_block = NULL;
}

int routeboek_arena_active(void) { return current.depth > 0; }

unsigned long routeboek_arena_held_bytes(void) {
    unsigned long total = 0;
    for (chunk *c = current.chunks; c; c = c->next) total += (unsigned long)(sizeof(chunk) + c->capacity);
    for (chunk *c = current.large; c; c = c->next) total += (unsigned long)(sizeof(chunk) + HEADER + c->capacity);
    return total;
}
