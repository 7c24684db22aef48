// Reads the terminal for the line editor: signals that must end a read at once, bracketed
// paste markers, and UTF-8 decoding.

// pipe2 and O_CLOEXEC are GNU and POSIX 2008 names glibc declares only when asked.
#define _GNU_SOURCE
#include "input.h"

#include "CEditLine.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t resized = 0;

// Written to by the signal handlers. A signal sent to the process may run its handler on
// any thread (Foundation and Dispatch start some), which leaves the reading thread asleep;
// the pipe wakes it wherever the handler ran.
static int wake_pipe[2] = {-1, -1};

static void wake_reader(void) {
  int saved = errno;
  if (wake_pipe[1] >= 0) {
    ssize_t ignored = write(wake_pipe[1], "!", 1);
    (void)ignored;
  }
  errno = saved;
}

static void on_interrupt(int signal_number) {
  (void)signal_number;
  interrupted = 1;
  wake_reader();
}

static void on_resize(int signal_number) {
  (void)signal_number;
  resized = 1;
  wake_reader();
}

void plansh_install_signal_handlers(void) {
  if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
    wake_pipe[0] = wake_pipe[1] = -1;
  }
  // SA_RESTART, so that the system calls of a running command never fail with EINTR; the
  // reader does not need EINTR, since the wake pipe ends its wait.
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  action.sa_handler = on_interrupt;
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = on_resize;
  sigaction(SIGWINCH, &action, NULL);

  // A blocked signal mask survives exec; a parent that blocks SIGINT (some test runners
  // and process launchers do) would otherwise leave Ctrl-C pending for ever.
  sigset_t ours;
  sigemptyset(&ours);
  sigaddset(&ours, SIGINT);
  sigaddset(&ours, SIGWINCH);
  pthread_sigmask(SIG_UNBLOCK, &ours, NULL);
}

int plansh_take_interrupt(void) { return plansh_input_interrupted(1); }

int plansh_input_interrupted(int clear) {
  int was = interrupted;
  if (clear) interrupted = 0;
  return was;
}

void plansh_input_open(plansh_input *input) {
  // A descriptor of our own, non-blocking: Ctrl-C makes the terminal throw away the keys
  // not yet read, so a read that a moment ago would have found a byte may now wait for
  // the next key. O_NONBLOCK on standard input itself would be shared with the parent.
  const char *name = ttyname(STDIN_FILENO);
  input->descriptor = name ? open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) : -1;
  input->blocking = input->descriptor < 0;
  if (input->blocking) input->descriptor = STDIN_FILENO;
}

void plansh_input_close(plansh_input *input) {
  if (input->descriptor > STDIN_FILENO) close(input->descriptor);
  input->descriptor = STDIN_FILENO;
}

void plansh_input_reset(plansh_input *input) {
  input->ahead_start = input->ahead_end = 0;
  memset(&input->decoder, 0, sizeof input->decoder);
}

int plansh_input_pending(const plansh_input *input) {
  if (input->ahead_start < input->ahead_end) return 1;
  struct pollfd terminal = {.fd = input->descriptor, .events = POLLIN};
  return poll(&terminal, 1, 0) > 0;
}

// Sleeps until the terminal has input or a signal set a flag. A wake-up left over from a
// signal during the last command is drained and slept through.
static void wait_for_input(const plansh_input *input) {
  struct pollfd watched[2] = {
      {.fd = input->descriptor, .events = POLLIN},
      {.fd = wake_pipe[0], .events = POLLIN},
  };
  nfds_t count = wake_pipe[0] >= 0 ? 2 : 1;
  for (;;) {
    int ready = poll(watched, count, -1);
    if (ready < 0 && errno != EINTR) return;
    if (count == 2 && watched[1].revents) {
      char drained[64];
      while (read(wake_pipe[0], drained, sizeof drained) > 0) continue;
    }
    if ((ready > 0 && watched[0].revents) || interrupted || resized) return;
  }
}

// Reads one byte, waiting for it. The flags are checked before every attempt and a signal
// that comes after the check wakes the wait, so Ctrl-C ends the read however it lands.
static plansh_input_status read_byte(const plansh_input *input, unsigned char *byte) {
  int waited = 0;
  for (;;) {
    if (interrupted) return INPUT_INTERRUPTED;
    if (resized) {
      resized = 0;
      return INPUT_RESIZED;
    }
    // Standard input itself blocks: wait first, so a signal can still end the wait.
    if (input->blocking && !waited) {
      wait_for_input(input);
      waited = 1;
      continue;
    }
    waited = 0;
    ssize_t count = read(input->descriptor, byte, 1);
    if (count == 1) return INPUT_CHARACTER;
    if (count == 0) return INPUT_END;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      wait_for_input(input);
    } else if (errno != EINTR) {
      return INPUT_ERROR;
    }
  }
}

static const char paste_begin[] = "\x1b[200~";
static const char paste_end[] = "\x1b[201~";

// Whether the `length` bytes seen so far could still become a paste marker.
static int could_be_marker(const unsigned char *seen, size_t length) {
  return memcmp(seen, paste_begin, length) == 0 || memcmp(seen, paste_end, length) == 0;
}

// The next byte with paste markers taken out. After an ESC it reads on while the bytes
// can still be a marker (a lone ESC, like libedit itself, waits for the next key); bytes
// that turn out not to be one are handed back one by one, so arrow keys pass untouched.
static plansh_input_status next_byte(plansh_input *input, unsigned char *byte) {
  if (input->ahead_start < input->ahead_end) {
    *byte = input->ahead[input->ahead_start++];
    return INPUT_CHARACTER;
  }
  plansh_input_status status = read_byte(input, byte);
  if (status != INPUT_CHARACTER || *byte != 0x1b) return status;

  unsigned char seen[sizeof paste_begin - 1];
  size_t length = 0;
  seen[length++] = *byte;
  while (length < sizeof seen && could_be_marker(seen, length)) {
    status = read_byte(input, &seen[length]);
    if (status != INPUT_CHARACTER) return status;
    length++;
  }
  if (length == sizeof seen && could_be_marker(seen, length)) {
    return seen[4] == '0' ? INPUT_PASTE_BEGAN : INPUT_PASTE_ENDED;
  }
  memcpy(input->ahead, seen + 1, length - 1);
  input->ahead_start = 0;
  input->ahead_end = length - 1;
  *byte = seen[0];
  return INPUT_CHARACTER;
}

plansh_input_status plansh_input_next(plansh_input *input, wchar_t *character) {
  for (;;) {
    unsigned char byte;
    plansh_input_status status = next_byte(input, &byte);
    if (status != INPUT_CHARACTER) return status;

    wchar_t decoded;
    size_t used = mbrtowc(&decoded, (const char *)&byte, 1, &input->decoder);
    if (used == (size_t)-2) continue;
    if (used == (size_t)-1) {
      memset(&input->decoder, 0, sizeof input->decoder);
      decoded = 0xFFFD;
    }
    // C1 controls never come from a keyboard; the editor keeps two of them for itself.
    if (decoded >= 0x80 && decoded <= 0x9F) decoded = 0xFFFD;
    *character = decoded;
    return INPUT_CHARACTER;
  }
}
