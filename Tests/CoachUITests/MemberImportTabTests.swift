import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// Importing members from a CSV file on the members tab: the file is read by the runtime,
/// the rows are checked by CoachCore; all rows or none.
@Suite("Importing members on the members tab")
struct MemberImportTabTests {
  func commerceMembers(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab)
    return app
  }

  func commerce(_ app: TestApp) throws -> Community {
    try #require(app.stored(named: "VLG Handel Kempen"))
  }

  /// The columns the file may have are named whole at 80 columns, in both languages.
  @Test(arguments: Language.allCases)
  func theFormNamesEveryColumn(_ language: Language) {
    var app = commerceMembers(language)
    app.send(.character("i"))
    let strings = language == .nl ? MemberImportStrings.dutch : .english
    #expect(app.screenText.contains(strings.subtitle))
  }

  /// The day members joined, from the file: the counts of meetings held before stay.
  @Test func theDayMembersJoinedIsImported() throws {
    var app = commerceMembers()
    app.files["~/leden.csv"] = Data("naam;lid sinds\nNora Peeters;2025-09-01\nTom Maes;\n".utf8)
    app.send(.character("i"))
    app.type("~/leden.csv")
    app.send(.enter)
    let community = try commerce(app)
    let joined = community.members.filter { ["Nora Peeters", "Tom Maes"].contains($0.name) }
      .map(\.joinedOn)
    #expect(joined == [CalendarDay(year: 2025, month: 9, day: 1), TestApp.today])
  }

  @Test func aFlemishExcelFileIsImportedAndAMemberThereAlreadyIsSaid() throws {
    var app = commerceMembers()
    // Excel in Flanders: a BOM, semicolons, a quoted field with a line break.
    app.files["~/leden.csv"] = Data(
      "\u{FEFF}naam;school;rol\r\nNora Peeters;KA Geel;leraar\r\n\"Jan de Vries\";HGT;leraar\r\n\"Tom \"\"T\"\" Maes\";\"Sint-Victor\nTurnhout\";teacher\r\n"
        .utf8)
    app.send(.character("i"))
    app.type("~/leden.csv")
    app.send(.enter)
    let community = try commerce(app)
    #expect(community.members.contains { $0.name == "Nora Peeters" })
    #expect(community.members.contains { $0.name == "Tom \"T\" Maes" })
    #expect(community.members.filter { $0.name == "Jan de Vries" }.count == 1, "not doubled")
    #expect(app.state.flash == "2 members imported; already members: Jan de Vries")
  }

  @Test func aBadRowImportsNothingAndListsEveryProblemWithItsLine() throws {
    var app = commerceMembers(.nl)
    let before = try commerce(app)
    app.files["bad.csv"] = Data(
      "name,school,role\nAnn,KA Geel,teacher\n,KA Geel,teacher\nBert,,wizard\n".utf8)
    app.send(.character("i"))
    app.type("bad.csv")
    app.send(.control("s"))
    #expect(try commerce(app) == before, "nothing imported")
    guard case .message(let title, let lines) = app.state.overlays.last else {
      Issue.record("the problems are shown")
      return
    }
    #expect(title == "Niets geïmporteerd")
    #expect(lines.contains { $0.hasPrefix("regel 3:") })
    #expect(lines.contains { $0.hasPrefix("regel 4:") })
  }

  @Test func aFileThatCannotBeReadIsSaid() throws {
    var app = commerceMembers()
    app.send(.character("i"))
    app.type("/nowhere.csv")
    app.send(.enter)
    #expect(app.state.flash?.contains("“/nowhere.csv” cannot be read") == true)
  }
}
