import Testing

@testable import CoachCore

/// Every error and problem reads as a sentence in both languages, naming what it is about.
@Suite("Error messages")
struct ErrorMessageTests {
  private func check(
    _ message: (Language) -> String, mentions details: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let nl = message(.nl)
    let en = message(.en)
    #expect(!nl.isEmpty && !en.isEmpty, sourceLocation: sourceLocation)
    #expect(nl != en, "untranslated: \(en)", sourceLocation: sourceLocation)
    for detail in details {
      #expect(
        nl.contains(detail), "“\(detail)” missing from: \(nl)", sourceLocation: sourceLocation)
      #expect(
        en.contains(detail), "“\(detail)” missing from: \(en)", sourceLocation: sourceLocation)
    }
  }

  @Test func coachErrors() throws {
    let moved = try day("2026-02-02")
    let previous = try day("2026-02-03")
    let cases: [(CoachError, [String])] = [
      (.emptyCommunityName, []),
      (.emptyMemberName, []),
      (.duplicateCommunityName("VLG Handel"), ["VLG Handel"]),
      (.duplicateMemberName("Jan"), ["Jan"]),
      (.alreadyInPhase(.chooseThemes), ["3"]),
      (.phaseDateBeforePrevious(day: moved, previous: previous), ["2026-02-02", "2026-02-03"]),
      (.invalidDate("5 maart"), ["5 maart"]),
      (.invalidPhaseNumber("7"), ["7"]),
      (.unknownCommunity("VLG X"), ["VLG X"]),
      (.ambiguousCommunity("VLG", candidates: ["VLG A", "VLG B"]), ["VLG A", "VLG B"]),
      (.unknownMember("Piet", community: "VLG Handel"), ["Piet", "VLG Handel"]),
      (.ambiguousMember("Ja", candidates: ["Jan", "Jana"]), ["Jan", "Jana"]),
      (.unknownRole("boss"), ["boss"]),
      (.agreementHasReviews(7), ["7"]),
      (.meetingMoveOutOfOrder(3, to: moved), ["3", "2026-02-02"]),
    ]
    for (error, details) in cases { check(error.message, mentions: details) }
  }

  @Test func storeErrors() {
    let cases: [(StoreError, [String])] = [
      (.cannotCreateDirectory("/x/y", reason: "Permission denied"), ["/x/y", "Permission denied"]),
      (.notADirectory("/x/file"), ["/x/file"]),
      (.noStore("/x/store"), ["/x/store"]),
      (.readOnly(.lockedByOtherInstance(pid: 4242)), ["4242"]),
      (.readOnly(.lockedByOtherInstance(pid: nil)), []),
      (.readOnly(.directoryNotWritable("/x/y")), ["/x/y"]),
      (.readOnly(.futureVersion(file: "store.plist", version: 99)), ["store.plist", "99"]),
      (.readOnly(.lockUnavailable("No locks available")), ["No locks available"]),
      (.writeFailed("/x/y", reason: "No space left"), ["/x/y", "No space left"]),
      (.readFailed("/x/y", reason: "I/O error"), ["/x/y", "I/O error"]),
      (.communityMissing("VLG Handel"), ["VLG Handel"]),
      (
        .communityCorrupt(name: "VLG Handel", movedTo: "communities/a.corrupt-1"),
        ["VLG Handel", "communities/a.corrupt-1"]
      ),
      (.communityCorrupt(name: "VLG Handel", movedTo: nil), ["VLG Handel"]),
    ]
    for (error, details) in cases { check(error.message, mentions: details) }
  }

  @Test func storeProblems() {
    let cases: [(StoreProblem, [String])] = [
      (
        .corruptFile(file: "store.plist", movedTo: "store.plist.corrupt-1"),
        ["store.plist.corrupt-1"]
      ),
      (.corruptFile(file: "store.plist", movedTo: nil), ["store.plist"]),
      (.futureVersion(file: "store.plist", version: 99), ["store.plist", "99"]),
      (
        .missingCommunityFile(name: "VLG Handel", file: "communities/a.plist"),
        ["VLG Handel", "communities/a.plist"]
      ),
      (.loosePermissions(path: "store.plist", mode: 0o644), ["store.plist", "644"]),
      (.interruptedWrite(file: ".tmp-store.plist-1"), [".tmp-store.plist-1"]),
      (.setAsideFile(file: "a.corrupt-1"), ["a.corrupt-1"]),
      (.tightenedPermissions(path: "trash", mode: 0o755), ["trash", "755", "700"]),
      (.symbolicLink(path: "store.plist", target: "/elders"), ["store.plist", "/elders"]),
      (.unreadable(path: "/s", reason: "Permission denied"), ["/s", "Permission denied"]),
    ]
    for (problem, details) in cases { check(problem.message, mentions: details) }
  }

  @Test func labels() {
    for role in MemberRole.allCases { check(role.label.callAsFunction, mentions: []) }
    for participation in Participation.allCases {
      check(participation.label.callAsFunction, mentions: [])
    }
  }
}
