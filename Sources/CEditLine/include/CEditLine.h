#ifndef PLANSH_CEDITLINE_H
#define PLANSH_CEDITLINE_H

#include <stddef.h>

/// An open libedit editor with its history; opaque to Swift.
typedef struct plansh_editor plansh_editor;

/// Called on Tab with the line up to the cursor. Returns a malloc'd string to insert
/// after deleting `*delete_count` bytes before the cursor, or NULL; may set `*listing`
/// to a malloc'd block of text to show below the line.
typedef char *(*plansh_completer)(void *context, const char *line_to_cursor,
                                  int *delete_count, char **listing);

/// Sets the locale from the environment; libedit drops non-ASCII bytes without it.
void plansh_set_locale(void);

/// Installs the SIGINT and SIGWINCH handlers the editor relies on.
void plansh_install_signal_handlers(void);

/// Returns and clears the flag the SIGINT handler sets.
int plansh_take_interrupt(void);

/// Opens an editor on stdin/stdout (el_init, history_init, el_source of ~/.editrc).
plansh_editor *plansh_editor_open(const char *program_name);

/// Closes the editor and restores the terminal (el_end, history_end).
void plansh_editor_close(plansh_editor *editor);

/// Sets the prompt; bytes between two \1 markers are escapes of zero width.
void plansh_editor_set_prompt(plansh_editor *editor, const char *prompt);

/// Reads one line (el_gets). Returns NULL at end of input or when interrupted;
/// `*length` receives the byte count, which may include NUL bytes.
const char *plansh_editor_read(plansh_editor *editor, int *length);

/// Registers the Tab completion callback (EL_ADDFN bound to ^I).
void plansh_editor_set_completer(plansh_editor *editor, plansh_completer completer,
                                 void *context);

/// Adds a line to history (H_ENTER), skipping a repeat of the previous line.
void plansh_history_add(plansh_editor *editor, const char *line);

/// Bounds the history size (H_SETSIZE).
void plansh_history_set_size(plansh_editor *editor, int size);

/// Loads (H_LOAD) or saves (H_SAVE) history; returns -1 on failure.
int plansh_history_load(plansh_editor *editor, const char *path);
int plansh_history_save(plansh_editor *editor, const char *path);

/// Number of columns of the terminal on `fd`, or 0 when it is not a terminal.
int plansh_terminal_columns(int fd);

#endif
