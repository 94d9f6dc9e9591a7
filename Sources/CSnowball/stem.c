#include "sendlens_stem.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 8192, WORD_MAX = 24 };

typedef struct {
    unsigned char word_length;
    unsigned char stem_length;
    char word[WORD_MAX];
    char stem[WORD_MAX];
} slot;

struct sl_stemmer {
    struct sb_stemmer *snowball;
    slot slots[SLOTS];
    /* Room for the marked forms sl_forms returns. */
    char *marked[2];
    int capacity[2];
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
    free(stemmer->marked[0]);
    free(stemmer->marked[1]);
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

const char *sl_stem(sl_stemmer *stemmer, const char *word, int length, int *stem_length) {
    slot *entry = NULL;
    if (length > 0 && length < WORD_MAX) {
        entry = &stemmer->slots[hash(word, length) % SLOTS];
        if (entry->word_length == length && memcmp(entry->word, word, (size_t)length) == 0) {
            *stem_length = entry->stem_length;
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
        memcpy(entry->stem, stem, (size_t)stemmed);
    }
    return (const char *)stem;
}

/* `text` with `mark` before it, in the stemmer's buffer `which`; NULL if memory ran out. */
static const char *marked(sl_stemmer *stemmer, int which, char mark, const char *text, int length) {
    if (length + 1 > stemmer->capacity[which]) {
        int capacity = length + 64;
        char *grown = realloc(stemmer->marked[which], (size_t)capacity);
        if (grown == NULL) return NULL;
        stemmer->marked[which] = grown;
        stemmer->capacity[which] = capacity;
    }
    stemmer->marked[which][0] = mark;
    memcpy(stemmer->marked[which] + 1, text, (size_t)length);
    return stemmer->marked[which];
}

int sl_forms(sl_stemmer *stemmer, const char *word, int length, int mode, sl_token tokens[2]) {
    if (mode == SL_PREFIX) {
        tokens[0] = (sl_token){word, length};
        tokens[1] = (sl_token){marked(stemmer, 1, '_', word, length), length + 1};
        return tokens[1].text == NULL ? 0 : 2;
    }
    int stem_length = 0;
    const char *stem = sl_stem(stemmer, word, length, &stem_length);
    if (stem == NULL) return 0;
    if (mode == SL_QUERY) {
        tokens[0] = (sl_token){stem, stem_length};
        tokens[1] = (sl_token){marked(stemmer, 0, '~', stem, stem_length), stem_length + 1};
        return tokens[1].text == NULL ? 0 : 2;
    }
    if (stem_length == length && memcmp(stem, word, (size_t)length) == 0) {
        tokens[0] = (sl_token){stem, stem_length};
        return 1;
    }
    int starts_word = stem_length <= length && memcmp(stem, word, (size_t)stem_length) == 0;
    tokens[0] = starts_word ? (sl_token){stem, stem_length}
                            : (sl_token){marked(stemmer, 0, '~', stem, stem_length), stem_length + 1};
    tokens[1] = (sl_token){marked(stemmer, 1, '_', word, length), length + 1};
    return tokens[0].text == NULL || tokens[1].text == NULL ? 0 : 2;
}
