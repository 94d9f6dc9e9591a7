#ifndef SENDLENS_HTML_H
#define SENDLENS_HTML_H

#include <stddef.h>

/*
 * The readable text of an HTML page, through libxml2's forgiving HTML parser.
 * This header is plain C on purpose: libxml2's own headers, imported into
 * Swift beside Foundation, clash over ICU's UErrorCode.
 */

/* One block of text: a heading (level 1-6) or a paragraph (level 0). */
typedef struct {
    int level;
    char *text;
} shtml_block;

typedef struct {
    shtml_block *blocks;
    size_t count;
    char *title;      /* <title>, or NULL */
    char *og_title;   /* <meta property="og:title">, or NULL */
    char *published;  /* <time datetime> or article:published_time, or NULL */
} shtml_page;

/* Parses UTF-8 HTML. Returns NULL only when memory runs out or libxml2 cannot build any tree. */
shtml_page *shtml_parse(const char *bytes, size_t length);
void shtml_free(shtml_page *page);

#endif
