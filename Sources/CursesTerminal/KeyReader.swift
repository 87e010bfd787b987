/// What one wait for the terminal's input gave.
enum ByteInput: Equatable {
  case byte(UInt8)
  case resize(width: Int, height: Int)
  /// The wait passed (or a signal ended it) with nothing read.
  case nothing
}

/// Reads keys from the terminal's bytes: waits for the first byte as long as asked, then
/// only a moment for the rest of a begun sequence, so a cut sequence never holds later keys
/// back. Every key decoded is handed out, in order, however many one burst brings.
struct KeyReader {
  /// How long a begun escape sequence or UTF-8 character waits for its next byte.
  /// Terminals send a sequence in one go; ESC alone becomes Esc after this.
  static let continuationMilliseconds: Int32 = 50

  private var decoder = ByteKeyDecoder()
  private var ready: [TerminalInput] = []

  /// The next key or resize, or nil when `timeoutMilliseconds` passed without one.
  /// `read(wait)` waits at most `wait` milliseconds for one byte.
  mutating func next(timeoutMilliseconds: Int32, read: (Int32) -> ByteInput) -> TerminalInput? {
    while ready.isEmpty || decoder.isPending {
      let wait = decoder.isPending ? Self.continuationMilliseconds : timeoutMilliseconds
      switch read(wait) {
      case .byte(let byte):
        ready += decoder.feed(byte).map(TerminalInput.key)
      case .resize(let width, let height):
        ready.append(.resize(width: width, height: height))
      case .nothing:
        ready += decoder.flush().map(TerminalInput.key)
        guard !ready.isEmpty else { return nil }
      }
    }
    return ready.removeFirst()
  }
}
