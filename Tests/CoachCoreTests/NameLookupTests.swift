import Foundation
import Testing

@testable import CoachCore

@Suite("Name look-up")
struct NameLookupTests {
  private func summaries(_ names: [String]) throws -> [CommunitySummary] {
    try names.map { CommunitySummary(try makeCommunity($0)) }
  }

  private let names = [
    "VLG Handel Kempen", "VLG Handel Limburg", "VLG Geschiedenis Antwerpen", "Caf\u{E9} Pedagogie",
  ]

  @Test func findsByID() throws {
    let list = try summaries(names)
    #expect(try list.resolve(list[2].id.uuidString) == list[2])
    #expect(try list.resolve(list[1].id.uuidString.lowercased()) == list[1])
  }

  @Test func anUnknownIDIsUnknown() throws {
    let list = try summaries(names)
    let stranger = UUID().uuidString
    #expect(throws: CoachError.unknownCommunity(stranger)) { try list.resolve(stranger) }
  }

  @Test(arguments: [
    "VLG Geschiedenis Antwerpen", "vlg geschiedenis antwerpen", "  VLG GESCHIEDENIS ANTWERPEN\t",
  ])
  func findsByFullNameInAnyCase(_ reference: String) throws {
    let list = try summaries(names)
    #expect(try list.resolve(reference).name == "VLG Geschiedenis Antwerpen")
  }

  @Test func findsByAUniquePrefix() throws {
    let list = try summaries(names)
    #expect(try list.resolve("vlg g").name == "VLG Geschiedenis Antwerpen")
    #expect(try list.resolve("VLG Handel L").name == "VLG Handel Limburg")
  }

  @Test func anAmbiguousPrefixListsTheCandidates() throws {
    let list = try summaries(names)
    #expect(
      throws: CoachError.ambiguousCommunity(
        "vlg handel", candidates: ["VLG Handel Kempen", "VLG Handel Limburg"])
    ) { try list.resolve("vlg handel") }
  }

  @Test func anExactNameWinsOverLongerNamesWithThatPrefix() throws {
    let list = try summaries(["VLG Handel Kempen", "VLG Handel", "VLG Handel Limburg"])
    #expect(try list.resolve("vlg handel").name == "VLG Handel")
  }

  @Test(arguments: ["VLG Wiskunde", "Wiskunde", "andel", "", "   "])
  func anUnmatchedReferenceIsUnknown(_ reference: String) throws {
    let list = try summaries(names)
    #expect(throws: CoachError.unknownCommunity(reference)) { try list.resolve(reference) }
  }

  @Test(arguments: [
    ("kempen", "VLG Handel Kempen"), ("handel k", "VLG Handel Kempen"),
    ("HANDEL LIMB", "VLG Handel Limburg"), ("geschiedenis", "VLG Geschiedenis Antwerpen"),
    ("pédagogie", "Caf\u{E9} Pedagogie"), ("PEDAG", "Caf\u{E9} Pedagogie"),
  ])
  func findsByAnyWordOfTheNameWhenUnambiguous(_ reference: String, _ expected: String) throws {
    let list = try summaries(names)
    #expect(try list.resolve(reference).name == expected)
  }

  @Test func aWordShownByMoreThanOneNameIsAmbiguous() throws {
    let list = try summaries(names)
    #expect(
      throws: CoachError.ambiguousCommunity(
        "handel", candidates: ["VLG Handel Kempen", "VLG Handel Limburg"])
    ) { try list.resolve("handel") }
  }

  @Test func aPrefixOfTheWholeNameWinsOverAWordInsideAnother() throws {
    let list = try summaries(["Handel Oost", "VLG Handel Kempen"])
    #expect(try list.resolve("handel").name == "Handel Oost")
    #expect(try list.resolve("kempen").name == "VLG Handel Kempen")
  }

  @Test func composedAndDecomposedAccentsMatch() throws {
    let composed = try summaries(["Caf\u{E9} Pedagogie"])
    #expect(try composed.resolve("cafe\u{301} pedagogie").name == "Caf\u{E9} Pedagogie")
    #expect(try composed.resolve("cafe\u{301}").name == "Caf\u{E9} Pedagogie")
    let decomposed = try summaries(["Cafe\u{301} Pedagogie"])
    #expect(try decomposed.resolve("CAF\u{C9}").name == "Cafe\u{301} Pedagogie")
  }

  @Test func theGenericLookUpReportsEveryOutcome() throws {
    let items = ["Jan", "Jana", "Els"]
    func find(_ reference: String) -> NameLookup.Outcome<String> {
      NameLookup.find(reference, in: items, id: { _ in UUID() }, name: { $0 })
    }
    guard case .found("Els") = find("e") else {
      Issue.record("expected Els")
      return
    }
    guard case .found("Jan") = find("JAN") else {
      Issue.record("expected Jan")
      return
    }
    guard case .ambiguous(let both) = find("ja") else {
      Issue.record("expected two")
      return
    }
    #expect(both == ["Jan", "Jana"])
    guard case .none = find("x") else {
      Issue.record("expected none")
      return
    }
  }

  // MARK: Members

  @Test func resolvesAMember() throws {
    let community = try makeCommunity(
      "VLG Handel", members: ["Jan de Vries", "Jana Claes", "Zoë Dëmeester"])
    #expect(try community.resolveMember("zoe\u{308}").name == "Zoë Dëmeester")
    #expect(try community.resolveMember("jan de").name == "Jan de Vries")
    #expect(try community.resolveMember("JAN DE VRIES").name == "Jan de Vries")
    #expect(try community.resolveMember(community.members[1].id.uuidString).name == "Jana Claes")
  }

  @Test(arguments: ["de vries", "vries", "VRIES", "De Vr"])
  func findsAMemberByAnyWordOfTheName(_ reference: String) throws {
    let community = try makeCommunity(
      "VLG Handel", members: ["Jan de Vries", "Jana Claes", "Els de Smet", "Marie Sint-Victor"])
    #expect(try community.resolveMember(reference).name == "Jan de Vries")
    #expect(try community.resolveMember("victor").name == "Marie Sint-Victor")
    #expect(throws: CoachError.ambiguousMember("de", candidates: ["Jan de Vries", "Els de Smet"])) {
      try community.resolveMember("de")
    }
  }

  @Test func anAmbiguousMemberListsTheCandidates() throws {
    let community = try makeCommunity("VLG Handel", members: ["Jan de Vries", "Jana Claes", "Els"])
    #expect(throws: CoachError.ambiguousMember("jan", candidates: ["Jan de Vries", "Jana Claes"])) {
      try community.resolveMember("jan")
    }
  }

  @Test func anUnknownMemberNamesTheCommunity() throws {
    let community = try makeCommunity("VLG Handel", members: ["Jan de Vries"])
    #expect(throws: CoachError.unknownMember("Piet", community: "VLG Handel")) {
      try community.resolveMember("Piet")
    }
  }
}
