/// Where a PIN is typed: the terminal for the coach, a script of lines in tests.
protocol PINPrompt {
  /// Shows `prompt` and returns the line typed after it, unseen on the screen; throws
  /// `KioskPINError.cancelled` when the typist gives up (Ctrl-C, Ctrl-D, end of input).
  func readSecret(_ prompt: String) throws -> String
}
