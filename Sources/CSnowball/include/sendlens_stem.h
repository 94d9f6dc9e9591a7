#ifndef SENDLENS_STEM_H
#define SENDLENS_STEM_H

/*
 * An English Snowball stemmer with a cache of recent words: text repeats its words (Zipf), and a
 * cache hit costs a hash and a compare where libstemmer runs its whole algorithm.
 */

typedef struct sl_stemmer sl_stemmer;

sl_stemmer *sl_stemmer_new(void);
void sl_stemmer_free(sl_stemmer *stemmer);

/* The stem of a lower-case UTF-8 word. The result is owned by the stemmer and valid until the
 * next call; *stem_length receives its length in bytes. Returns NULL if stemming failed. */
const char *sl_stem(sl_stemmer *stemmer, const char *word, int length, int *stem_length);

/*
 * What a word becomes in the index. A word is indexed by its stem, so that "waits" finds
 * "waiting"; a word that is not its own stem also leaves itself, marked with '_', at the same
 * place, so that a prefix ("inspection*") matches the words as written whatever the stemmer made
 * of them. A stem that is not the start of its word ("famili" of "family") is marked '~', so that
 * a prefix never reaches it; a query asks for both forms of a stem.
 */
typedef struct {
    const char *text;
    int length;
} sl_token;

enum {
    SL_DOCUMENT = 0, /* the stem (or ~stem), then _word when they differ */
    SL_QUERY = 1,    /* the stem, then ~stem */
    SL_PREFIX = 2    /* the word, then _word */
};

/* Writes one or two tokens for a lower-case UTF-8 word into tokens[0] (at the word's position) and
 * tokens[1] (at the same position). They are owned by the stemmer and valid until the next call.
 * Returns how many, or 0 if stemming failed. */
int sl_forms(sl_stemmer *stemmer, const char *word, int length, int mode, sl_token tokens[2]);

#endif
