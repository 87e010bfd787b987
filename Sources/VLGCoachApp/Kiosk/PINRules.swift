/// What a kiosk PIN may be: 4 to 12 digits 0-9, nothing else (no spaces, no other
/// scripts' digits), so that it can be typed on any keyboard the school has.
enum PINRules {
  static let lengths = 4...12

  static func check(_ pin: String) throws {
    let isDigits = pin.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    guard isDigits, lengths.contains(pin.utf8.count) else { throw KioskPINError.invalidPIN }
  }
}
