import Foundation

extension UUID {
  /// `UUID(uuidString:)` without Foundation's sscanf: a store file holds thousands of ids,
  /// and reading them was a tenth of opening a large community. The same text is accepted:
  /// 36 characters, hex digits in either case, hyphens after the 8th, 12th, 16th and 20th.
  static func parsing(_ text: String) -> UUID? {
    var text = text
    return text.withUTF8 { bytes -> UUID? in
      let dash = UInt8(ascii: "-")
      guard bytes.count == 36, bytes[8] == dash, bytes[13] == dash, bytes[18] == dash,
        bytes[23] == dash
      else { return nil }
      // The 32 digits gathered into two numbers, then laid out as the id's 16 bytes.
      var halves: (UInt64, UInt64) = (0, 0)
      var digits = 0
      for position in 0..<36
      where position != 8 && position != 13 && position != 18
        && position != 23
      {
        guard let digit = hexDigit(bytes[position]) else { return nil }
        if digits < 16 {
          halves.0 = halves.0 << 4 | UInt64(digit)
        } else {
          halves.1 = halves.1 << 4 | UInt64(digit)
        }
        digits += 1
      }
      halves = (halves.0.bigEndian, halves.1.bigEndian)
      return UUID(uuid: withUnsafeBytes(of: halves) { $0.loadUnaligned(as: uuid_t.self) })
    }
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    let decimal = byte &- UInt8(ascii: "0")
    if decimal < 10 { return decimal }
    // Upper and lower case differ in one bit.
    let letter = (byte | 0x20) &- UInt8(ascii: "a")
    return letter < 6 ? letter + 10 : nil
  }
}
