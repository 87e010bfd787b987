import Foundation
import Testing

@testable import VLGCoachApp

@Suite("vlgcoach pin set")
struct PINSetFlowTests {
  func flow(_ folder: TemporaryFolder) -> PINSetFlow {
    PINSetFlow(
      directory: folder.url, strings: .english, iterations: KioskPIN.iterationRange.lowerBound)
  }

  func fileExists(_ folder: TemporaryFolder) -> Bool {
    FileManager.default.fileExists(atPath: KioskPIN.fileURL(in: folder.url).path)
  }

  @Test func aNewPINTypedTwiceIsSaved() throws {
    let folder = try TemporaryFolder()
    let prompt = ScriptedPINPrompt("1357", "1357")
    #expect(try flow(folder).run(prompt) == .saved)
    #expect(prompt.prompts == ["New PIN (4 to 12 digits): ", "Type the new PIN again: "])
    #expect(try KioskPIN.read(from: folder.url)?.matches("1357") == true)
  }

  @Test func twoDifferentPINsWriteNothing() throws {
    let folder = try TemporaryFolder()
    #expect(throws: KioskPINError.mismatch) {
      try flow(folder).run(ScriptedPINPrompt("1357", "1358"))
    }
    #expect(!fileExists(folder))
  }

  @Test func aPINAgainstTheRulesIsRefusedBeforeTheSecondPrompt() throws {
    let folder = try TemporaryFolder()
    let prompt = ScriptedPINPrompt("12", "12")
    #expect(throws: KioskPINError.invalidPIN) { try flow(folder).run(prompt) }
    #expect(prompt.prompts.count == 1)
    #expect(!fileExists(folder))
  }

  @Test func givingUpWritesNothing() throws {
    let folder = try TemporaryFolder()
    #expect(throws: KioskPINError.cancelled) { try flow(folder).run(ScriptedPINPrompt("1357")) }
    #expect(!fileExists(folder))
  }

  @Test func anExistingPINMustBeTypedFirst() throws {
    let folder = try TemporaryFolder()
    _ = try flow(folder).run(ScriptedPINPrompt("1357", "1357"))
    let prompt = ScriptedPINPrompt("1357", "24680", "24680")
    #expect(try flow(folder).run(prompt) == .saved)
    #expect(prompt.prompts.first == "Current PIN: ")
    let pin = try #require(try KioskPIN.read(from: folder.url))
    #expect(pin.matches("24680") && !pin.matches("1357"))
  }

  @Test func aWrongCurrentPINChangesNothing() throws {
    let folder = try TemporaryFolder()
    _ = try flow(folder).run(ScriptedPINPrompt("1357", "1357"))
    let before = try Data(contentsOf: KioskPIN.fileURL(in: folder.url))
    let prompt = ScriptedPINPrompt("7531", "2468", "2468")
    #expect(throws: KioskPINError.wrongCurrentPIN) { try flow(folder).run(prompt) }
    #expect(prompt.prompts == ["Current PIN: "])
    #expect(try Data(contentsOf: KioskPIN.fileURL(in: folder.url)) == before)
  }

  @Test func aDamagedFileIsReplacedWithoutAskingForItsPIN() throws {
    let folder = try TemporaryFolder()
    try Data("garbage".utf8).write(to: KioskPIN.fileURL(in: folder.url))
    let prompt = ScriptedPINPrompt("1357", "1357")
    #expect(try flow(folder).run(prompt) == .replacedDamaged)
    #expect(prompt.prompts.first == "New PIN (4 to 12 digits): ")
    #expect(try KioskPIN.read(from: folder.url)?.matches("1357") == true)
  }

  @Test func theDutchPromptsAndSentences() {
    #expect(PINStrings.dutch.saved == "PIN bewaard.")
    #expect(PINStrings.english.saved == "PIN saved.")
    #expect(
      KioskPINError.mismatch.sentence(.nl) == "De twee PIN's verschillen; er is niets bewaard.")
  }

  /// `setsid` starts the binary without a controlling terminal, so /dev/tty cannot open.
  @Test func withoutATerminalItRefusesAndMakesNothing() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("store")
    let english = try CommandRunner.run(
      ["pin", "set", "--store", store.path], launcher: ["/usr/bin/setsid", "-w"])
    #expect(english.status == 1)
    #expect(
      english.stderr
        == "vlgcoach: The PIN must be typed at a terminal (never as an argument or through a pipe); run `vlgcoach pin set` in a terminal.\n"
    )
    let dutch = try CommandRunner.run(
      ["pin", "set", "--lang", "nl", "--store", store.path], launcher: ["/usr/bin/setsid", "-w"])
    #expect(dutch.status == 1)
    #expect(dutch.stderr.hasPrefix("vlgcoach: De PIN moet in een terminal getypt worden"))
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test func thePINIsNeverAnArgument() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run(
      ["pin", "set", "1234", "--store", folder.path], launcher: ["/usr/bin/setsid", "-w"])
    #expect(result.status != 0)
    #expect(!FileManager.default.fileExists(atPath: KioskPIN.fileURL(in: folder.url).path))
  }
}
