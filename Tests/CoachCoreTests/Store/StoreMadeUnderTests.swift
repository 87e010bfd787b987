import Foundation
import Testing

@testable import CoachCore

/// `madeUnder` (version 3): the agenda item an agreement was made under is kept, read back
/// and checked like every stored value.
@Suite("An agreement's agenda item on disk")
struct StoreMadeUnderTests {
  /// A community with one meeting and one agreement made under its first item.
  private func community() throws -> (Community, item: UUID) {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    let meeting = community.addMeeting(on: try day("2026-11-04"), language: .nl)
    let item = try #require(meeting.agenda.first?.id)
    try community.addAgreement(
      kind: .finish, text: "Hoofdstuk 3", owners: [community.members[0].id], madeIn: meeting.id,
      under: item)
    return (community, item)
  }

  /// The file of `community` with the agreement's `madeUnder` set to `value`, read back.
  private func read(_ community: Community, madeUnder value: PlistValue) throws -> (
    Community, [StoredRepair]
  ) {
    var root = try #require(
      try PlistXMLReader.parse(try encodedCommunityFile(community)).value.dictionary)
    var fields = try #require(root["community"]?.dictionary)
    var agreement = try #require(fields["agreements"]?.array?.first?.dictionary)
    agreement["madeUnder"] = value
    fields["agreements"] = .array([.dictionary(agreement)])
    root["community"] = .dictionary(fields)
    let data = PlistXMLWriter.data(.dictionary(root))
    guard
      case .community(let read, _, let repairs, _) = CommunityFileFormat.decode(
        data, fileID: nil)
    else { throw CancellationError() }
    return (read, repairs)
  }

  @Test func theItemIsKeptAndReadBack() throws {
    let (community, item) = try community()
    #expect(community.agreements.first?.madeUnder == item)
    #expect(community.agreementsMade(under: item).map(\.number) == [1])
    let (read, repairs) = try read(community, madeUnder: .string(item.uuidString))
    #expect(read == community)
    #expect(repairs == [])
  }

  @Test(arguments: [PlistValue.string("item 3"), .integer(3), .string("")])
  func aValueThatIsNoIdIsDroppedAndReported(_ value: PlistValue) throws {
    let (community, _) = try community()
    let (read, repairs) = try read(community, madeUnder: value)
    #expect(read.agreements.first?.madeUnder == nil)
    #expect(repairs == [StoredRepair(.agreement(1), .valueReset(field: "madeUnder"))])
  }

  /// An item deleted after the agreement was made leaves such an id: not damage.
  @Test func anIdOfNoItemIsKeptWithoutARepair() throws {
    let (community, _) = try community()
    let elsewhere = UUID()
    let (read, repairs) = try read(community, madeUnder: .string(elsewhere.uuidString))
    #expect(read.agreements.first?.madeUnder == elsewhere)
    #expect(repairs == [])
  }

  @Test func anAgreementIsNeverMadeUnderAnItemOfAnotherMeeting() throws {
    var (community, _) = try community()
    let meeting = try #require(community.meetings.first?.id)
    let added = try community.addAgreement(
      kind: .discuss, text: "Casus", owners: [community.members[0].id], madeIn: meeting,
      under: UUID())
    #expect(added.madeUnder == nil)
  }
}
