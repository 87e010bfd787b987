import Foundation

extension UUID {
  /// `UUID(uuidString:)` without Foundation's sscanf: a store file holds thousands of ids,
  /// and reading them was a tenth of opening a large community. The same text is accepted:
  /// 36 characters, hex digits in either case, hyphens after the 8th, 12th, 16th and 20th.
  static func parsing(_ text: String) -> UUID? {
    var text = text
    return text.withUTF8 { parsing($0, upperCaseOnly: false) }
  }

  /// The id whose `text` is exactly these bytes (upper-case digits only), else nil: what the
  /// reader keeps as an id instead of a text must be written back byte for byte.
  static func parsingExactText(_ bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
    parsing(bytes, upperCaseOnly: true)
  }

  private static func parsing(_ bytes: UnsafeBufferPointer<UInt8>, upperCaseOnly: Bool) -> UUID? {
    let dash = UInt8(ascii: "-")
    guard bytes.count == 36, bytes[8] == dash, bytes[13] == dash, bytes[18] == dash,
      bytes[23] == dash
    else { return nil }
    // The 32 digits gathered into two numbers, then laid out as the id's 16 bytes: the
    // groups between the hyphens, each in a loop of its own (no test per position).
    var invalid: UInt8 = 0
    var high: UInt64 = 0
    var low: UInt64 = 0
    @inline(__always)
    func gather(_ positions: Range<Int>, into half: inout UInt64) {
      for position in positions {
        let digit = hexDigit(bytes[position], upperCaseOnly: upperCaseOnly)
        invalid |= digit
        half = half << 4 | UInt64(digit & 0x0F)
      }
    }
    gather(0..<8, into: &high)
    gather(9..<13, into: &high)
    gather(14..<18, into: &high)
    gather(19..<23, into: &low)
    gather(24..<36, into: &low)
    let halves = (high.bigEndian, low.bigEndian)
    guard invalid & 0x10 == 0 else { return nil }
    return UUID(uuid: withUnsafeBytes(of: halves) { $0.loadUnaligned(as: uuid_t.self) })
  }

  /// The digit's value, or 0x10 set when the byte is not a hex digit: checked once per id,
  /// not once per digit.
  @inline(__always)
  private static func hexDigit(_ byte: UInt8, upperCaseOnly: Bool) -> UInt8 {
    let decimal = byte &- UInt8(ascii: "0")
    // Upper and lower case differ in one bit.
    let letter = (upperCaseOnly ? byte : byte | 0x20) &- (upperCaseOnly ? 65 : 97)
    // One expression, no early return: the compiler may pick without jumping.
    return decimal < 10 ? decimal : letter < 6 ? letter &+ 10 : 0x10
  }
}
