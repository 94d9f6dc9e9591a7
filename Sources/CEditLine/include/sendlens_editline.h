#ifndef SENDLENS_EDITLINE_H
#define SENDLENS_EDITLINE_H

/*
 * Plain-C wrappers around libedit. Swift cannot call the variadic el_set()
 * and history(), so everything the REPL needs from libedit is here, behind
 * an opaque handle. No libedit header is visible to Swift.
 */

typedef struct sl_editor sl_editor;

/* Completion callback: given the line up to the cursor, returns a malloc'd,
 * newline-separated list of candidates for the word that starts at byte
 * offset *word_start (which it sets), or NULL when there is none. */
typedef char *(*sl_complete_fn)(void *context, const char *before_cursor, int *word_start);

/* Outcome of sl_editor_read. */
enum {
    SL_READ_LINE = 0,
    SL_READ_END = 1,
    SL_READ_INTERRUPTED = 2,
    SL_READ_ERROR = 3
};

/* Sets the locale from the environment, falling back to C.UTF-8 when its
 * codeset is not UTF-8 (libedit drops non-ASCII input otherwise).
 * Returns 1 when it fell back. */
int sl_ensure_utf8_locale(void);

/* SIGINT handler without SA_RESTART: a blocked read returns EINTR, so
 * Ctrl-C ends the current line or command instead of the program. */
void sl_install_interrupt_handler(void);
/* Returns 1 (and clears the flag) when SIGINT arrived since the last call. */
int sl_take_interrupt(void);
/* Returns 1 when SIGINT arrived since the last sl_take_interrupt, without clearing. */
int sl_interrupt_pending(void);

sl_editor *sl_editor_open(const char *program, int history_size);
void sl_editor_close(sl_editor *editor);
void sl_editor_set_prompt(sl_editor *editor, const char *prompt);
void sl_editor_set_completer(sl_editor *editor, sl_complete_fn complete, void *context);

/* Reads one line; *outcome is one of SL_READ_*. The returned text is owned
 * by the editor, valid until the next call, and has no trailing newline. */
const char *sl_editor_read(sl_editor *editor, int *outcome);

void sl_editor_history_add(sl_editor *editor, const char *line);
int sl_editor_history_load(sl_editor *editor, const char *path);
int sl_editor_history_save(sl_editor *editor, const char *path);

#endif
