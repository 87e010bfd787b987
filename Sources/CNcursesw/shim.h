#ifndef VLGCOACH_CNCURSESW_SHIM_H
#define VLGCOACH_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without these curses.h hides cchar_t, setcchar and
// wget_wch.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

// Swift imports neither function-like macros nor (in Swift 6) mutable C globals, so every
// such thing the terminal layer needs is wrapped here.
//
// Caution: `static` functions and variables get one copy per Swift source file that uses
// them. Stateless wrappers don't care; the signal state below must only be used from one
// Swift file (SignalWatch.swift).

// MARK: Locale

static inline int vlg_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL
    && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

/// The user's locale, but with a UTF-8 character type even under LANG=C, or ncurses would
/// drop every accented letter. Returns 1 when the codeset is UTF-8 in the end.
static inline int vlg_setup_locale(void) {
  setlocale(LC_ALL, "");
  if (vlg_codeset_is_utf8()) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && vlg_codeset_is_utf8()) return 1;
  if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && vlg_codeset_is_utf8()) return 1;
  return 0;
}

// MARK: Starting

/// Checked before ncurses starts: it would otherwise draw escape codes into a pipe or file.
static inline int vlg_stdio_are_terminals(void) {
  return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

/// TERM, for the message when ncurses does not know the terminal.
static inline const char *vlg_term_name(void) {
  const char *term = getenv("TERM");
  return term != NULL ? term : "";
}

/// newterm rather than initscr: initscr exits the process on an unknown TERM, newterm
/// returns NULL so the caller can report it. The window is the screen's stdscr. `type` NULL
/// means TERM; tests pass a type and a pseudo-terminal's files.
static inline WINDOW *vlg_start_screen_on(const char *type, FILE *output, FILE *input) {
  SCREEN *screen = newterm(type, output, input);
  if (screen == NULL) return NULL;
  set_term(screen);
  // A terminal that cannot move the cursor (TERM=dumb) would show a blank screen.
  char *move = tigetstr("cup");
  if (move == NULL || move == (char *)-1) {
    endwin();
    delscreen(screen);
    return NULL;
  }
  return stdscr;
}

static inline WINDOW *vlg_start_screen(void) { return vlg_start_screen_on(NULL, stdout, stdin); }

// MARK: Colours and attributes

static inline int vlg_colors(void) { return COLORS; }
static inline int vlg_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t vlg_attr_normal(void) { return A_NORMAL; }
static inline attr_t vlg_attr_bold(void) { return A_BOLD; }
static inline attr_t vlg_attr_dim(void) { return A_DIM; }
static inline attr_t vlg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t vlg_attr_reverse(void) { return A_REVERSE; }

static inline int vlg_ccharw_max(void) { return CCHARW_MAX; }

// MARK: Keys

// Keys are decoded from the bytes in Swift (KeyReader); ncurses only reports resizes.
static inline int vlg_key_resize(void) { return KEY_RESIZE; }

// MARK: Signals

// Polite signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only leave their number here; the event
// loop polls it, saves and stops cleanly.
static inline volatile sig_atomic_t *vlg_pending_signal(void) {
  static volatile sig_atomic_t pending = 0;
  return &pending;
}

static void vlg_on_polite_signal(int signal_number) { *vlg_pending_signal() = signal_number; }

// Everything a crash needs to give the terminal back, prepared beforehand: in the handler
// only async-signal-safe calls (tcsetattr, write, sigaction, raise) may run.
struct vlg_crash_state {
  int have_modes;
  struct termios modes;  // the terminal's modes before curses started
  char restore[256];     // terminfo's rmkx, sgr0, cnorm, rmcup
  size_t restore_length;
  char message[512];     // one sentence, in the coach's language
  size_t message_length;
  int hand_on;           // a developer asked for Swift's backtracer (SWIFT_BACKTRACE)
};

static inline struct vlg_crash_state *vlg_crash(void) {
  static struct vlg_crash_state state;
  return &state;
}

#define VLG_MAX_SIGNAL 64
// What a fatal signal did before we took it over (Swift's backtracer), for `hand_on`.
static inline struct sigaction *vlg_previous_fatal_actions(void) {
  static struct sigaction actions[VLG_MAX_SIGNAL + 1];
  return actions;
}

static inline void vlg_append(char *buffer, size_t size, size_t *length, const char *text) {
  if (text == NULL || text == (char *)-1) return;
  size_t count = strlen(text);
  if (*length + count >= size) return;
  memcpy(buffer + *length, text, count);
  *length += count;
}

static void vlg_on_fatal_signal(int signal_number) {
  struct vlg_crash_state *crash = vlg_crash();
  if (crash->have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &crash->modes);
  if (crash->restore_length > 0) write(STDOUT_FILENO, crash->restore, crash->restore_length);
  if (crash->message_length > 0) write(STDERR_FILENO, crash->message, crash->message_length);
  struct sigaction action;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  action.sa_handler = SIG_DFL;
  if (crash->hand_on) {
    struct sigaction previous = vlg_previous_fatal_actions()[signal_number];
    int ignored = !(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN;
    // Ignoring a fault would spin on the faulting instruction forever.
    if (!ignored && previous.sa_handler != vlg_on_fatal_signal) action = previous;
  }
  sigaction(signal_number, &action, NULL);
  // Delivered as soon as this handler returns: the process ends with 128 + the signal.
  raise(signal_number);
}

/// `message`: the sentence a crash prints once the terminal is back.
static inline void vlg_install_signal_handlers(const char *message) {
  static int installed = 0;
  if (installed) return;
  installed = 1;

  struct vlg_crash_state *crash = vlg_crash();
  crash->have_modes = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &crash->modes) == 0;
  vlg_append(crash->message, sizeof crash->message, &crash->message_length, "\r\n");
  vlg_append(crash->message, sizeof crash->message, &crash->message_length, message);
  vlg_append(crash->message, sizeof crash->message, &crash->message_length, "\n");
  crash->hand_on = getenv("SWIFT_BACKTRACE") != NULL;

  struct sigaction polite;
  sigemptyset(&polite.sa_mask);
  polite.sa_flags = 0;  // no SA_RESTART: wget_wch must return so the loop sees the flag
  polite.sa_handler = vlg_on_polite_signal;
  const int polite_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof polite_signals / sizeof polite_signals[0]; i++) {
    sigaction(polite_signals[i], &polite, NULL);
  }

  struct sigaction fatal;
  sigemptyset(&fatal.sa_mask);
  fatal.sa_flags = 0;
  fatal.sa_handler = vlg_on_fatal_signal;
  struct sigaction *saved = vlg_previous_fatal_actions();
  const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
    int number = fatal_signals[i];
    if (number > VLG_MAX_SIGNAL) continue;
    sigaction(number, &fatal, &saved[number]);
  }
}

/// Called once curses has started (terminfo is loaded): the sequences that undo what
/// curses did to the screen, kept for a crash.
static inline void vlg_remember_terminal_restore(void) {
  struct vlg_crash_state *crash = vlg_crash();
  crash->restore_length = 0;
  const char *capabilities[] = {"rmkx", "sgr0", "cnorm", "rmcup"};
  for (unsigned i = 0; i < sizeof capabilities / sizeof capabilities[0]; i++) {
    vlg_append(crash->restore, sizeof crash->restore, &crash->restore_length,
               tigetstr(capabilities[i]));
  }
}

/// The polite signal received since the last call, or 0; cleared atomically so a signal
/// arriving in between is not lost.
static inline int vlg_take_pending_signal(void) {
  return __atomic_exchange_n(vlg_pending_signal(), 0, __ATOMIC_SEQ_CST);
}

#endif
