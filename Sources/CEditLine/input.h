// The terminal input under the line editor: bytes from standard input, bracketed-paste
// markers taken out, UTF-8 decoded into characters. Private to CEditLine.
#ifndef PLANSH_INPUT_H
#define PLANSH_INPUT_H

#include <stddef.h>
#include <wchar.h>

/// What reading the next character gave.
typedef enum {
  INPUT_CHARACTER,    // a character was read
  INPUT_END,          // end of input
  INPUT_ERROR,        // the terminal failed (hung up, say)
  INPUT_INTERRUPTED,  // Ctrl-C (SIGINT) arrived
  INPUT_RESIZED,      // the window changed size (SIGWINCH)
  INPUT_PASTE_BEGAN,  // the terminal sent ESC[200~
  INPUT_PASTE_ENDED,  // the terminal sent ESC[201~
} plansh_input_status;

/// The terminal opened for reading, bytes read ahead while checking for a paste marker,
/// and the UTF-8 decoder state.
typedef struct {
  int descriptor;
  int blocking;  // 1 when the terminal could not be opened and standard input is used
  unsigned char ahead[8];
  size_t ahead_start, ahead_end;
  mbstate_t decoder;
} plansh_input;

/// Opens the terminal on standard input for reading; falls back to standard input itself.
void plansh_input_open(plansh_input *input);

/// Closes what `plansh_input_open` opened.
void plansh_input_close(plansh_input *input);

/// Reads the next character from standard input; waits for one.
plansh_input_status plansh_input_next(plansh_input *input, wchar_t *character);

/// Whether a character can be read without waiting.
int plansh_input_pending(const plansh_input *input);

/// Forgets bytes read ahead and any half-decoded character (after Ctrl-C).
void plansh_input_reset(plansh_input *input);

/// Whether SIGINT arrived since the flag was last cleared; clears it when `clear`.
int plansh_input_interrupted(int clear);

#endif
