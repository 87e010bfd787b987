import CNcursesw

/// Signals, handled in C (shim.h) so no Swift code runs inside a handler.
///
/// All the signal state lives in static C variables, of which each Swift file that uses
/// them gets its own copy: keep every call into it in this file.
public enum SignalWatch {
  /// SIGINT, SIGTERM, SIGHUP and SIGQUIT only set a flag the event loop polls (to save and
  /// stop cleanly); they interrupt a waiting read. SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT
  /// and SIGTRAP give the terminal back, print `crashMessage`, and end the process with the
  /// signal's default action — not Swift's backtracer, which on a terminal waits 30 s for a
  /// key; with SWIFT_BACKTRACE set (a developer asking for it) the backtracer still runs.
  /// Call once, before `CursesScreen.start`, while the terminal has its shell modes.
  public static func install(crashMessage: String) {
    vlg_install_signal_handlers(crashMessage)
  }

  /// Keeps what undoes curses' screen modes, for a crash; `CursesScreen.start` calls it.
  static func rememberTerminal() {
    vlg_remember_terminal_restore()
  }

  /// The polite signal received since the last call, cleared on read; nil if none.
  public static func takePending() -> Int32? {
    let signal = vlg_take_pending_signal()
    return signal == 0 ? nil : signal
  }
}
