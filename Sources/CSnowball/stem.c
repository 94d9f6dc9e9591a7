#include "sendlens_stem.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 8192, WORD_MAX = 24 };

typedef struct {
    unsigned char word_length;
    unsigned char stem_length;
    /* Whether a document's word is already in the vocabulary. */
    unsigned char remembered;
    char word[WORD_MAX];
    char stem[WORD_MAX];
} slot;

/* A word seen in a document that is not its own stem, marked ("_waiting"), in a list by stem. */
typedef struct {
    char *marked;
    int length;
    int next; /* the next word with the same stem, or -1 */
} form;

/* A stem with the first of its forms. */
typedef struct {
    char *stem;
    int length;
    int first;
} stem_entry;

/* Open-addressing tables of positions (+1; 0 is empty) in `forms` and `stems`. */
typedef struct {
    int *slots;
    int capacity; /* a power of two */
} table;

struct sl_stemmer {
    struct sb_stemmer *snowball;
    slot slots[SLOTS];
    form *forms;
    int form_count, form_capacity;
    stem_entry *stems;
    int stem_count, stem_capacity;
    table form_table, stem_table;
    /* What sl_forms returns. */
    sl_token *tokens;
    int token_capacity;
    char *scratch;
    int scratch_capacity;
};

sl_stemmer *sl_stemmer_new(void) {
    sl_stemmer *stemmer = calloc(1, sizeof *stemmer);
    if (stemmer == NULL) return NULL;
    stemmer->snowball = sb_stemmer_new("english", "UTF_8");
    if (stemmer->snowball == NULL) {
        free(stemmer);
        return NULL;
    }
    return stemmer;
}

void sl_stemmer_free(sl_stemmer *stemmer) {
    if (stemmer == NULL) return;
    sb_stemmer_delete(stemmer->snowball);
    for (int i = 0; i < stemmer->form_count; i++) free(stemmer->forms[i].marked);
    for (int i = 0; i < stemmer->stem_count; i++) free(stemmer->stems[i].stem);
    free(stemmer->forms);
    free(stemmer->stems);
    free(stemmer->form_table.slots);
    free(stemmer->stem_table.slots);
    free(stemmer->tokens);
    free(stemmer->scratch);
    free(stemmer);
}

static uint32_t hash(const char *word, int length) {
    uint32_t value = 2166136261u; /* FNV-1a */
    for (int i = 0; i < length; i++) {
        value ^= (unsigned char)word[i];
        value *= 16777619u;
    }
    return value;
}

/* The stem of a word and its cache slot (NULL when the word is too long to cache). */
static const char *stem_in_slot(sl_stemmer *stemmer, const char *word, int length, int *stem_length, slot **cached) {
    slot *entry = NULL;
    *cached = NULL;
    if (length > 0 && length < WORD_MAX) {
        entry = &stemmer->slots[hash(word, length) % SLOTS];
        if (entry->word_length == length && memcmp(entry->word, word, (size_t)length) == 0) {
            *stem_length = entry->stem_length;
            *cached = entry;
            return entry->stem;
        }
    }
    const sb_symbol *stem = sb_stemmer_stem(stemmer->snowball, (const sb_symbol *)word, length);
    if (stem == NULL) return NULL;
    int stemmed = sb_stemmer_length(stemmer->snowball);
    *stem_length = stemmed;
    if (entry != NULL && stemmed < WORD_MAX) {
        entry->word_length = (unsigned char)length;
        memcpy(entry->word, word, (size_t)length);
        entry->stem_length = (unsigned char)stemmed;
        entry->remembered = 0;
        memcpy(entry->stem, stem, (size_t)stemmed);
        *cached = entry;
    }
    return (const char *)stem;
}

const char *sl_stem(sl_stemmer *stemmer, const char *word, int length, int *stem_length) {
    slot *cached;
    return stem_in_slot(stemmer, word, length, stem_length, &cached);
}

/* Grows an array to hold `needed` elements of `size` bytes; 0 if memory ran out. */
static int reserve(void **array, int *capacity, int needed, size_t size) {
    if (needed <= *capacity) return 1;
    int grown = *capacity < 16 ? 16 : *capacity;
    while (grown < needed) grown *= 2;
    void *moved = realloc(*array, (size_t)grown * size);
    if (moved == NULL) return 0;
    *array = moved;
    *capacity = grown;
    return 1;
}

/* The slot of `text` in a table whose entries' texts `text_of` gives, or the empty slot for it. */
typedef const char *(*text_of)(const sl_stemmer *stemmer, int position, int *length);

static const char *form_text(const sl_stemmer *stemmer, int position, int *length) {
    *length = stemmer->forms[position].length;
    return stemmer->forms[position].marked;
}

static const char *stem_text(const sl_stemmer *stemmer, int position, int *length) {
    *length = stemmer->stems[position].length;
    return stemmer->stems[position].stem;
}

static int *find_slot(const sl_stemmer *stemmer, const table *table, text_of text, const char *wanted, int length) {
    if (table->capacity == 0) return NULL;
    uint32_t mask = (uint32_t)table->capacity - 1;
    for (uint32_t probe = hash(wanted, length) & mask;; probe = (probe + 1) & mask) {
        int *slot = &table->slots[probe];
        if (*slot == 0) return slot;
        int found_length;
        const char *found = text(stemmer, *slot - 1, &found_length);
        if (found_length == length && memcmp(found, wanted, (size_t)length) == 0) return slot;
    }
}

/* Keeps a table at most half full; 0 if memory ran out. */
static int make_room(sl_stemmer *stemmer, table *table, text_of text, int count) {
    if ((count + 1) * 2 <= table->capacity) return 1;
    int capacity = table->capacity == 0 ? 1024 : table->capacity * 2;
    int *old = table->slots;
    int old_capacity = table->capacity;
    table->slots = calloc((size_t)capacity, sizeof(int));
    if (table->slots == NULL) {
        table->slots = old;
        return 0;
    }
    table->capacity = capacity;
    for (int i = 0; i < old_capacity; i++) {
        if (old[i] == 0) continue;
        int length;
        const char *entry = text(stemmer, old[i] - 1, &length);
        *find_slot(stemmer, table, text, entry, length) = old[i];
    }
    free(old);
    return 1;
}

static char *copy_marked(char mark, const char *text, int length) {
    char *copy = malloc((size_t)length + 1);
    if (copy == NULL) return NULL;
    copy[0] = mark;
    memcpy(copy + 1, text, (size_t)length);
    return copy;
}

/* Remembers a document's word under its stem; 0 if memory ran out. */
static int remember(sl_stemmer *stemmer, const char *word, int length, const char *stem, int stem_length) {
    char *marked = copy_marked('_', word, length);
    if (marked == NULL) return 0;
    if (!make_room(stemmer, &stemmer->form_table, form_text, stemmer->form_count)) return free(marked), 0;
    int *form_slot = find_slot(stemmer, &stemmer->form_table, form_text, marked, length + 1);
    if (*form_slot != 0) return free(marked), 1;
    if (!make_room(stemmer, &stemmer->stem_table, stem_text, stemmer->stem_count)) return free(marked), 0;
    int *stem_slot = find_slot(stemmer, &stemmer->stem_table, stem_text, stem, stem_length);
    if (*stem_slot == 0) {
        char *copy = malloc((size_t)stem_length);
        if (copy == NULL || !reserve((void **)&stemmer->stems, &stemmer->stem_capacity, stemmer->stem_count + 1, sizeof(stem_entry))) {
            free(copy);
            free(marked);
            return 0;
        }
        memcpy(copy, stem, (size_t)stem_length);
        stemmer->stems[stemmer->stem_count] = (stem_entry){copy, stem_length, -1};
        *stem_slot = ++stemmer->stem_count;
    }
    if (!reserve((void **)&stemmer->forms, &stemmer->form_capacity, stemmer->form_count + 1, sizeof(form))) return free(marked), 0;
    stem_entry *entry = &stemmer->stems[*stem_slot - 1];
    stemmer->forms[stemmer->form_count] = (form){marked, length + 1, entry->first};
    entry->first = stemmer->form_count;
    /* The form table may have moved the slot while the stem table grew: find it again. */
    *find_slot(stemmer, &stemmer->form_table, form_text, marked, length + 1) = ++stemmer->form_count;
    return 1;
}

/* `text` marked '_' in the scratch buffer; NULL if memory ran out. */
static const char *scratch_marked(sl_stemmer *stemmer, const char *text, int length) {
    if (!reserve((void **)&stemmer->scratch, &stemmer->scratch_capacity, length + 1, 1)) return NULL;
    stemmer->scratch[0] = '_';
    memcpy(stemmer->scratch + 1, text, (size_t)length);
    return stemmer->scratch;
}

static const sl_token *tokens(sl_stemmer *stemmer, int wanted) {
    return reserve((void **)&stemmer->tokens, &stemmer->token_capacity, wanted, sizeof(sl_token)) ? stemmer->tokens : NULL;
}

const sl_token *sl_forms(sl_stemmer *stemmer, const char *word, int length, int mode, int *count) {
    *count = 0;
    if (tokens(stemmer, 2) == NULL) return NULL;
    sl_token *out = stemmer->tokens;
    if (mode == SL_PREFIX) {
        const char *marked = scratch_marked(stemmer, word, length);
        if (marked == NULL) return NULL;
        out[0] = (sl_token){word, length};
        out[1] = (sl_token){marked, length + 1};
        *count = 2;
        return out;
    }
    int stem_length = 0;
    slot *cached;
    const char *stem = stem_in_slot(stemmer, word, length, &stem_length, &cached);
    if (stem == NULL) return NULL;
    int own = stem_length == length && memcmp(stem, word, (size_t)length) == 0;
    switch (mode) {
    case SL_DOCUMENT:
        if (own) {
            out[0] = (sl_token){stem, stem_length};
        } else {
            if (cached == NULL || !cached->remembered) {
                if (!remember(stemmer, word, length, stem, stem_length)) return NULL;
                if (cached != NULL) cached->remembered = 1;
            }
            const char *marked = scratch_marked(stemmer, word, length);
            if (marked == NULL) return NULL;
            out[0] = (sl_token){marked, length + 1};
        }
        *count = 1;
        return out;
    case SL_STEMS:
        out[0] = (sl_token){stem, stem_length};
        if (own) {
            *count = 1;
        } else {
            const char *marked = scratch_marked(stemmer, word, length);
            if (marked == NULL) return NULL;
            out[1] = (sl_token){marked, length + 1};
            *count = 2;
        }
        return out;
    default: { /* SL_QUERY */
        int *stem_slot = find_slot(stemmer, &stemmer->stem_table, stem_text, stem, stem_length);
        int first = stem_slot == NULL || *stem_slot == 0 ? -1 : stemmer->stems[*stem_slot - 1].first;
        int wanted = 1;
        for (int i = first; i >= 0; i = stemmer->forms[i].next) wanted++;
        if (tokens(stemmer, wanted) == NULL) return NULL;
        out = stemmer->tokens;
        out[0] = (sl_token){stem, stem_length};
        int n = 1;
        for (int i = first; i >= 0; i = stemmer->forms[i].next) out[n++] = (sl_token){stemmer->forms[i].marked, stemmer->forms[i].length};
        *count = n;
        return out;
    }
    }
}
