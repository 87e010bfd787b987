import CoachUI

/// What the event loop gets from the terminal: a key, or the new size after a resize.
public enum TerminalInput: Equatable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
}

public enum TerminalError: Error, Equatable, Sendable {
  /// stdin or stdout is not a tty (checked before ncurses touches anything).
  case notATerminal
  case cannotStart(String)
}
