import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The effect runner")
struct EffectRunnerTests {
  /// A whole second: property lists keep no fractions.
  static let now = Date(timeIntervalSince1970: 1_780_000_000)

  /// A store with one community whose file, behind the index's back, now says it was written
  /// by a newer vlgcoach.
  func storeWithANewerFile(_ folder: TemporaryFolder) throws -> (PropertyListStore, UUID) {
    let id: UUID
    do {
      let writer = try PropertyListStore(directory: folder.url)
      let community = try Community.create(
        CommunityDraft(name: "VLG Handel"), otherNames: [],
        today: CalendarDay(Self.now, in: .current), now: Self.now)
      try writer.save(community)
      id = community.id
    }
    // Opened first: a newer vlgcoach writes the file while this one runs.
    let store = try PropertyListStore(directory: folder.url)
    let file = folder.url.appendingPathComponent("communities/\(id.uuidString).plist")
    let object = try PropertyListSerialization.propertyList(
      from: try Data(contentsOf: file), format: nil)
    var dictionary = try #require(object as? [String: Any])
    dictionary["schemaVersion"] = 99
    try PropertyListSerialization.data(fromPropertyList: dictionary, format: .xml, options: 0)
      .write(to: file)
    return (store, id)
  }

  @Test func readingANewerFileTellsTheScreenTheStoreIsNowReadOnly() throws {
    let folder = try TemporaryFolder()
    let (store, id) = try storeWithANewerFile(folder)
    #expect(!store.isReadOnly, "\(store.access) \(store.problems)")
    let runner = EffectRunner(store: store, language: .en)

    let events = runner.perform(.load(id, then: .open))
    let reason = ReadOnlyReason.futureVersion(
      file: "communities/\(id.uuidString).plist", version: 99)
    #expect(events.count == 2)
    #expect(events.first == .storeBecameReadOnly(reason: reason.message(.en)))
    guard case .loaded(let community, _, then: .open) = events.last else {
      Issue.record("expected the community, got \(events)")
      return
    }
    #expect(community.id == id)

    // Only the change is told, not every later read.
    let again = runner.perform(.load(id, then: .edit))
    #expect(again.count == 1)
  }

  @Test func anOrdinaryReadAnswersWithTheCommunityOnly() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let community = try Community.create(
      CommunityDraft(name: "VLG Frans"), otherNames: [], today: CalendarDay(Self.now, in: .current),
      now: Self.now)
    try store.save(community)
    let events = EffectRunner(store: store, language: .en).perform(.load(community.id, then: .open))
    #expect(
      events == [
        .loaded(community, notebook: CoachNotebook(communityID: community.id), then: .open)
      ])
  }
}

@Suite("The calendar written by the program")
struct CalendarEffectTests {
  @Test func itLandsInTheExportsFolderAsAnICSFileWithTheLocalZone() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-calendar-" + UUID().uuidString.prefix(8))
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try PropertyListStore(directory: folder)
    let now = Date(timeIntervalSince1970: 1_795_262_400)
    let community = try #require(
      DemoData.communities(today: CalendarDay(now, in: .gmt), now: now).first {
        $0.name == "VLG Handel Kempen"
      })
    let runner = EffectRunner(store: store, language: .nl)
    let events = runner.perform(.exportCalendar(community, path: nil))
    guard case .exported(let path) = events.first else {
      Issue.record("expected .exported, got \(events)")
      return
    }
    #expect(path.hasSuffix("/exports/vlg-handel-kempen.ics"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("BEGIN:VCALENDAR"))
    #expect(text.contains("DTSTART;TZID="))
  }
}
