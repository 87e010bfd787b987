import Foundation
import Testing

@testable import CoachCore

@Suite("Themes")
struct ThemeTests {
  @Test func aThemeOutside4To6TeachersSaysSo() throws {
    var community = try makeCommunity(
      "VLG Handel", members: ["A", "B", "C", "D", "E", "F", "G"])
    let ids = community.members.map(\.id)
    let small = try community.addTheme(title: "Klein", members: Array(ids.prefix(3)))
    let right = try community.addTheme(title: "Goed", members: Array(ids.prefix(4)))
    let large = try community.addTheme(title: "Groot", members: ids)
    #expect(community.sizeAdvice(of: small) == .tooFew(3))
    #expect(community.sizeAdvice(of: right) == nil)
    #expect(community.sizeAdvice(of: large) == .tooMany(7))
    #expect(community.sizeAdvice(of: large)?.message(.nl).contains("deelgroepen") == true)
    #expect(community.themes(of: ids[0]).map(\.title) == ["Klein", "Goed", "Groot"])
  }

  @Test func aThemeNeedsATitleOfItsOwnAndMembersOfTheCommunity() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    #expect(throws: CoachError.emptyThemeTitle) { try community.addTheme(title: " ") }
    try community.addTheme(title: "Rubrics")
    #expect(throws: CoachError.duplicateTheme("RUBRICS")) {
      try community.addTheme(title: "RUBRICS")
    }
    #expect(throws: CoachError.self) { try community.addTheme(title: "X", members: [UUID()]) }
    #expect(community.themes.map(\.title) == ["Rubrics"])
  }

  @Test func themesAreStoredAndAStoreOfVersionFourOpensWithoutThem() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v4-frans-brugge", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      #expect(community.themes.isEmpty)
      #expect(community.members.map(\.name) == ["Lien Vermeersch"])
      #expect(try store.notebook(community.id).notes.map(\.tags) == [[.quiet]])
      try community.addTheme(title: "Spreekvaardigheid", members: [community.members[0].id])
      try store.save(community)
      let reopened = try openStore(folder)
      #expect(try reopened.community(community.id) == community)
      #expect(try reopened.notebook(community.id).notes.count == 1, "the notes stay")
    }
  }
}
