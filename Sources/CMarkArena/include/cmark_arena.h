#ifndef ROUTEBOEK_CMARK_ARENA_H
#define ROUTEBOEK_CMARK_ARENA_H

/* A per-thread allocator for the cmark work of one page: parsing, the tree, its literals and the rendered
 * HTML. Blocks come from large chunks, small freed blocks are reused, and everything is given back at
 * once when the page is done, so a page costs a handful of mallocs instead of thousands.
 *
 * Use: routeboek_arena_enter(), then cmark with routeboek_arena_mem(), then routeboek_arena_leave().
 * Enters nest (a page may render Markdown inside its own render); memory is reused only when the
 * outermost leave returns, so nothing cmark made inside may be touched after it. */

/* The allocator to hand to cmark's *_with_mem functions (a cmark_mem *; untyped here so that only the
 * CMarkGFM module owns cmark's header); valid on the calling thread only. */
void *routeboek_arena_mem(void);

void routeboek_arena_enter(void);

/* Ends the innermost enter; the outermost one recycles every block of this thread's arena. */
void routeboek_arena_leave(void);

/* Whether this thread is between an enter and its leave (nodes made now belong to the page's tree). */
int routeboek_arena_active(void);

/* Bytes the arena holds from the system on this thread (for tests). */
unsigned long routeboek_arena_held_bytes(void);

#endif
