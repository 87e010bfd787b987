import Foundation

extension UUID {
  /// `UUID(uuidString:)` without Foundation's sscanf: a store file holds thousands of ids,
  /// and reading them was a tenth of opening a large community. The same text is accepted:
  /// 36 characters, hex digits in either case, hyphens after the 8th, 12th, 16th and 20th.
  static func parsing(_ text: String) -> UUID? {
    var text = text
    return text.withUTF8 { bytes -> UUID? in
      guard bytes.count == 36 else { return nil }
      var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      var position = 0
      let ok = withUnsafeMutableBytes(of: &value) { out -> Bool in
        for index in 0..<16 {
          if position == 8 || position == 13 || position == 18 || position == 23 {
            guard bytes[position] == UInt8(ascii: "-") else { return false }
            position += 1
          }
          guard let high = hexDigit(bytes[position]), let low = hexDigit(bytes[position + 1])
          else { return false }
          out[index] = high << 4 | low
          position += 2
        }
        return true
      }
      return ok ? UUID(uuid: value) : nil
    }
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
