import Foundation

extension UUID {
  /// `uuidString` without Foundation's snprintf: a save writes every id of a community (a
  /// twentieth of a save of a large one went to formatting them). The same text: upper-case
  /// hex digits, hyphens after the 8th, 12th, 16th and 20th.
  var text: String {
    String(unsafeUninitializedCapacity: 36) { out in
      writeText(into: out)
      return 36
    }
  }

  /// The 36 bytes of `text`, into `out` (at least 36 long): the writer appends them to a
  /// file without making a string.
  func writeText(into out: UnsafeMutableBufferPointer<UInt8>) {
    let digits: StaticString = "0123456789ABCDEF"
    withUnsafeBytes(of: uuid) { raw in
      digits.withUTF8Buffer { hex in
        var position = 0
        for (index, byte) in raw.enumerated() {
          if index == 4 || index == 6 || index == 8 || index == 10 {
            out[position] = UInt8(ascii: "-")
            position += 1
          }
          out[position] = hex[Int(byte >> 4)]
          out[position + 1] = hex[Int(byte & 0x0F)]
          position += 2
        }
      }
    }
  }
}
