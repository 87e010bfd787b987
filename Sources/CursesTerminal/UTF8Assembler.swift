/// Joins the bytes of key input into Unicode scalars. Ill-formed input (a Latin-1 byte from
/// a paste, an overlong form, a surrogate, a cut sequence) becomes U+FFFD at once, one per
/// maximal ill-formed part as Unicode recommends, and never holds a later byte back.
struct UTF8Assembler {
  static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// The lead byte and the continuation bytes so far of an unfinished scalar.
  private var pending: [UInt8] = []
  private var length = 0

  var isPending: Bool { !pending.isEmpty }

  /// The scalars this byte completes: none while a scalar is unfinished, one usually, two
  /// when it breaks an unfinished scalar (U+FFFD, then whatever the byte starts).
  mutating func feed(_ byte: UInt8) -> [Unicode.Scalar] {
    guard !pending.isEmpty else { return start(byte) }
    guard continues(byte) else {
      pending = []
      return [Self.replacement] + start(byte)
    }
    pending.append(byte)
    guard pending.count == length else { return [] }
    defer { pending = [] }
    return [scalar(of: pending)]
  }

  /// Ends an unfinished scalar: nothing more came.
  mutating func flush() -> Unicode.Scalar? {
    guard !pending.isEmpty else { return nil }
    pending = []
    return Self.replacement
  }

  private mutating func start(_ byte: UInt8) -> [Unicode.Scalar] {
    switch byte {
    case 0x00...0x7F: return [Unicode.Scalar(byte)]
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    // A continuation byte without a lead, C0 and C1 (always overlong), F5 and up.
    default: return [Self.replacement]
    }
    pending = [byte]
    return []
  }

  /// Whether `byte` may follow the pending bytes. The second byte's range excludes
  /// overlong forms (E0, F0), surrogates (ED) and scalars above U+10FFFF (F4).
  private func continues(_ byte: UInt8) -> Bool {
    guard pending.count == 1 else { return (0x80...0xBF).contains(byte) }
    switch pending[0] {
    case 0xE0: return (0xA0...0xBF).contains(byte)
    case 0xED: return (0x80...0x9F).contains(byte)
    case 0xF0: return (0x90...0xBF).contains(byte)
    case 0xF4: return (0x80...0x8F).contains(byte)
    default: return (0x80...0xBF).contains(byte)
    }
  }

  private func scalar(of bytes: [UInt8]) -> Unicode.Scalar {
    let leadBits: UInt32 =
      switch bytes.count {
      case 2: UInt32(bytes[0] & 0x1F)
      case 3: UInt32(bytes[0] & 0x0F)
      default: UInt32(bytes[0] & 0x07)
      }
    let value = bytes.dropFirst().reduce(leadBits) { ($0 << 6) | UInt32($1 & 0x3F) }
    return Unicode.Scalar(value) ?? Self.replacement
  }
}
