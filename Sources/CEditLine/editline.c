#define _GNU_SOURCE
#include "sendlens_editline.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct sl_editor {
    EditLine *el;
    History *history;
    HistEvent event;
    char *prompt;
    char *line;
    size_t line_capacity;
    sl_complete_fn complete;
    void *complete_context;
};

static volatile sig_atomic_t interrupted = 0;

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupted = 1;
}

int sl_ensure_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 0;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        setlocale(LC_CTYPE, "en_US.UTF-8");
    }
    return 1;
}

void sl_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: el_gets must return with EINTR */
    sigaction(SIGINT, &action, NULL);
}

int sl_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

int sl_interrupt_pending(void) {
    return interrupted;
}

static char *prompt_of(EditLine *el) {
    sl_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor != NULL && editor->prompt != NULL ? editor->prompt : "> ";
}

static size_t utf8_length(const char *text, size_t bytes) {
    size_t count = 0;
    for (size_t i = 0; i < bytes; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80) count++;
    }
    return count;
}

static size_t terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

/* Prints candidates in columns below the line, as shells do. */
static void list_candidates(char **candidates, size_t count) {
    size_t widest = 0;
    for (size_t i = 0; i < count; i++) {
        size_t width = utf8_length(candidates[i], strlen(candidates[i]));
        if (width > widest) widest = width;
    }
    size_t column_width = widest + 2;
    size_t columns = terminal_columns() / column_width;
    if (columns == 0) columns = 1;
    size_t rows = (count + columns - 1) / columns;
    fputc('\n', stdout);
    for (size_t row = 0; row < rows; row++) {
        for (size_t column = 0; column < columns; column++) {
            size_t index = column * rows + row;
            if (index >= count) break;
            fputs(candidates[index], stdout);
            if (column + 1 < columns && index + rows < count) {
                size_t pad = column_width - utf8_length(candidates[index], strlen(candidates[index]));
                for (size_t p = 0; p < pad; p++) fputc(' ', stdout);
            }
        }
        fputc('\n', stdout);
    }
    fflush(stdout);
}

static void replace_word(EditLine *el, const char *word, size_t word_bytes, const char *with, size_t with_bytes) {
    el_deletestr(el, (int)utf8_length(word, word_bytes));
    char *copy = strndup(with, with_bytes);
    if (copy != NULL) {
        el_insertstr(el, copy);
        free(copy);
    }
}

static unsigned char complete_word(EditLine *el, int ch) {
    (void)ch;
    sl_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    if (editor == NULL || editor->complete == NULL) return CC_REFRESH_BEEP;

    const LineInfo *info = el_line(el);
    size_t before_bytes = (size_t)(info->cursor - info->buffer);
    char *before = strndup(info->buffer, before_bytes);
    if (before == NULL) return CC_ERROR;
    int word_start = (int)before_bytes;
    char *list = editor->complete(editor->complete_context, before, &word_start);
    if (list == NULL || *list == '\0' || word_start < 0 || (size_t)word_start > before_bytes) {
        free(before);
        free(list);
        return CC_REFRESH_BEEP;
    }

    size_t count = 1;
    for (char *c = list; *c; c++) if (*c == '\n') count++;
    char **candidates = calloc(count, sizeof *candidates);
    if (candidates == NULL) {
        free(before);
        free(list);
        return CC_ERROR;
    }
    size_t n = 0;
    for (char *token = strtok(list, "\n"); token != NULL; token = strtok(NULL, "\n")) {
        candidates[n++] = token;
    }

    const char *word = before + word_start;
    size_t word_bytes = before_bytes - (size_t)word_start;
    unsigned char result = CC_REFRESH;
    if (n == 1) {
        size_t length = strlen(candidates[0]);
        replace_word(el, word, word_bytes, candidates[0], length);
        if (length > 0 && candidates[0][length - 1] != '/') el_insertstr(el, " ");
    } else if (n > 1) {
        size_t common = strlen(candidates[0]);
        for (size_t i = 1; i < n; i++) {
            size_t j = 0;
            while (j < common && candidates[i][j] == candidates[0][j]) j++;
            common = j;
        }
        while (common > 0 && ((unsigned char)candidates[0][common] & 0xC0) == 0x80) common--;
        if (common > word_bytes) {
            replace_word(el, word, word_bytes, candidates[0], common);
        } else {
            list_candidates(candidates, n);
            result = CC_REDISPLAY;
        }
    } else {
        result = CC_REFRESH_BEEP;
    }
    free(candidates);
    free(list);
    free(before);
    return result;
}

sl_editor *sl_editor_open(const char *program, int history_size) {
    sl_editor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->el = el_init(program, stdin, stdout, stderr);
    editor->history = history_init();
    if (editor->el == NULL || editor->history == NULL) {
        sl_editor_close(editor);
        return NULL;
    }
    history(editor->history, &editor->event, H_SETSIZE, history_size);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_SIGNAL, 0);
    el_set(editor->el, EL_PROMPT, prompt_of);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_ADDFN, "sendlens-complete", "Complete the word before the cursor", complete_word);
    el_set(editor->el, EL_BIND, "^I", "sendlens-complete", NULL);
    el_set(editor->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(editor->el, NULL);
    return editor;
}

void sl_editor_close(sl_editor *editor) {
    if (editor == NULL) return;
    if (editor->el != NULL) el_end(editor->el);
    if (editor->history != NULL) history_end(editor->history);
    free(editor->prompt);
    free(editor->line);
    free(editor);
}

void sl_editor_set_prompt(sl_editor *editor, const char *prompt) {
    free(editor->prompt);
    editor->prompt = strdup(prompt);
}

void sl_editor_set_completer(sl_editor *editor, sl_complete_fn complete, void *context) {
    editor->complete = complete;
    editor->complete_context = context;
}

const char *sl_editor_read(sl_editor *editor, int *outcome) {
    int count = 0;
    interrupted = 0; /* a Ctrl-C during the last command has been dealt with */
    errno = 0;
    const char *raw = el_gets(editor->el, &count);
    if (raw == NULL || count <= 0) {
        if (sl_take_interrupt() || errno == EINTR) {
            *outcome = SL_READ_INTERRUPTED;
        } else if (count < 0) {
            *outcome = SL_READ_ERROR;
        } else {
            *outcome = SL_READ_END;
        }
        return NULL;
    }
    size_t length = (size_t)count;
    while (length > 0 && (raw[length - 1] == '\n' || raw[length - 1] == '\r')) length--;
    if (length + 1 > editor->line_capacity) {
        char *grown = realloc(editor->line, length + 1);
        if (grown == NULL) {
            *outcome = SL_READ_ERROR;
            return NULL;
        }
        editor->line = grown;
        editor->line_capacity = length + 1;
    }
    memcpy(editor->line, raw, length);
    editor->line[length] = '\0';
    *outcome = SL_READ_LINE;
    return editor->line;
}

void sl_editor_history_add(sl_editor *editor, const char *line) {
    history(editor->history, &editor->event, H_ENTER, line);
}

int sl_editor_history_load(sl_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_LOAD, path) < 0 ? -1 : 0;
}

int sl_editor_history_save(sl_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_SAVE, path) < 0 ? -1 : 0;
}
