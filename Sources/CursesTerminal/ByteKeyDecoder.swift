import CoachUI

/// Turns the terminal's bytes into keys: UTF-8 text, control keys and escape sequences.
/// Our own decoder rather than ncurses' keypad and `wget_wch`: those held every key back
/// for a second after one invalid byte, and knew only the cursor-key mode of the terminal
/// description, typing the rest of `ESC [ A` into a field.
struct ByteKeyDecoder {
  private enum State {
    case ground
    /// ESC seen.
    case escape
    /// `ESC [` or `ESC O` and the parameter bytes so far.
    case csi([UInt8])
    case ss3([UInt8])
    /// `ESC [ [`, the Linux console's F1–F5.
    case linuxFunction
  }

  /// Longer parameters are no key; the sequence is still read to its end and dropped.
  private static let parameterLimit = 16

  private var state = State.ground
  private var text = UTF8Assembler()
  /// Alt with a non-ASCII character (`ESC é`): the character is dropped, like Alt-x.
  private var dropsNextCharacter = false

  /// Whether bytes wait for more: an escape sequence or a UTF-8 character begun.
  var isPending: Bool {
    if case .ground = state { return text.isPending }
    return true
  }

  mutating func feed(_ byte: UInt8) -> [Key] {
    switch state {
    case .ground:
      return character(byte)
    case .escape:
      return afterEscape(byte)
    case .csi(let parameters):
      return sequence(parameters, byte, introducer: .csi)
    case .ss3(let parameters):
      return sequence(parameters, byte, introducer: .ss3)
    case .linuxFunction:
      state = .ground
      // Only a final byte belongs to the sequence; a control key after it still counts.
      guard (0x40...0x7E).contains(byte) else { return character(byte) }
      return EscapeSequence.linuxFunction(byte).map { [$0] } ?? []
    }
  }

  /// Nothing more came for a moment: a cut escape sequence is Esc (a lone Esc is how it
  /// starts), an unfinished UTF-8 character is U+FFFD.
  mutating func flush() -> [Key] {
    if case .ground = state {
      guard let scalar = text.flush() else { return [] }
      return keys([scalar])
    }
    state = .ground
    return [.escape]
  }

  private mutating func character(_ byte: UInt8) -> [Key] {
    guard byte != 0x1B else {
      // ESC ends a cut UTF-8 character (U+FFFD) and starts a sequence.
      let cut = text.flush()
      state = .escape
      return keys(cut.map { [$0] } ?? [])
    }
    return keys(text.feed(byte))
  }

  private mutating func keys(_ scalars: [Unicode.Scalar]) -> [Key] {
    var scalars = scalars[...]
    if dropsNextCharacter, !scalars.isEmpty {
      dropsNextCharacter = false
      scalars = scalars.dropFirst()
    }
    return scalars.compactMap(KeyDecoding.key)
  }

  private mutating func afterEscape(_ byte: UInt8) -> [Key] {
    switch byte {
    case UInt8(ascii: "["):
      state = .csi([])
      return []
    case UInt8(ascii: "O"):
      state = .ss3([])
      return []
    case 0x1B:
      // Esc twice: the first one is a key, the second may start a sequence.
      return [.escape]
    case 0x00...0x1F, 0x7F:
      // Esc and a control key (Ctrl-C, Ctrl-S) pressed quickly: both count.
      state = .ground
      return [.escape] + character(byte)
    case 0x80...:
      // Alt with a non-ASCII character: read the character and drop it.
      state = .ground
      dropsNextCharacter = true
      return character(byte)
    default:
      // Alt with a printable key: no action of the program, and never a letter typed (Alt-y
      // must not answer a question with yes).
      state = .ground
      return []
    }
  }

  private enum Introducer { case csi, ss3 }

  private mutating func sequence(_ parameters: [UInt8], _ byte: UInt8, introducer: Introducer)
    -> [Key]
  {
    switch byte {
    case 0x20...0x3F:
      let kept = parameters.count < Self.parameterLimit ? parameters + [byte] : parameters
      state = introducer == .csi ? .csi(kept) : .ss3(kept)
      return []
    case 0x40...0x7E:
      state = .ground
      if parameters.count >= Self.parameterLimit { return [] }
      if introducer == .csi && byte == UInt8(ascii: "[") && parameters.isEmpty {
        state = .linuxFunction
        return []
      }
      let key =
        introducer == .csi
        ? EscapeSequence.csi(parameters: parameters, final: byte)
        : EscapeSequence.ss3(parameters: parameters, final: byte)
      return key.map { [$0] } ?? []
    default:
      // Not part of a sequence (a control key, ESC, text): the sequence so far is dropped and
      // the byte counts on its own, so Ctrl-C after a garbled sequence still works.
      state = .ground
      return character(byte)
    }
  }
}
