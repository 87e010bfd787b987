import Foundation
import Testing

@testable import CoachCore

/// The coach's group-dynamics notes: kept in the community's file under their own key,
/// handed out only as a `CoachNotebook`, never part of a `Community` or what is made of one.
@Suite("The coach's notes in the store")
struct StoreNotebookTests {
  static let marker = "PRIVAAT-MARKER-7Q"

  /// A store with one community and one note carrying the marker text.
  static func storeWithANote(_ folder: URL) throws -> (PropertyListStore, Community) {
    var community = try makeCommunity("VLG Handel", members: ["Jan", "Els"])
    community.addMeeting(on: try day("2026-11-04"), language: .nl)
    try seedStore(folder, with: [community])
    let store = try openStore(folder)
    var notebook = try store.notebook(community.id)
    try notebook.add(
      "Jan neemt elk gesprek over \(marker)", about: [community.members[0].id],
      tags: [.driver], day: try day("2026-11-04"), in: community)
    try store.saveNotebook(notebook)
    return (store, community)
  }

  @Test func aNoteIsKeptAndReadBackAndSurvivesSavesOfTheCommunity() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, original) = try Self.storeWithANote(folder)
      var community = try store.community(original.id)
      community.name = "VLG Handel Kempen"
      try store.save(community)  // as the program saves after each change

      let reopened = try openStore(folder)
      let notes = try reopened.notebook(original.id).notes
      #expect(notes.map(\.text) == ["Jan neemt elk gesprek over \(Self.marker)"])
      #expect(notes.first?.about == [original.members[0].id])
      #expect(notes.first?.tags == [.driver])
      #expect(try reopened.community(original.id).name == "VLG Handel Kempen")
    }
  }

  @Test func nothingMadeOfTheCommunityCarriesTheNotes() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, original) = try Self.storeWithANote(folder)
      let community = try store.community(original.id)
      let today = try day("2026-12-20")
      let meeting = try #require(community.meetings.first)
      let texts = [
        String(describing: community),
        String(describing: CommunitySummary(community)),
        MinutesMarkdown.render(community, meeting: meeting.id, language: .nl, today: today),
        MeetingCalendar.render(community, language: .en, now: Fixture.now, timeZone: .current),
        String(describing: FollowUp.items(in: [community], today: today, includeClosed: true)),
        String(
          decoding: try bytes(of: folder.appendingPathComponent("store.plist")), as: UTF8.self),
      ]
      for text in texts { #expect(!text.contains(Self.marker)) }
      // Only the file itself holds it, under its own key.
      let file = folder.appendingPathComponent("communities/\(original.id.uuidString).plist")
      let root = try #require(try PlistXMLReader.parse(try bytes(of: file)).value.dictionary)
      #expect(root["coachNotes"] != nil)
      #expect(
        !PlistXMLWriter.data(root["community"] ?? .string("")).contains(Data(Self.marker.utf8)))
    }
  }

  @Test func aNoteAboutSomeoneNotInTheCommunityOrWithoutTextIsRefused() throws {
    let community = try makeCommunity("VLG Handel", members: ["Jan"])
    var notebook = CoachNotebook(communityID: community.id)
    #expect(throws: CoachError.emptyNote) {
      try notebook.add("  \n", day: try day("2026-11-04"), in: community)
    }
    #expect(throws: CoachError.self) {
      try notebook.add("x", about: [UUID()], day: try day("2026-11-04"), in: community)
    }
    #expect(notebook.notes.isEmpty)
  }

  @Test func theTimelinesAreInDayOrderAndPerMember() throws {
    let community = try makeCommunity("VLG Handel", members: ["Jan", "Els"])
    let (jan, els) = (community.members[0].id, community.members[1].id)
    var notebook = CoachNotebook(communityID: community.id)
    try notebook.add("later", about: [jan], day: try day("2026-12-01"), in: community)
    try notebook.add("eerder", about: [jan, els], day: try day("2026-11-01"), in: community)
    try notebook.add("groep", day: try day("2026-11-15"), in: community)
    #expect(notebook.timeline.map(\.text) == ["eerder", "groep", "later"])
    #expect(notebook.timeline(of: els).map(\.text) == ["eerder"])
    #expect(NoteTag("Trekker") == .driver)
    #expect(NoteTag("support needed") == .supportNeeded)
    #expect(NoteTag("eigen woord") == .own("eigen woord"))
  }

  @Test func aStoreOfVersionThreeOpensAndSavesWithNotes() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v3-latijn-leuven", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      let community = try store.community(try #require(store.summaries.first).id)
      #expect(community.name == "VLG Latijn Leuven")
      #expect(community.members.map(\.name) == ["Sofie Claes"])
      #expect(community.meetings.first?.place == "Leuven")
      #expect(community.agreements.map(\.text) == ["Vertaaloefeningen verzamelen"])
      #expect(try store.notebook(community.id).notes.isEmpty)
      var notebook = try store.notebook(community.id)
      try notebook.add("Sofie trekt", day: try day("2026-11-18"), in: community)
      try store.saveNotebook(notebook)
      let reopened = try openStore(folder)
      #expect(try reopened.community(community.id) == community)
      #expect(try reopened.notebook(community.id).notes.map(\.text) == ["Sofie trekt"])
    }
  }

  @Test func notesChangedOutsideAreNotOverwrittenUnasked() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, original) = try Self.storeWithANote(folder)
      let notebook = try store.notebook(original.id)
      // Another program rewrites the file with other notes.
      let file = folder.appendingPathComponent("communities/\(original.id.uuidString).plist")
      let text = String(decoding: try bytes(of: file), as: UTF8.self)
      try Data(text.replacingOccurrences(of: "elk gesprek", with: "soms").utf8).write(to: file)
      #expect(throws: StoreError.changedOnDisk(name: "VLG Handel")) {
        try store.saveNotebook(notebook)
      }
      #expect(String(decoding: try bytes(of: file), as: UTF8.self).contains("soms"))
    }
  }
}
