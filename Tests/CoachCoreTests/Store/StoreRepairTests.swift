import Foundation
import Testing

@testable import CoachCore

/// Files with values no version of vlgcoach writes, but an editor, a merge or a bad disk can:
/// they open, are mended and reported, and the original is kept beside them.
@Suite("Store files with odd values")
struct StoreRepairTests {
  private func file(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("communities/\(id.uuidString).plist")
  }

  /// A community with one meeting where Jan was present, in a store of its own.
  private func seeded(_ folder: URL) throws -> (Community, memberID: UUID, meetingID: UUID) {
    var community = try makeCommunity("VLG Handel", members: ["Jan", "Els"])
    let meeting = community.addMeeting(on: try day("2026-11-04"), language: .nl).id
    let jan = community.members[0].id
    community.setAttendance(.present, of: jan, at: meeting)
    try seedStore(folder, with: [community])
    return (community, jan, meeting)
  }

  /// The community dictionary of the file, edited by `change`, written back in place.
  private func editCommunity(_ url: URL, _ change: (inout PlistDictionary) -> Void) throws {
    guard var root = try PlistXMLReader.parse(try bytes(of: url)).value.dictionary,
      var community = root["community"]?.dictionary
    else { throw CancellationError() }
    change(&community)
    root["community"] = .dictionary(community)
    try PlistXMLWriter.data(.dictionary(root)).write(to: url)
  }

  @Test func oneMemberTwiceInAnAttendanceListOpensMendedAndReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (community, jan, meetingID) = try seeded(folder)
      let url = file(folder, community.id)
      // The same id in capitals and in small letters: one member, recorded twice.
      try editCommunity(url) { fields in
        guard case .array(var meetings) = fields["meetings"],
          var meeting = meetings.first?.dictionary
        else { return }
        meeting["attendance"] = .dictionary([
          jan.uuidString: .string("present"),
          jan.uuidString.lowercased(): .string("absent"),
        ])
        meetings[0] = .dictionary(meeting)
        fields["meetings"] = .array(meetings)
      }
      let damaged = try bytes(of: url)

      let store = try openStore(folder)
      let read = try store.community(community.id)
      #expect(read.meeting(withID: meetingID)?.attendance == [jan: .present])
      let kept = "communities/\(community.id.uuidString).plist.before-repair-" + Fixture.nowStamp
      #expect(
        store.problems == [
          .repaired(
            file: "communities/\(community.id.uuidString).plist",
            repairs: [StoredRepair(.meeting("2026-11-04"), .valueReset(field: "attendance"))],
            originalKeptAs: kept)
        ])
      #expect(try bytes(of: folder.appendingPathComponent(kept)) == damaged)
      #expect(StoreHealth.check(store).contains { if case .repaired = $0 { true } else { false } })

      // Mended on disk: the next opening finds nothing to say.
      let reopened = try openStore(folder, now: Fixture.now.addingTimeInterval(60))
      #expect(try reopened.community(community.id) == read)
      #expect(reopened.problems == [])
    }
  }

  /// Two records with one id (a merge copied them): the second gets a new id and keeps
  /// everything else, its roles, protocol, reason and the day it joined included.
  @Test func aRecordWithAnIdTakenKeepsEveryFieldUnderItsNewId() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity("VLG Handel", members: ["Jan", "Els"])
      let meeting = community.addMeeting(on: try day("2026-11-04"), language: .nl)
      let jan = community.members[0].id
      try community.updateMember(
        id: community.members[1].id,
        with: MemberDraft(
          name: "Els", participation: .different, participationReason: "Alleen het thema",
          joinedOn: try day("2026-02-01")),
        today: try day("2026-11-01"))
      guard let index = community.meetings.firstIndex(where: { $0.id == meeting.id }) else {
        throw CancellationError()
      }
      community.meetings[index].roles = [.chair: jan]
      community.meetings[index].agenda[0].protocolID = DiscussionProtocol.tuning.id
      try seedStore(folder, with: [community])
      try editCommunity(file(folder, community.id)) { fields in
        guard case .array(var members) = fields["members"],
          case .array(var meetings) = fields["meetings"],
          var copy = meetings.first?.dictionary
        else { return }
        // Els under Jan's id; the meeting twice, the copy a week later.
        guard var els = members[1].dictionary else { return }
        els["id"] = .uuid(jan)
        members[1] = .dictionary(els)
        copy["day"] = .string("2026-11-11")
        meetings.append(.dictionary(copy))
        fields["members"] = .array(members)
        fields["meetings"] = .array(meetings)
      }
      let read = try openStore(folder).community(community.id)
      let els = try #require(read.members.first { $0.name == "Els" })
      #expect(els.id != jan)
      #expect(els.participationReason == "Alleen het thema")
      #expect(els.joinedOn == (try day("2026-02-01")))
      #expect(read.meetings.count == 2)
      let moved = try #require(read.meetings.first { $0.day == (try? day("2026-11-11")) })
      #expect(moved.id != meeting.id)
      #expect(moved.roles == [.chair: jan])
      #expect(moved.agenda[0].protocolID == DiscussionProtocol.tuning.id)
    }
  }

  @Test(arguments: [Int.max, Int.max / 60 + 1, -5, 100_000])
  func plannedMinutesOutOfRangeAreBroughtWithinADay(_ minutes: Int) throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (community, _, meetingID) = try seeded(folder)
      try editCommunity(file(folder, community.id)) { fields in
        guard case .array(var meetings) = fields["meetings"],
          var meeting = meetings.first?.dictionary,
          case .array(var agenda) = meeting["agenda"], var item = agenda.first?.dictionary
        else { return }
        item["plannedMinutes"] = .integer(minutes)
        agenda[0] = .dictionary(item)
        meeting["agenda"] = .array(agenda)
        meetings[0] = .dictionary(meeting)
        fields["meetings"] = .array(meetings)
      }

      let store = try openStore(folder)
      let meeting = try #require(try store.community(community.id).meeting(withID: meetingID))
      let expected = minutes < 0 ? 0 : 1440
      #expect(meeting.agenda[0].plannedMinutes == expected)
      // Sums over the agenda (the meetings tab, the live clock, the calendar) stay small.
      #expect(meeting.plannedMinutes < 1440 * meeting.agenda.count + 1)
      guard case .repaired(_, let repairs, _) = store.problems.first else {
        Issue.record("not reported: \(store.problems)")
        return
      }
      #expect(repairs.map(\.kind) == [.valueLimited(field: "plannedMinutes")])
    }
  }

  @Test func aFileThatCannotBeMendedIsSetAsideAndTheRestStillOpens() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (community, _, _) = try seeded(folder)
      let other = try makeCommunity("VLG Geschiedenis")
      let store = try openStore(folder)
      try store.save(other)
      try editCommunity(file(folder, community.id)) { $0 = [:] }  // no id, nothing
      #expect(throws: StoreError.self) { try store.community(community.id) }
      #expect(store.summaries.map(\.id) == [other.id])
      #expect(try store.community(other.id) == other)
    }
  }

  @Test func aRepairedFileInAReadOnlyStoreIsReportedAndLeftAsItWas() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (community, _, _) = try seeded(folder)
      let url = file(folder, community.id)
      // A control character, as an editor can write it: XML carries it only as a reference.
      try editCommunity(url) { $0["name"] = .string("  VLG BELL Handel ") }
      let damaged = Data(
        String(decoding: try bytes(of: url), as: UTF8.self)
          .replacingOccurrences(of: "BELL", with: "&#7;").utf8)
      try damaged.write(to: url)
      let reader = try PropertyListStore(
        directory: folder, createIfMissing: false, purpose: .reading, now: { Fixture.now })
      #expect(try reader.community(community.id).name == "VLG  Handel")
      #expect(try bytes(of: url) == damaged)
      #expect(
        reader.problems.contains(
          .repaired(
            file: "communities/\(community.id.uuidString).plist",
            repairs: [StoredRepair(.community, .textCleaned(field: "name"))], originalKeptAs: nil)))
    }
  }
}

/// Found by StoreFileFuzzTests (long run, seeds 2, 3 and 4): a mended creation time must read
/// back as it was written, with nothing left to mend.
@Suite("Regressions found by fuzzing the store files")
struct StoreFuzzRegressionTests {
  @Test func aMissingCreationTimeWithAPhaseDayBefore1970IsMendedOnce() throws {
    var community = try makeCommunity("VLG Handel")
    let file = try editedPropertyList(try encodedCommunityFile(community)) {
      var inner = $0["community"] as? [String: Any] ?? [:]
      inner["created"] = nil
      inner["phaseHistory"] = [["phase": 1, "day": "1900-01-01", "note": ""]]
      $0["community"] = inner
    }
    let (mended, repairs) = try decodedCommunityFile(file)
    #expect(repairs.map(\.kind) == [.valueReset(field: "created")])
    community = mended
    let (again, more) = try decodedCommunityFile(try encodedCommunityFile(community))
    #expect(again == mended)
    #expect(more.isEmpty)
  }
}
