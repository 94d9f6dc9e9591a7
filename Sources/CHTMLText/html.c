#define _GNU_SOURCE
#include "sendlens_html.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    shtml_page *page;
    size_t capacity;
    char *buffer;     /* inline text gathered for the current block */
    size_t length;
    size_t buffer_capacity;
} walker;

static int append_text(walker *w, const char *text) {
    size_t add = strlen(text);
    if (w->length + add + 2 > w->buffer_capacity) {
        size_t wanted = (w->length + add + 2) * 2;
        char *grown = realloc(w->buffer, wanted);
        if (grown == NULL) return 0;
        w->buffer = grown;
        w->buffer_capacity = wanted;
    }
    memcpy(w->buffer + w->length, text, add);
    w->length += add;
    w->buffer[w->length] = '\0';
    return 1;
}

/* Adds the gathered text as a block, if it holds anything but spaces. */
static void flush(walker *w, int level) {
    if (w->length == 0) return;
    int blank = 1;
    for (size_t i = 0; i < w->length; i++) {
        if (!isspace((unsigned char)w->buffer[i])) { blank = 0; break; }
    }
    if (!blank) {
        if (w->page->count == w->capacity) {
            size_t wanted = w->capacity ? w->capacity * 2 : 32;
            shtml_block *grown = realloc(w->page->blocks, wanted * sizeof *grown);
            if (grown == NULL) return;
            w->page->blocks = grown;
            w->capacity = wanted;
        }
        w->page->blocks[w->page->count].level = level;
        w->page->blocks[w->page->count].text = strndup(w->buffer, w->length);
        w->page->count++;
    }
    w->length = 0;
    if (w->buffer) w->buffer[0] = '\0';
}

static int named(xmlNodePtr node, const char *name) {
    return node->name != NULL && strcasecmp((const char *)node->name, name) == 0;
}

static int attribute_mentions(xmlNodePtr node, const char *attribute, const char *const *words) {
    xmlChar *value = xmlGetProp(node, (const xmlChar *)attribute);
    if (value == NULL) return 0;
    int found = 0;
    for (const char *const *word = words; *word && !found; word++) {
        if (strcasestr((const char *)value, *word) != NULL) found = 1;
    }
    xmlFree(value);
    return found;
}

/* Page furniture: navigation, scripts, forms, cookie banners, adverts. */
static int is_furniture(xmlNodePtr node) {
    static const char *const tags[] = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                                       "template", "svg", "iframe", "button", "select", "head", NULL};
    for (const char *const *tag = tags; *tag; tag++) {
        if (named(node, *tag)) return 1;
    }
    static const char *const marks[] = {"cookie", "consent", "advert", "banner", "promo", "newsletter",
                                        "share", "sidebar", "related", "skip-link", NULL};
    if (attribute_mentions(node, "class", marks) || attribute_mentions(node, "id", marks)) return 1;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "search", NULL};
    if (attribute_mentions(node, "role", roles)) return 1;
    xmlChar *hidden = xmlGetProp(node, (const xmlChar *)"aria-hidden");
    int is_hidden = hidden != NULL && strcmp((const char *)hidden, "true") == 0;
    if (hidden) xmlFree(hidden);
    return is_hidden;
}

static int heading_level(xmlNodePtr node) {
    if (node->name && (node->name[0] == 'h' || node->name[0] == 'H') && node->name[1] >= '1' && node->name[1] <= '6' &&
        node->name[2] == '\0') {
        return node->name[1] - '0';
    }
    return 0;
}

/* Elements whose text is one block of its own. */
static int is_text_block(xmlNodePtr node) {
    static const char *const tags[] = {"p", "li", "td", "th", "dt", "dd", "blockquote", "figcaption", "caption",
                                       "pre", "address", "summary", NULL};
    for (const char *const *tag = tags; *tag; tag++) {
        if (named(node, *tag)) return 1;
    }
    return 0;
}

/* Elements that separate blocks without being one: div, section, ul, table, … */
static int is_container(xmlNodePtr node) {
    static const char *const tags[] = {"div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table",
                                       "thead", "tbody", "tfoot", "tr", "figure", "details", "hr", "br", NULL};
    for (const char *const *tag = tags; *tag; tag++) {
        if (named(node, *tag)) return 1;
    }
    return 0;
}

static void walk(walker *w, xmlNodePtr node) {
    for (xmlNodePtr child = node; child != NULL; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content) append_text(w, (const char *)child->content);
            continue;
        }
        if (child->type != XML_ELEMENT_NODE) continue;
        if (is_furniture(child)) continue;
        if (named(child, "time") && w->page->published == NULL) {
            xmlChar *when = xmlGetProp(child, (const xmlChar *)"datetime");
            if (when) {
                w->page->published = strdup((const char *)when);
                xmlFree(when);
            }
        }
        int level = heading_level(child);
        if (level > 0 || is_text_block(child)) {
            flush(w, 0);
            walk(w, child->children);
            flush(w, level);
        } else if (named(child, "br")) {
            append_text(w, " ");
        } else if (is_container(child)) {
            flush(w, 0);
            walk(w, child->children);
            flush(w, 0);
        } else {
            walk(w, child->children);
        }
    }
}

static char *text_of(xmlNodePtr node) {
    xmlChar *content = xmlNodeGetContent(node);
    if (content == NULL) return NULL;
    char *copy = strdup((const char *)content);
    xmlFree(content);
    return copy;
}

/* <title> and <meta property="article:published_time"> from the head. */
static void read_head(shtml_page *page, xmlNodePtr node) {
    for (xmlNodePtr child = node; child != NULL; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (named(child, "title") && page->title == NULL) {
            page->title = text_of(child);
        } else if (named(child, "meta")) {
            xmlChar *property = xmlGetProp(child, (const xmlChar *)"property");
            if (property == NULL) property = xmlGetProp(child, (const xmlChar *)"name");
            if (property && page->og_title == NULL && strcasecmp((const char *)property, "og:title") == 0) {
                xmlChar *content = xmlGetProp(child, (const xmlChar *)"content");
                if (content) {
                    page->og_title = strdup((const char *)content);
                    xmlFree(content);
                }
            }
            if (page->published != NULL) {
                if (property) xmlFree(property);
                continue;
            }
            if (property && (strcasecmp((const char *)property, "article:published_time") == 0 ||
                             strcasecmp((const char *)property, "date") == 0)) {
                xmlChar *content = xmlGetProp(child, (const xmlChar *)"content");
                if (content) {
                    page->published = strdup((const char *)content);
                    xmlFree(content);
                }
            }
            if (property) xmlFree(property);
        }
        if (named(child, "head") || named(child, "html")) read_head(page, child->children);
    }
}

shtml_page *shtml_parse(const char *bytes, size_t length) {
    htmlDocPtr document = htmlReadMemory(bytes, (int)length, NULL, "UTF-8",
                                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                         HTML_PARSE_NONET | HTML_PARSE_NOBLANKS |
                                         /* past 256 nested elements too: pages nest that deep */
                                         XML_PARSE_HUGE);
    if (document == NULL) return NULL;
    shtml_page *page = calloc(1, sizeof *page);
    if (page == NULL) {
        xmlFreeDoc(document);
        return NULL;
    }
    xmlNodePtr root = xmlDocGetRootElement(document);
    read_head(page, root);
    walker w = {page, 0, NULL, 0, 0};
    walk(&w, root);
    flush(&w, 0);
    free(w.buffer);
    xmlFreeDoc(document);
    return page;
}

void shtml_free(shtml_page *page) {
    if (page == NULL) return;
    for (size_t i = 0; i < page->count; i++) free(page->blocks[i].text);
    free(page->blocks);
    free(page->title);
    free(page->og_title);
    free(page->published);
    free(page);
}
