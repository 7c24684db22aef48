// Non-variadic wrappers over libedit, which Swift cannot call directly, and the character
// reader (EL_GETCFN) that fixes what libedit 3.1 gets wrong at a real terminal.

// wcwidth is an X/Open function; glibc declares it only when asked.
#define _GNU_SOURCE
#include "CEditLine.h"
#include "input.h"

#include <histedit.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// Keys the reader hands libedit to run our own editor functions. They are C1 controls,
// which no keyboard sends; the reader turns any typed one into U+FFFD.
enum { KEY_MOVE_TO_END = 0x9D, KEY_INSERT_PASTE = 0x9E, KEY_REDRAW = 0x9F };

// Pasted text goes into the line in pieces of at most this many characters.
enum { PASTE_PIECE = 1024 };

struct plansh_editor {
  EditLine *el;
  History *history;
  HistEvent event;
  char *prompt;
  plansh_completer completer;
  void *completer_context;
  plansh_input input;
  int in_paste;
  int paste_saw_return;
  wchar_t held;  // a key to hand libedit next: the line end after a piece of paste
  int moved_for_interrupt;
  wchar_t *paste;
  size_t paste_length, paste_capacity;
  wchar_t *shown;  // the line when the reader last looked, to see how it changed
  size_t shown_length, shown_capacity;
};

void plansh_set_locale(void) { setlocale(LC_ALL, ""); }

static plansh_editor *editor_of(EditLine *el) {
  plansh_editor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  return editor;
}

static char *prompt_function(EditLine *el) {
  plansh_editor *editor = editor_of(el);
  return editor && editor->prompt ? editor->prompt : "";
}

// Makes room for `count` characters plus a terminating NUL.
static int reserve(wchar_t **text, size_t *capacity, size_t count) {
  if (count + 1 <= *capacity) return 1;
  size_t grown = (count + 1) * 2;
  wchar_t *bigger = realloc(*text, grown * sizeof **text);
  if (!bigger) return 0;
  *text = bigger;
  *capacity = grown;
  return 1;
}

static int has_wide_character(const wchar_t *text, size_t length) {
  for (size_t index = 0; index < length; index++) {
    if (wcwidth(text[index]) > 1) return 1;
  }
  return 0;
}

// libedit 3.1 updates a changed line by rewriting only the part that differs. When that
// part ends inside a double-width character it writes the whole character but counts one
// column, so the terminal's cursor drifts from where libedit believes it is and the next
// edits land in the wrong place. A full redraw starts again from column 0. It is asked
// for when a line holding such characters changed other than by typing at its end.
static int line_needs_redraw(plansh_editor *editor) {
  const LineInfoW *line = el_wline(editor->el);
  size_t length = (size_t)(line->lastchar - line->buffer);
  size_t before = editor->shown_length;
  if (length == before && wmemcmp(line->buffer, editor->shown, length) == 0) return 0;

  int appended = length > before && wmemcmp(line->buffer, editor->shown, before) == 0 &&
                 line->cursor == line->lastchar;
  int wide = has_wide_character(editor->shown, before) ||
             has_wide_character(line->buffer, length);
  if (reserve(&editor->shown, &editor->shown_capacity, length)) {
    wmemcpy(editor->shown, line->buffer, length);
    editor->shown_length = length;
  } else {
    editor->shown_length = 0;
  }
  return wide && !appended;
}

// Collects pasted text so that it goes in as text, never as editing keys (a Tab in it is
// not a completion). A line end in it still ends the line, so each pasted line runs.
// Returns 1 with the key to hand libedit in `*key`, or 0 to read on.
static int take_pasted(plansh_editor *editor, wchar_t character, wchar_t *key) {
  int after_return = editor->paste_saw_return;
  editor->paste_saw_return = character == '\r';
  if (character == '\n' && after_return) return 0;  // CR LF is one line end
  if (character == '\r' || character == '\n') {
    *key = editor->paste_length > 0 ? KEY_INSERT_PASTE : '\r';
    if (editor->paste_length > 0) editor->held = '\r';
    return 1;
  }

  if (character != 0 &&
      reserve(&editor->paste, &editor->paste_capacity, editor->paste_length + 1)) {
    editor->paste[editor->paste_length++] = character;
  }
  if (editor->paste_length >= PASTE_PIECE || !plansh_input_pending(&editor->input)) {
    *key = KEY_INSERT_PASTE;
    return 1;
  }
  return 0;
}

// After Ctrl-C: the key that first puts the cursor after the text, so that the ^C printed
// next overwrites none of it, or 0 when it is there already.
static wchar_t key_before_interrupt(plansh_editor *editor) {
  const LineInfoW *line = el_wline(editor->el);
  if (editor->moved_for_interrupt || line->cursor == line->lastchar) return 0;
  editor->moved_for_interrupt = 1;
  return KEY_MOVE_TO_END;
}

// Our own character reader, so that Ctrl-C ends el_gets at once instead of being retried
// inside libedit, a resize redraws the line, and pasted text arrives exactly as pasted.
static int read_character(EditLine *el, wchar_t *out) {
  plansh_editor *editor = editor_of(el);
  if (editor->held) {
    *out = editor->held;
    editor->held = 0;
    return 1;
  }
  if (!editor->in_paste && !plansh_input_pending(&editor->input) &&
      line_needs_redraw(editor)) {
    *out = KEY_REDRAW;
    return 1;
  }

  for (;;) {
    wchar_t character;
    switch (plansh_input_next(&editor->input, &character)) {
    case INPUT_CHARACTER: break;
    case INPUT_END: return 0;
    case INPUT_ERROR: return -1;
    case INPUT_INTERRUPTED:
      *out = key_before_interrupt(editor);
      return *out ? 1 : -1;
    case INPUT_RESIZED:
      // EL_REFRESH would draw from where libedit thinks the cursor is, not column 0.
      el_resize(el);
      if (editor->in_paste) continue;
      *out = KEY_REDRAW;
      return 1;
    case INPUT_PASTE_BEGAN:
      editor->in_paste = 1;
      editor->paste_saw_return = 0;
      continue;
    case INPUT_PASTE_ENDED:
      editor->in_paste = 0;
      if (editor->paste_length == 0) continue;
      *out = KEY_INSERT_PASTE;
      return 1;
    }
    if (!editor->in_paste) {
      *out = character;
      return 1;
    }
    if (take_pasted(editor, character, out)) return 1;
  }
}

static unsigned char insert_paste(EditLine *el, int key) {
  (void)key;
  plansh_editor *editor = editor_of(el);
  if (editor->paste_length == 0) return CC_NORM;
  editor->paste[editor->paste_length] = L'\0';
  editor->paste_length = 0;
  return el_winsertstr(el, editor->paste) == 0 ? CC_REFRESH : CC_REFRESH_BEEP;
}

static unsigned char move_to_end(EditLine *el, int key) {
  (void)key;
  const LineInfoW *line = el_wline(el);
  el_cursor(el, (int)(line->lastchar - line->cursor));
  return CC_CURSOR;
}

static unsigned char redraw(EditLine *el, int key) {
  (void)el;
  (void)key;
  return CC_REDISPLAY;
}

static unsigned char complete_function(EditLine *el, int key) {
  (void)key;
  plansh_editor *editor = editor_of(el);
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
  if (!editor->el || !editor->history ||
      !reserve(&editor->shown, &editor->shown_capacity, 256)) {
    plansh_editor_close(editor);
    return NULL;
  }
  plansh_input_open(&editor->input);
  history(editor->history, &editor->event, H_SETSIZE, 1000);
  history(editor->history, &editor->event, H_SETUNIQUE, 1);

  el_set(editor->el, EL_CLIENTDATA, editor);
  el_set(editor->el, EL_EDITOR, "emacs");
  el_set(editor->el, EL_PROMPT_ESC, prompt_function, '\1');
  el_set(editor->el, EL_HIST, history, editor->history);
  el_set(editor->el, EL_GETCFN, read_character);
  el_set(editor->el, EL_ADDFN, "plansh-complete", "Complete a word", complete_function);
  el_set(editor->el, EL_ADDFN, "plansh-insert-paste", "Insert pasted text", insert_paste);
  el_set(editor->el, EL_ADDFN, "plansh-redraw", "Redraw the whole line", redraw);
  el_set(editor->el, EL_ADDFN, "plansh-move-to-end", "Cursor to the end", move_to_end);
  el_set(editor->el, EL_BIND, "^I", "plansh-complete", NULL);
  el_source(editor->el, NULL);

  // Bound after ~/.editrc, whose 'bind -v' would reset them; -a is vi's command mode.
  // The wide-character call, since the narrow one cannot decode them in a C locale.
  const wchar_t *bindings[][2] = {
      {L"\x9d", L"plansh-move-to-end"},
      {L"\x9e", L"plansh-insert-paste"},
      {L"\x9f", L"plansh-redraw"},
  };
  for (size_t index = 0; index < sizeof bindings / sizeof *bindings; index++) {
    el_wset(editor->el, EL_BIND, bindings[index][0], bindings[index][1], NULL);
    el_wset(editor->el, EL_BIND, L"-a", bindings[index][0], bindings[index][1], NULL);
  }
  return editor;
}

void plansh_editor_close(plansh_editor *editor) {
  if (!editor) return;
  if (editor->el) el_end(editor->el);
  if (editor->history) history_end(editor->history);
  plansh_input_close(&editor->input);
  free(editor->prompt);
  free(editor->paste);
  free(editor->shown);
  free(editor);
}

void plansh_editor_set_prompt(plansh_editor *editor, const char *prompt) {
  free(editor->prompt);
  editor->prompt = strdup(prompt);
}

// libedit 3.1 prints the prompt before it puts the terminal in raw mode, so keys typed the
// moment the prompt shows were echoed by the terminal and then drawn again by libedit.
// Echo and line buffering go off first. libedit takes a state without ICANON for none of
// the user's own and sets its saved cooked mode again when the line is done.
static int quiet_terminal(struct termios *saved) {
  if (tcgetattr(STDIN_FILENO, saved) != 0 || !(saved->c_lflag & ICANON)) return 0;
  struct termios quiet = *saved;
  quiet.c_lflag &= ~(tcflag_t)(ECHO | ICANON);
  quiet.c_cc[VMIN] = 1;
  quiet.c_cc[VTIME] = 0;
  return tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
}

// Puts cooked mode back should el_gets have returned before libedit took the terminal.
static void restore_terminal(const struct termios *saved) {
  struct termios now;
  if (tcgetattr(STDIN_FILENO, &now) == 0 && !(now.c_lflag & ICANON)) {
    tcsetattr(STDIN_FILENO, TCSANOW, saved);
  }
}

const char *plansh_editor_read(plansh_editor *editor, int *length) {
  plansh_input_interrupted(1);
  editor->moved_for_interrupt = 0;
  editor->shown_length = 0;
  struct termios saved;
  int quieted = quiet_terminal(&saved);
  const char *line = el_gets(editor->el, length);
  if (quieted) restore_terminal(&saved);
  if (!line && plansh_input_interrupted(0)) {
    // libedit leaves the abandoned text in its buffer; start the next line clean, and
    // forget a paste or a key sequence that Ctrl-C cut short.
    el_reset(editor->el);
    plansh_input_reset(&editor->input);
    editor->in_paste = 0;
    editor->held = 0;
    editor->paste_length = 0;
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
