/// A key press, as the terminal layer decodes it.
public enum Key: Hashable, Sendable {
  /// A printable character (letters, digits, punctuation, accents, emoji).
  case character(Character)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case delete
  case up
  case down
  case left
  case right
  case shiftUp
  case shiftDown
  case pageUp
  case pageDown
  case home
  case end
  /// Ctrl plus a letter, lowercased: `.control("r")` is Ctrl-R.
  case control(Character)
  case function(Int)
}
