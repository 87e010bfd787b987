import Foundation
import Testing

@testable import CoachCore

@Suite("Community rules")
struct CommunityRulesTests {
  private func create(_ name: String, otherNames: [String] = []) throws -> Community {
    try Community.create(
      CommunityDraft(name: name), otherNames: otherNames, today: try day("2026-01-12"),
      now: Fixture.now)
  }

  // MARK: Creating and renaming

  @Test(arguments: ["", "   ", "\t\n", "\u{1B}\u{7}", "\u{A0}"])
  func refusesAnEmptyName(_ name: String) {
    #expect(throws: CoachError.emptyCommunityName) { try create(name) }
  }

  @Test func createsACleanedCommunityInTheGivenPhase() throws {
    let id = UUID()
    let community = try Community.create(
      CommunityDraft(
        name: "  VLG\tHandel ", subject: "Handel\n(2de graad)",
        schools: ["KA Geel", "  ", "\u{1B}[1mAtheneum"]),
      otherNames: ["VLG Geschiedenis"], phase: .motivateTeachers, today: try day("2026-01-12"),
      now: Fixture.now, id: id)
    #expect(community.id == id)
    #expect(community.name == "VLG Handel")
    #expect(community.subject == "Handel (2de graad)")
    #expect(community.schools == ["KA Geel", "[1mAtheneum"])
    #expect(community.phase == .motivateTeachers)
    #expect(community.phaseSince == (try day("2026-01-12")))
    #expect(
      community.phaseHistory == [PhaseChange(phase: .motivateTeachers, day: try day("2026-01-12"))])
    #expect(community.created == Fixture.now)
    #expect(community.members.isEmpty)
  }

  @Test func aNewCommunityStartsInPhaseOne() throws {
    #expect(try create("VLG Handel").phase == .engageSchoolLeaders)
  }

  @Test(arguments: ["VLG Handel", "vlg handel", "VLG HANDEL", "  vlg\thandel "])
  func refusesANameAnotherCommunityHasInAnyCase(_ name: String) {
    let cleaned = TextCleaning.line(name)
    #expect(throws: CoachError.duplicateCommunityName(cleaned)) {
      try create(name, otherNames: ["VLG Geschiedenis", "VLG Handel"])
    }
  }

  @Test func refusesANameThatDiffersOnlyInAccentCase() {
    #expect(throws: CoachError.duplicateCommunityName("ÉCOLE")) {
      try create("ÉCOLE", otherNames: ["école"])
    }
  }

  @Test func refusesANameThatDiffersOnlyInUnicodeComposition() {
    // Composed “é” (U+00E9) against “e” + combining acute: the same name to a reader, and the
    // look-up folds them together, so two such communities could never be told apart.
    #expect(throws: CoachError.self) {
      try create("Cafe\u{301} Pedagogie", otherNames: ["Caf\u{E9} Pedagogie"])
    }
  }

  @Test func acceptsANameThatOnlyStartsLikeAnother() throws {
    #expect(
      try create("VLG Handel Limburg", otherNames: ["VLG Handel"]).name == "VLG Handel Limburg")
  }

  @Test func renamesThroughADraft() throws {
    var community = try create("VLG Handel")
    try community.apply(
      CommunityDraft(name: " VLG Handel Kempen ", subject: "Handel", schools: ["KA Geel"]),
      otherNames: ["VLG Geschiedenis"])
    #expect(community.name == "VLG Handel Kempen")
    #expect(community.subject == "Handel")
    #expect(community.schools == ["KA Geel"])
  }

  @Test func aRefusedRenameChangesNothing() throws {
    var community = try create("VLG Handel")
    let before = community
    #expect(throws: CoachError.emptyCommunityName) {
      try community.apply(CommunityDraft(name: " ", subject: "x"), otherNames: [])
    }
    #expect(throws: CoachError.duplicateCommunityName("VLG Geschiedenis")) {
      try community.apply(
        CommunityDraft(name: "VLG Geschiedenis"), otherNames: ["vlg geschiedenis"])
    }
    #expect(community == before)
  }

  @Test func aDraftOfACommunityCarriesItsFields() throws {
    let community = try makeCommunity("VLG Handel", subject: "Handel", schools: ["KA Geel"])
    #expect(
      CommunityDraft(community)
        == CommunityDraft(name: "VLG Handel", subject: "Handel", schools: ["KA Geel"]))
  }

  // MARK: Phases

  @Test func aMoveAppendsToTheHistory() throws {
    var community = try create("VLG Handel")
    try community.move(
      to: .motivateTeachers, on: try day("2026-02-03"), note: "Directies akkoord\r\n\tvrijdag")
    #expect(community.phase == .motivateTeachers)
    #expect(community.phaseSince == (try day("2026-02-03")))
    #expect(community.phaseHistory.map(\.phase) == [.engageSchoolLeaders, .motivateTeachers])
    #expect(community.phaseHistory.last?.note == "Directies akkoord\n vrijdag")
  }

  @Test func movingToTheCurrentPhaseIsRefused() throws {
    var community = try create("VLG Handel")
    try community.move(to: .chooseThemes, on: try day("2026-02-03"))
    let before = community
    #expect(throws: CoachError.alreadyInPhase(.chooseThemes)) {
      try community.move(to: .chooseThemes, on: try day("2026-03-03"))
    }
    #expect(community == before)
  }

  @Test func aMoveDatedBeforeThePreviousChangeIsRefused() throws {
    var community = try create("VLG Handel")
    try community.move(to: .motivateTeachers, on: try day("2026-02-03"))
    let before = community
    #expect(
      throws: CoachError.phaseDateBeforePrevious(
        day: try day("2026-02-02"), previous: try day("2026-02-03"))
    ) {
      try community.move(to: .chooseThemes, on: try day("2026-02-02"))
    }
    #expect(community == before)
  }

  @Test func aMoveOnTheSameDayAsThePreviousIsAllowed() throws {
    var community = try create("VLG Handel")
    try community.move(to: .motivateTeachers, on: try day("2026-01-12"))
    #expect(community.phaseHistory.count == 2)
  }

  @Test func movingBackIsRecordedNotErased() throws {
    var community = try create("VLG Handel")
    try community.move(to: .chooseThemes, on: try day("2026-02-01"))
    try community.move(to: .motivateTeachers, on: try day("2026-03-01"), note: "Twee leden gestopt")
    try community.move(to: .chooseThemes, on: try day("2026-04-01"))
    #expect(
      community.phaseHistory.map(\.phase) == [
        .engageSchoolLeaders, .chooseThemes, .motivateTeachers, .chooseThemes,
      ])
    #expect(community.phase == .chooseThemes)
    #expect(community.entered(.chooseThemes) == (try day("2026-04-01")), "the most recent entry")
    #expect(community.entered(.motivateTeachers) == (try day("2026-03-01")))
    #expect(community.entered(.stableWithOutput) == nil)
  }

  // MARK: Decoding

  @Test func aStoredCommunityWithoutPhasesIsMendedToPhaseOneAndSaysSo() throws {
    let community = try create("VLG Handel")
    let edited = try editedPropertyList(try encodedCommunityFile(community)) {
      var inner = $0["community"] as? [String: Any] ?? [:]
      inner["phaseHistory"] = [Any]()
      $0["community"] = inner
    }
    let (decoded, repairs) = try decodedCommunityFile(edited)
    #expect(decoded.phase == .engageSchoolLeaders)
    #expect(repairs == [StoredRepair(.phaseHistory, .valueReset(field: "phaseHistory"))])
  }

  @Test func decodingFillsInOptionalFieldsAnOlderFileLacks() throws {
    let community = try makeCommunity(
      "VLG Handel", subject: "Handel", schools: ["KA Geel"], members: ["Jan"])
    let edited = try editedPropertyList(try encodedCommunityFile(community)) {
      var inner = $0["community"] as? [String: Any] ?? [:]
      inner["subject"] = nil
      inner["schools"] = nil
      inner["members"] = nil
      $0["community"] = inner
    }
    let (decoded, repairs) = try decodedCommunityFile(edited)
    #expect(repairs.isEmpty, "missing fields are an older file, not damage")
    #expect(decoded.subject == "")
    #expect(decoded.schools == [])
    #expect(decoded.members == [])
    #expect(decoded.name == "VLG Handel")
    #expect(decoded.phaseHistory == community.phaseHistory)
  }

  @Test func theCreationTimeSurvivesAPropertyListRoundTrip() throws {
    // XML property lists keep whole seconds; a community made at any instant must still
    // equal itself after a save and a load.
    let community = try Community.create(
      CommunityDraft(name: "VLG Handel"), otherNames: [], today: try day("2026-01-12"),
      now: Date(timeIntervalSince1970: 1_780_000_000.789))
    let (decoded, _) = try decodedCommunityFile(try encodedCommunityFile(community))
    #expect(decoded == community)
  }
}
