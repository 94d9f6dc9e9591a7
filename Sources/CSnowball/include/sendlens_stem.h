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

#endif
