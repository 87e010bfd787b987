import Foundation
import Testing

@testable import CoachCore

/// A move made despite readiness signals says so in the phase history: the one rule the
/// program's move form and `vlgcoach phase set` share.
@Suite("Moving on despite readiness signals")
struct ReadinessMoveTests {
  @Test func theNoteNamesTheSignalsBeforeTheCoachsReason() {
    let signals: [ReadinessSignal] = [
      .withoutCommitment(["An", "Bert"]), .lowAttendance(percent: 55),
    ]
    #expect(
      ReadinessSignal.moveNote(signals, reason: "de scholen dringen aan", .nl)
        == "Ondanks 2 signalen (geen engagement: An, Bert; opkomst 55 %): de scholen dringen aan")
    #expect(
      ReadinessSignal.moveNote([.noThemes], reason: "  ", .en) == "Despite 1 signal (no theme).")
    #expect(ReadinessSignal.moveNote([], reason: "agreed", .en) == "agreed")
  }

  @Test func everySignalHasAShortForm() throws {
    let day = try #require(CalendarDay(iso: "2026-09-01"))
    let shorts = [
      ReadinessSignal.themeSize(title: "Practica", teachers: 3), .carriedOverTwice([2, 5]),
      .noRecentMeeting(last: day), .noRecentMeeting(last: nil),
    ].map { $0.short(.en) }
    #expect(
      shorts == [
        "theme “Practica”: 3 teachers", "carried over twice: agreement 2, 5",
        "last meeting 2026-09-01", "no meeting yet",
      ])
  }

  @Test func theMoveRecordsWhatSpokeAgainstIt() throws {
    let today = try day("2026-12-01")
    var community = try makeCommunity("VLG Bio", members: ["Ann"], phase: .motivateTeachers)
    let signals = try community.moveRecordingReadiness(
      to: .chooseThemes, on: today, note: "asked at the first meeting", today: today,
      language: .en)
    #expect(signals == [.withoutCommitment(["Ann"]), .noRecentMeeting(last: nil)])
    #expect(community.phase == .chooseThemes)
    #expect(
      community.phaseHistory.last?.note
        == "Despite 2 signals (no commitment: Ann; no meeting yet): asked at the first meeting")
    // Back: nothing to check, the note as typed.
    #expect(
      try community.moveRecordingReadiness(
        to: .motivateTeachers, on: today, note: "too early", today: today, language: .en) == [])
    #expect(community.phaseHistory.last?.note == "too early")
  }

  @Test func theReadinessCheckListsTheOpenItemsOfThePhasesLeft() throws {
    let today = try day("2026-12-01")
    let community = try makeCommunity("VLG Bio", members: ["Ann"], phase: .motivateTeachers)
    #expect(community.readiness(movingTo: .motivateTeachers, today: today) == nil)
    let check = try #require(community.readiness(movingTo: .discussAndDevelop, today: today))
    #expect(check.phasesLeft == [.motivateTeachers, .chooseThemes])
    #expect(
      check.openItems.map(\.item.id)
        == ["2.reached", "2.commitment", "3.themes", "3.size", "3.concrete"])
    #expect(check.reasons == 5 + check.signals.count)
    #expect(!check.isReady)
  }
}
