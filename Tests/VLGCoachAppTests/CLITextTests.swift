import ArgumentParser
import CoachCore
import CoachUI
import CursesTerminal
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The command line's texts and options")
struct CLITextTests {
  @Test func theHealthyStoreSentenceCountsInBothLanguages() {
    #expect(
      CLIStrings.english.healthyStore("/s", 1)
        == "The store in /s is healthy: 1 learning community.")
    #expect(
      CLIStrings.english.healthyStore("/s", 0)
        == "The store in /s is healthy: 0 learning communities.")
    #expect(
      CLIStrings.dutch.healthyStore("/s", 1) == "De opslag in /s is gezond: 1 leergemeenschap.")
    #expect(
      CLIStrings.dutch.healthyStore("/s", 3) == "De opslag in /s is gezond: 3 leergemeenschappen.")
  }

  @Test func oneFunctionPhrasesEveryError() {
    let notFound = ThemeLocator.Failure.notFound("regenboog", available: ["default", "mono"])
    #expect(
      ErrorSentence.text(for: notFound, in: .nl)
        == "Thema “regenboog” niet gevonden. Beschikbaar: default, mono.")
    #expect(
      ErrorSentence.text(for: TerminalError.notATerminal, in: .en)
        == CLIStrings.english.needsTerminal)
    #expect(
      ErrorSentence.text(for: TerminalError.cannotStart("no terminfo"), in: .nl)
        == "De terminal kan niet gestart worden: no terminfo.")
    #expect(
      ErrorSentence.text(for: CoachError.unknownCommunity("X"), in: .en)
        == CoachError.unknownCommunity("X").message(.en))
    #expect(
      ErrorSentence.text(for: StoreError.noStore("/s"), in: .en) == "There is no store in /s yet.")
  }

  @Test func aCommandThatWantsToWriteIsToldToCloseTheRunningProgram() {
    let locked = StoreError.readOnly(.lockedByOtherInstance(pid: 42))
    #expect(
      ErrorSentence.text(for: locked, in: .en, writing: true)
        == "vlgcoach is open (process 42); close it and try again.")
    #expect(
      ErrorSentence.text(for: locked, in: .nl, writing: true)
        == "vlgcoach is open (proces 42); sluit het en probeer opnieuw.")
    #expect(
      ErrorSentence.text(
        for: StoreError.readOnly(.lockedByOtherInstance(pid: nil)), in: .en, writing: true)
        == "vlgcoach is open; close it and try again.")
    // The full-screen program keeps saying that its copy is read-only.
    #expect(ErrorSentence.text(for: locked, in: .en) == locked.message(.en))
    // Other reasons are told as they are.
    let folder = StoreError.readOnly(.directoryNotWritable("/s"))
    #expect(ErrorSentence.text(for: folder, in: .en, writing: true) == folder.message(.en))
  }

  @Test func oneCommunityOptionForEveryCommandInACommunity() throws {
    #expect(try CommunityOption.parse(["--community", "VLG Handel"]).community == "VLG Handel")
    let add = try VLGCoachCommand.parseAsRoot(["member", "add", "Jan", "--community", "A"])
    #expect((add as? MemberCommand.Add)?.scope.community == "A")
    let list = try VLGCoachCommand.parseAsRoot(["member", "list", "--community", "B"])
    #expect((list as? MemberCommand.List)?.scope.community == "B")
    let move = try VLGCoachCommand.parseAsRoot(["phase", "set", "2", "--community", "C"])
    #expect((move as? PhaseCommand.Set)?.scope.community == "C")
    for command in [["member", "add", "Jan"], ["member", "list"], ["phase", "set", "2"]] {
      #expect(throws: (any Error).self) { try VLGCoachCommand.parseAsRoot(command) }
    }
  }

  /// Piped (no width): every text whole. On a terminal: each line fits its width, the
  /// widest column gives way and the short ones stay whole.
  @Test func aTableIsCutOnlyToFitATerminal() {
    let text = "Try the rubric in one class and bring some examples of student work next time"
    let header = ["No", "Agreement", "Status"]
    let rows = [["1", text, "open"]]
    let piped = TextTable.render(header: header, rows: rows, width: nil)
    #expect(piped.contains(text))
    let fitted = TextTable.render(header: header, rows: rows, width: 60)
    #expect(fitted.split(separator: "\n").allSatisfy { DisplayWidth.width(of: String($0)) <= 60 })
    #expect(fitted.contains("Try the rubric"))
    #expect(fitted.contains("…"))
    #expect(fitted.hasSuffix("open"))
  }
}
