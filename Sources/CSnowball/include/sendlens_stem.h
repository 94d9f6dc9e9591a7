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
 * What a word becomes in the index, so that a stem finds every form of a word ("waits" finds
 * "waiting") and a prefix finds words as written ("inspection*" finds "inspections", whose stem is
 * "inspect"). A word that is its own stem is indexed as itself; any other word as itself marked
 * with '_' ("_waiting"), and the stemmer remembers it under its stem. A query for a stem then asks
 * for the stem and, at the same place, every marked word remembered under it; a prefix asks for
 * words starting with it, marked or not. Each word is one token in the index, as with a plain
 * stemmer.
 */
typedef struct {
    const char *text;
    int length;
} sl_token;

enum {
    SL_DOCUMENT = 0, /* the word or _word; remembered under its stem */
    SL_QUERY = 1,    /* the stem, then each _word remembered under it */
    SL_PREFIX = 2,   /* the word, then _word */
    SL_STEMS = 3     /* the stem, then _word when they differ: for reading a text back */
};

/* The tokens for a lower-case UTF-8 word: the first at the word's place, the rest at the same place.
 * Owned by the stemmer and valid until the next call; *count receives how many (0 if out of memory). */
const sl_token *sl_forms(sl_stemmer *stemmer, const char *word, int length, int mode, int *count);

#endif
