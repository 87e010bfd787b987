import Foundation
import Testing

@testable import CoachCore

@Suite("Member import from CSV")
struct MemberImportTests {
  private let today = CalendarDay(year: 2026, month: 3, day: 10)!

  private func bytes(_ text: String) -> Data { Data(text.utf8) }

  @Test func readsFlemishExcelWithBOMAndSemicolonsAndCRLF() throws {
    var community = try makeCommunity("VLG Handel")
    let data =
      Data([0xEF, 0xBB, 0xBF])
      + bytes("Naam;School;Rol\r\nJan de Vries;KA Geel;leader\r\nEls Peeters;Sint-Jozef, Geel;\r\n")
    let result = try community.importMembers(data, today: today)
    #expect(result.added.map(\.name) == ["Jan de Vries", "Els Peeters"])
    #expect(result.added.map(\.school) == ["KA Geel", "Sint-Jozef, Geel"])
    #expect(result.added.map(\.role) == [.schoolLeader, .teacher])
    #expect(community.members.map(\.name) == ["Jan de Vries", "Els Peeters"])
  }

  /// The day a member joined, from a column of its own; empty is the day of the import, and
  /// a day that is not one is a problem of its row.
  @Test func readsTheDayMembersJoined() throws {
    var community = try makeCommunity("VLG Handel")
    let data = bytes("naam;lid sinds\nAnn;2025-09-01\nBert;\n")
    let result = try community.importMembers(data, today: today)
    #expect(result.added.map(\.joinedOn) == [CalendarDay(year: 2025, month: 9, day: 1), today])
    let english = bytes("name,Member Since\nChloé,1 september\n")
    #expect(
      throws: MemberImportError([MemberImportProblem(line: 2, .invalidJoinedDay("1 september"))])
    ) {
      try community.importMembers(english, today: today)
    }
  }

  @Test func readsRolesInDutchAndEnglishWords() throws {
    var community = try makeCommunity("VLG Handel")
    let data = bytes(
      "naam;rol\nAnn;Leraar\nBert;schoolleider\nChloé;pedagogisch begeleider\nDirk;School leader\n")
    let result = try community.importMembers(data, today: today)
    #expect(
      result.added.map(\.role) == [.teacher, .schoolLeader, .pedagogicalAdviser, .schoolLeader])
  }

  @Test func readsCommasAndEnglishHeadersInAnyCaseAndOrder() throws {
    var community = try makeCommunity("VLG Handel")
    let data = bytes("ROLE,name,School\nadviser,Zoë Dëmeester,\"KA Geel; campus 2\"\nCOACH,An,")
    let result = try community.importMembers(data, today: today)
    #expect(result.added.map(\.name) == ["Zoë Dëmeester", "An"])
    #expect(result.added.map(\.school) == ["KA Geel; campus 2", ""])
    #expect(result.added.map(\.role) == [.pedagogicalAdviser, .coach])
  }

  @Test func readsDutchHeadersWithOnlyAName() throws {
    var community = try makeCommunity("VLG Handel")
    let result = try community.importMembers(bytes("naam\nJan\nEls\n"), today: today)
    #expect(result.added.map(\.name) == ["Jan", "Els"])
  }

  @Test func quotedFieldsHoldLineBreaksAndDoubledQuotes() throws {
    var community = try makeCommunity("VLG Handel")
    let data = bytes(
      "naam;school;rol\n\"Jan \"\"Jos\"\" Peeters\";\"KA\r\nGeel\";\n\"Els\";X;rector\n")
    #expect(throws: MemberImportError([MemberImportProblem(line: 4, .unknownRole("rector"))])) {
      try community.importMembers(data, today: today)
    }
    let good = bytes("naam;school\n\"Jan \"\"Jos\"\" Peeters\";\"KA\r\nGeel\"\nEls;\"\"\n")
    let result = try community.importMembers(good, today: today)
    #expect(result.added.map(\.name) == ["Jan \"Jos\" Peeters", "Els"])
    // A member's school is one line: the break becomes a space.
    #expect(result.added.map(\.school) == ["KA Geel", ""])
  }

  @Test func badRowsAreAllReportedWithTheirLinesAndNothingIsImported() throws {
    var community = try makeCommunity("VLG Handel", members: ["Ann"])
    let before = community
    let data = bytes("naam;school;rol\nJan;;\n;KA Geel;teacher\nEls;;boss\n  ;;\n\"Piet\"x;;\n")
    #expect(
      throws: MemberImportError([
        MemberImportProblem(line: 3, .emptyName),
        MemberImportProblem(line: 4, .unknownRole("boss")),
        MemberImportProblem(line: 6, .textAfterQuote),
      ])
    ) {
      try community.importMembers(data, today: today)
    }
    #expect(community == before)
  }

  @Test func aMemberAlreadyThereIsLeftOutAndReported() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan de Vries"])
    let result = try community.importMembers(
      bytes("name,school\nJAN DE VRIES,KA Geel\nEls,\n"), today: today)
    #expect(result.added.map(\.name) == ["Els"])
    #expect(result.alreadyMembers.map(\.line) == [2])
    #expect(community.members.map(\.name) == ["Jan de Vries", "Els"])
    #expect(community.members.first?.school == "")
  }

  @Test func aNameTwiceInTheFileIsABadRow() throws {
    var community = try makeCommunity("VLG Handel")
    let data = bytes("naam\nJan\nEls\n jan \n")
    #expect(
      throws: MemberImportError([
        MemberImportProblem(line: 4, .repeatedInFile(name: "jan", firstLine: 2))
      ])
    ) {
      try community.importMembers(data, today: today)
    }
    #expect(community.members.isEmpty)
  }

  @Test func invalidUTF8IsAnErrorOfTheFile() throws {
    var community = try makeCommunity("VLG Handel")
    // Latin-1 "ë", as an old Excel writes it: not UTF-8.
    let data = bytes("naam\nZo") + Data([0xEB]) + bytes("\n")
    #expect(throws: MemberImportError([MemberImportProblem(line: nil, .invalidUTF8)])) {
      try community.importMembers(data, today: today)
    }
    #expect(community.members.isEmpty)
  }

  @Test(arguments: ["", "\u{FEFF}", " \r\n\n"])
  func anEmptyFileIsAnError(_ text: String) throws {
    var community = try makeCommunity("VLG Handel")
    #expect(throws: MemberImportError([MemberImportProblem(line: nil, .emptyFile)])) {
      try community.importMembers(bytes(text), today: today)
    }
  }

  @Test func aHeaderWithoutRowsIsAnError() throws {
    var community = try makeCommunity("VLG Handel")
    #expect(throws: MemberImportError([MemberImportProblem(line: nil, .noRows)])) {
      try community.importMembers(bytes("naam;school;rol\r\n;;\r\n"), today: today)
    }
  }

  @Test func headerProblemsAreExplained() throws {
    var community = try makeCommunity("VLG Handel")
    #expect(throws: MemberImportError([MemberImportProblem(line: 1, .unknownColumn("e-mail"))])) {
      try community.importMembers(bytes("naam;e-mail\nJan;j@x.be\n"), today: today)
    }
    #expect(throws: MemberImportError([MemberImportProblem(line: 1, .noNameColumn)])) {
      try community.importMembers(bytes("school;rol\nKA Geel;teacher\n"), today: today)
    }
    #expect(throws: MemberImportError([MemberImportProblem(line: 1, .repeatedColumn("Name"))])) {
      try community.importMembers(bytes("naam,Name\nJan,Jan\n"), today: today)
    }
  }

  @Test func anUnclosedQuoteNamesTheLineItStartsOn() throws {
    var community = try makeCommunity("VLG Handel")
    #expect(throws: MemberImportError([MemberImportProblem(line: 3, .unclosedQuote)])) {
      try community.importMembers(bytes("naam;school\nJan;A\n\"Els;B\nPiet;C\n"), today: today)
    }
  }

  @Test func tooManyFieldsIsABadRowButTrailingEmptyOnesAreNot() throws {
    var community = try makeCommunity("VLG Handel")
    #expect(throws: MemberImportError([MemberImportProblem(line: 2, .tooManyFields(columns: 2))])) {
      try community.importMembers(bytes("naam;school\nJan;A;B\n"), today: today)
    }
    let result = try community.importMembers(bytes("naam;school;;\nJan;A;;\n"), today: today)
    #expect(result.added.map(\.school) == ["A"])
  }

  @Test func everyProblemHasASentenceInBothLanguages() {
    let reasons: [MemberImportProblem.Reason] = [
      .invalidUTF8, .emptyFile, .noNameColumn, .unknownColumn("x"), .repeatedColumn("x"),
      .noRows, .unclosedQuote, .textAfterQuote, .tooManyFields(columns: 3), .emptyName,
      .unknownRole("x"), .invalidJoinedDay("x"), .repeatedInFile(name: "x", firstLine: 2),
      .rule(.emptyMemberName),
    ]
    for reason in reasons {
      let problem = MemberImportProblem(line: 2, reason)
      #expect(!problem.message(.en).isEmpty)
      #expect(problem.message(.nl) != problem.message(.en))
    }
  }
}
