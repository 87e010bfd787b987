import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The kiosk PIN's hash and rules")
struct KioskPINTests {
  /// The fewest a PIN file may hold: fast enough for tests.
  let iterations = KioskPIN.iterationRange.lowerBound

  @Test func theRightPINMatchesAndAWrongOneDoesNot() throws {
    let pin = try KioskPIN.make(pin: "4821", iterations: iterations)
    #expect(pin.matches("4821"))
    #expect(!pin.matches("4822"))
    #expect(!pin.matches("48210"))
    #expect(!pin.matches(""))
    #expect(!pin.matches("４８２１"))
  }

  @Test func itKeepsSaltIterationsAndAHashOfTheRightSizes() throws {
    let pin = try KioskPIN.make(pin: "123456789012", iterations: iterations)
    #expect(pin.salt.count == 16)
    #expect(pin.hash.count == 32)
    #expect(pin.iterations == iterations)
    #expect(pin.hash != Data("123456789012".utf8))
  }

  @Test func theSamePINTwiceGivesDifferentSaltsAndHashes() throws {
    let first = try KioskPIN.make(pin: "0000", iterations: iterations)
    let second = try KioskPIN.make(pin: "0000", iterations: iterations)
    #expect(first.salt != second.salt)
    #expect(first.hash != second.hash)
    #expect(first.matches("0000") && second.matches("0000"))
  }

  @Test func theHashIsPBKDF2HMACSHA256() throws {
    // RFC 7914 section 11, the PBKDF2-HMAC-SHA256 vector: "passwd", "salt", 1 round.
    let key = try KioskPIN.derive("passwd", salt: Data("salt".utf8), iterations: 1)
    let hex = key.map { String(format: "%02x", $0) }.joined()
    #expect(hex == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
  }

  @Test(arguments: ["", "123", "1234567890123", "12 34", "12a4", "١٢٣٤", "1234\n", "-1234"])
  func aPINOutsideTheRulesIsRefused(_ text: String) {
    #expect(throws: KioskPINError.invalidPIN) { try KioskPIN.make(pin: text, iterations: 1_000) }
  }

  @Test(arguments: ["0000", "1234", "000000000000", "9876543210"])
  func fourToTwelveDigitsAreAPIN(_ text: String) throws {
    try PINRules.check(text)
  }

  @Test func theRefusalIsASentenceInBothLanguages() {
    #expect(
      KioskPINError.invalidPIN.sentence(.en)
        == "A PIN is 4 to 12 digits (0-9) and nothing else; nothing was saved.")
    #expect(
      KioskPINError.invalidPIN.sentence(.nl).hasPrefix("Een PIN bestaat uit 4 tot 12 cijfers"))
  }

  @Test func constantTimeComparisonComparesWholeValues() {
    #expect(ConstantTime.equal(Data([1, 2, 3]), Data([1, 2, 3])))
    #expect(!ConstantTime.equal(Data([1, 2, 3]), Data([1, 2, 4])))
    #expect(!ConstantTime.equal(Data([9, 2, 3]), Data([1, 2, 3])))
    #expect(!ConstantTime.equal(Data([1, 2]), Data([1, 2, 3])))
    #expect(ConstantTime.equal(Data(), Data()))
  }
}
