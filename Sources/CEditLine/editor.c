// Non-variadic wrappers over libedit, which Swift cannot call directly.
#include "CEditLine.h"

#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

struct plansh_editor {
  EditLine *el;
  History *history;
  HistEvent event;
  char *prompt;
  plansh_completer completer;
  void *completer_context;
  mbstate_t decoder;
};

static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t resized = 0;

static void on_interrupt(int signal_number) {
  (void)signal_number;
  interrupted = 1;
}

static void on_resize(int signal_number) {
  (void)signal_number;
  resized = 1;
}

void plansh_set_locale(void) { setlocale(LC_ALL, ""); }

void plansh_install_signal_handlers(void) {
  // No SA_RESTART: a pending read must return EINTR so the editor can drop the line.
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_interrupt;
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = on_resize;
  sigaction(SIGWINCH, &action, NULL);
}

int plansh_take_interrupt(void) {
  int was = interrupted;
  interrupted = 0;
  return was;
}

static char *prompt_function(EditLine *el) {
  plansh_editor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  return editor && editor->prompt ? editor->prompt : "";
}

// Our own character reader (EL_GETCFN) so that Ctrl-C ends el_gets at once instead of
// being retried inside libedit, and a resize redraws the line.
static int read_character(EditLine *el, wchar_t *out) {
  plansh_editor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  for (;;) {
    char byte;
    ssize_t count = read(STDIN_FILENO, &byte, 1);
    if (count == 0) return 0;
    if (count < 0) {
      if (errno != EINTR) return -1;
      if (interrupted) return -1;
      if (resized) {
        resized = 0;
        el_resize(el);
        el_set(el, EL_REFRESH);
      }
      continue;
    }
    wchar_t character;
    size_t used = mbrtowc(&character, &byte, 1, &editor->decoder);
    if (used == (size_t)-2) continue;
    if (used == (size_t)-1) {
      memset(&editor->decoder, 0, sizeof editor->decoder);
      character = (unsigned char)byte;
    }
    *out = character;
    return 1;
  }
}

static unsigned char complete_function(EditLine *el, int key) {
  (void)key;
  plansh_editor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  if (!editor || !editor->completer) return CC_ERROR;

  const LineInfo *info = el_line(el);
  size_t length = (size_t)(info->cursor - info->buffer);
  char *before = malloc(length + 1);
  if (!before) return CC_ERROR;
  memcpy(before, info->buffer, length);
  before[length] = '\0';

  int delete_count = 0;
  char *listing = NULL;
  char *insertion = editor->completer(editor->completer_context, before, &delete_count,
                                      &listing);
  free(before);

  unsigned char status = CC_REFRESH;
  if (insertion) {
    if (delete_count > 0) el_deletestr(el, delete_count);
    el_insertstr(el, insertion);
    free(insertion);
  }
  if (listing) {
    fputs("\n", stdout);
    fputs(listing, stdout);
    fflush(stdout);
    free(listing);
    status = CC_REDISPLAY;
  } else if (!insertion) {
    status = CC_REFRESH_BEEP;
  }
  return status;
}

plansh_editor *plansh_editor_open(const char *program_name) {
  plansh_editor *editor = calloc(1, sizeof *editor);
  if (!editor) return NULL;
  editor->el = el_init(program_name, stdin, stdout, stderr);
  editor->history = history_init();
  if (!editor->el || !editor->history) {
    plansh_editor_close(editor);
    return NULL;
  }
  history(editor->history, &editor->event, H_SETSIZE, 1000);
  history(editor->history, &editor->event, H_SETUNIQUE, 1);

  el_set(editor->el, EL_CLIENTDATA, editor);
  el_set(editor->el, EL_EDITOR, "emacs");
  el_set(editor->el, EL_PROMPT_ESC, prompt_function, '\1');
  el_set(editor->el, EL_HIST, history, editor->history);
  el_set(editor->el, EL_GETCFN, read_character);
  el_set(editor->el, EL_ADDFN, "plansh-complete", "Complete a word", complete_function);
  el_set(editor->el, EL_BIND, "^I", "plansh-complete", NULL);
  el_source(editor->el, NULL);
  return editor;
}

void plansh_editor_close(plansh_editor *editor) {
  if (!editor) return;
  if (editor->el) el_end(editor->el);
  if (editor->history) history_end(editor->history);
  free(editor->prompt);
  free(editor);
}

void plansh_editor_set_prompt(plansh_editor *editor, const char *prompt) {
  free(editor->prompt);
  editor->prompt = strdup(prompt);
}

const char *plansh_editor_read(plansh_editor *editor, int *length) {
  interrupted = 0;
  const char *line = el_gets(editor->el, length);
  if (interrupted) {
    // libedit leaves the abandoned text in its buffer; start the next line clean.
    el_reset(editor->el);
    return NULL;
  }
  return line;
}

void plansh_editor_set_completer(plansh_editor *editor, plansh_completer completer,
                                 void *context) {
  editor->completer = completer;
  editor->completer_context = context;
}

void plansh_history_add(plansh_editor *editor, const char *line) {
  history(editor->history, &editor->event, H_ENTER, line);
}

void plansh_history_set_size(plansh_editor *editor, int size) {
  history(editor->history, &editor->event, H_SETSIZE, size);
}

int plansh_history_load(plansh_editor *editor, const char *path) {
  return history(editor->history, &editor->event, H_LOAD, path);
}

int plansh_history_save(plansh_editor *editor, const char *path) {
  return history(editor->history, &editor->event, H_SAVE, path);
}

int plansh_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}
