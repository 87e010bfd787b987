import CryptoExtras
import Foundation

/// The kiosk's PIN, kept only as a salted slow hash: PBKDF2-HMAC-SHA256 over the digits,
/// so a copied store does not give the PIN away to a quick guess of all 10^12 of them.
struct KioskPIN: Equatable, Sendable {
  static let algorithm = "pbkdf2-sha256"
  /// About 0.2 s in a release build on a laptop of 2024: slow for a guesser, quick enough
  /// at the kiosk. Stored with every hash, so raising it later leaves old PINs valid.
  static let defaultIterations = 600_000
  /// What a PIN file may say; outside it the file is hostile or broken.
  static let iterationRange = 1_000...10_000_000
  static let saltLength = 16
  static let hashLength = 32

  let iterations: Int
  let salt: Data
  let hash: Data

  /// A new hash of `pin` with a fresh random salt; refuses a PIN that breaks `PINRules`.
  static func make(pin: String, iterations: Int = defaultIterations) throws -> KioskPIN {
    try PINRules.check(pin)
    // A count the file may not hold would make a PIN that reads back as damaged.
    precondition(iterationRange.contains(iterations), "iterations out of range")
    var generator = SystemRandomNumberGenerator()
    let salt = Data(
      (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    return KioskPIN(
      iterations: iterations, salt: salt,
      hash: try derive(pin, salt: salt, iterations: iterations))
  }

  /// Whether `pin` is the PIN; compares in constant time, so the time taken tells a guesser
  /// nothing about how much of the hash was right.
  func matches(_ pin: String) -> Bool {
    guard let candidate = try? Self.derive(pin, salt: salt, iterations: iterations) else {
      return false
    }
    return ConstantTime.equal(candidate, hash)
  }

  static func derive(_ pin: String, salt: Data, iterations: Int) throws -> Data {
    // The unchecked variant: the checked one demands 210 000 rounds, and tests use fewer.
    let key = try KDF.Insecure.PBKDF2.deriveKey(
      from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: hashLength,
      unsafeUncheckedRounds: iterations)
    return key.withUnsafeBytes { Data($0) }
  }
}
