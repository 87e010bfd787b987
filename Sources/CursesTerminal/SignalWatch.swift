import CNcursesw

/// Signals, handled in C (shim.h) so no Swift code runs inside a handler.
///
/// All the signal state lives in static C variables, of which each Swift file that uses
/// them gets its own copy: keep every call into it in this file.
public enum SignalWatch {
  /// SIGINT, SIGTERM and SIGHUP only set a flag the event loop polls (to save and stop
  /// cleanly); they interrupt a waiting read. SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT and
  /// SIGTRAP restore the terminal, then go on to what they did before (the default action,
  /// or Swift's crash reporter). Safe to call more than once, before or after
  /// `CursesScreen.start`.
  public static func install() {
    vlg_install_signal_handlers()
  }

  /// The polite signal received since the last call, cleared on read; nil if none.
  public static func takePending() -> Int32? {
    let signal = vlg_take_pending_signal()
    return signal == 0 ? nil : signal
  }
}
