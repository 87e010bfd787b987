/// Editable text with a cursor, counted in characters (grapheme clusters), so that an
/// accent or an emoji is one step of the arrow keys and one backspace.
public struct TextField: Equatable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  public let isMultiline: Bool
  /// A prefilled value the coach has not touched yet: the first character typed replaces
  /// it (as in every form), an arrow key keeps it for editing.
  public private(set) var replacesOnType = false

  public init(_ text: String = "", multiline: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    isMultiline = multiline
  }

  public var text: String { String(characters) }

  /// Marks the value as replaced by the next character typed (when the field gets focus).
  public mutating func selectAll() {
    replacesOnType = !characters.isEmpty
    cursor = characters.count
  }

  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  public mutating func newLine() {
    if isMultiline { insert("\n") }
  }

  public mutating func backspace() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

  /// Home and End act on the current line of a multi-line field.
  public mutating func moveToLineStart() {
    while cursor > 0 && characters[cursor - 1] != "\n" { cursor -= 1 }
  }

  public mutating func moveToLineEnd() {
    while cursor < characters.count && characters[cursor] != "\n" { cursor += 1 }
  }

  /// Ctrl-U: clears the field.
  public mutating func clear() {
    characters.removeAll()
    cursor = 0
  }

  /// Edits the field for a key; false when the key is not a text-editing key.
  public mutating func handle(_ key: Key) -> Bool {
    let replacing = replacesOnType
    replacesOnType = false
    switch key {
    case .character(let character):
      if replacing { clear() }
      insert(character)
    case .backspace:
      if replacing { clear() } else { backspace() }
    case .delete: deleteForward()
    case .left: moveLeft()
    case .right: moveRight()
    case .home: moveToLineStart()
    case .end: moveToLineEnd()
    case .control("u"): clear()
    case .control("a"): moveToLineStart()
    case .control("e"): moveToLineEnd()
    default:
      replacesOnType = replacing
      return false
    }
    return true
  }
}
