import Foundation
import Testing

@testable import CoachCore

/// A save writes anew only the meetings, agreements and checklist rounds that changed, and
/// the file it writes is byte for byte the file written from scratch.
@Suite("Written parts: a save writes anew only what changed")
struct WrittenPartsTests {
  /// The full community with enough meetings and agreements for the writing to be shared
  /// between threads.
  static func largeCommunity() throws -> Community {
    var community = try StoredShapeDescription.fullCommunity()
    let owner = community.members[0].id
    for month in 1...12 {
      let meeting = community.addMeeting(
        on: try day(String(format: "2025-%02d-10", month)), language: .nl)
      for number in 1...6 {
        try community.addAgreement(
          kind: .discuss, text: "Afspraak \(number) van maand \(month)", owners: [owner],
          madeIn: meeting.id, under: meeting.agenda.first?.id)
      }
    }
    return community
  }

  static func records(_ community: Community) -> Int {
    community.meetings.count + community.agreements.count + community.checklistRounds.count
  }

  /// The file written with `parts` and the file written from scratch.
  static func expectSameFile(
    _ community: Community, kept: CommunityFileFormat.Kept = .init(), parts: WrittenParts,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let reused = CommunityFileFormat.encode(community, keeping: kept, parts: parts)
    let fresh = CommunityFileFormat.encode(community, keeping: kept)
    #expect(reused == fresh, sourceLocation: sourceLocation)
  }

  @Test func eachEditWritesAnewOnlyTheRecordItChangedAndTheFileIsTheSame() throws {
    var community = try Self.largeCommunity()
    var cache = WrittenPartsCache()
    let first = cache.parts(for: community, residue: Residue())
    #expect(Self.records(community) > 64)
    #expect(first.writtenAnew == Self.records(community))
    Self.expectSameFile(community, parts: first)

    community.meetings[3].notes = "Nog een punt voor de volgende keer."
    let notes = cache.parts(for: community, residue: Residue())
    #expect(notes.writtenAnew == 1)
    Self.expectSameFile(community, parts: notes)

    community.subject = "Economie en organisatie"
    let subject = cache.parts(for: community, residue: Residue())
    #expect(subject.writtenAnew == 0)
    Self.expectSameFile(community, parts: subject)

    community.agreements[10].text = "Rubric in twee klassen testen"
    let agreement = cache.parts(for: community, residue: Residue())
    #expect(agreement.writtenAnew == 1)
    Self.expectSameFile(community, parts: agreement)

    var round = try #require(community.checklistRounds.first)
    round.responses[0].answers["better"] = .text("Meer tijd voor de casus")
    community.checklistRounds[0] = round
    let answered = cache.parts(for: community, residue: Residue())
    #expect(answered.writtenAnew == 1)
    Self.expectSameFile(community, parts: answered)

    let last = try #require(community.meetings.last)
    community.meetings.removeAll { $0.id == last.id }
    community.agreements.removeAll { $0.madeIn == last.id }
    let removed = cache.parts(for: community, residue: Residue())
    #expect(removed.writtenAnew == 0)
    #expect(removed.meetings.count == community.meetings.count)
    #expect(removed.agreements.count == community.agreements.count)
    Self.expectSameFile(community, parts: removed)

    let planned = community.addMeeting(on: try day("2026-12-09"), language: .nl)
    try community.addAgreement(
      kind: .finish, text: "Toets nakijken", owners: [community.members[0].id],
      madeIn: planned.id)
    let added = cache.parts(for: community, residue: Residue())
    #expect(added.writtenAnew == 2)
    Self.expectSameFile(community, parts: added)

    let decoded = try decodedCommunityFile(
      CommunityFileFormat.encode(community, parts: added))
    #expect(decoded.0 == community)
  }

  /// A community file whose first meeting and first agreement hold a key of a newer version.
  static func fileWithNewerKeys(_ community: Community) throws -> Data {
    var root = try #require(
      try PlistXMLReader.parse(try encodedCommunityFile(community)).value.dictionary)
    var fields = try #require(root["community"]?.dictionary)
    for list in ["meetings", "agreements"] {
      var records = try #require(fields[list]?.array)
      var first = try #require(records.first?.dictionary)
      first["laterVersionField"] = .string("bewaard-\(list)")
      records[0] = .dictionary(first)
      fields[list] = .array(records)
    }
    root["community"] = .dictionary(fields)
    return PlistXMLWriter.data(.dictionary(root))
  }

  @Test func keysOfANewerVersionAreWrittenBackAndOtherKeptKeysWriteEverythingAnew() throws {
    let community = try Self.largeCommunity()
    guard
      case .community(let read, let kept, _, _) = CommunityFileFormat.decode(
        try Self.fileWithNewerKeys(community), fileID: nil)
    else { throw CancellationError() }
    #expect(!kept.residue.isEmpty)
    var cache = WrittenPartsCache()
    _ = cache.parts(for: read, residue: Residue())
    let withKept = cache.parts(for: read, residue: kept.residue)
    #expect(withKept.writtenAnew == Self.records(read))
    Self.expectSameFile(read, kept: kept, parts: withKept)
    let text = String(
      decoding: CommunityFileFormat.encode(read, keeping: kept, parts: withKept), as: UTF8.self)
    #expect(text.contains("bewaard-meetings"))
    #expect(text.contains("bewaard-agreements"))

    let again = cache.parts(for: read, residue: kept.residue)
    #expect(again.writtenAnew == 0)
    Self.expectSameFile(read, kept: kept, parts: again)
  }

  @Test func theStoreSavesEditsOfALargeCommunityAsIfWrittenFromScratch() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try Self.largeCommunity()
      try seedStore(folder, with: [community])
      let store = try openStore(folder)
      community = try store.community(community.id)
      for round in 1...3 {
        community.meetings[round].notes = "Verslag, versie \(round)"
        community.agreements[round].text = "Afspraak, versie \(round)"
        try store.save(community)
        let file = try bytes(of: store.communityURL(community.id))
        #expect(file == CommunityFileFormat.encode(community))
      }
      #expect(try openStore(folder).community(community.id) == community)
    }
  }

  @Test func theCacheKeepsTheCommunitiesSavedLast() throws {
    var cache = WrittenPartsCache()
    var communities: [Community] = []
    for number in 0...WrittenPartsCache.capacity {
      var community = try makeCommunity("VLG \(number)", members: ["Jan"])
      community.addMeeting(on: try day("2026-11-04"), language: .nl)
      communities.append(community)
      #expect(cache.parts(for: community, residue: Residue()).writtenAnew == 1)
    }
    // The last ones are kept; the first, saved longest ago, was let go.
    #expect(
      cache.parts(for: communities[communities.count - 1], residue: Residue()).writtenAnew == 0)
    #expect(cache.parts(for: communities[0], residue: Residue()).writtenAnew == 1)
  }
}

/// Equal is not always written alike: canonically equivalent texts are equal by `==` but
/// are different bytes, and a save must write the bytes the coach's text has now.
@Suite("Written parts: texts equal by == but written differently")
struct WrittenAlikeTests {
  @Test func anEditToAnotherSpellingOfTheSameLettersIsWrittenAnew() throws {
    var community = try WrittenPartsTests.largeCommunity()
    community.meetings[0].notes = "Verslag: caf\u{E9}, \u{E9}\u{E9}n punt"
    community.meetings[1].agenda[0].decisions = ["Caf\u{E9} om tien uur"]
    community.agreements[0].text = "Caf\u{E9} bezoeken"
    community.checklistRounds[0].responses[0].answers["better"] = .text("Caf\u{E9}")
    var cache = WrittenPartsCache()
    _ = cache.parts(for: community, residue: Residue())
    let before = community
    community.meetings[0].notes = "Verslag: cafe\u{301}, e\u{301}e\u{301}n punt"
    community.meetings[1].agenda[0].decisions = ["Cafe\u{301} om tien uur"]
    community.agreements[0].text = "Cafe\u{301} bezoeken"
    community.checklistRounds[0].responses[0].answers["better"] = .text("Cafe\u{301}")
    #expect(community == before)
    let parts = cache.parts(for: community, residue: Residue())
    #expect(parts.writtenAnew == 4)
    WrittenPartsTests.expectSameFile(community, parts: parts)
  }

  @Test func theStoreWritesTheTextAsTypedAndReadsItBack() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try WrittenPartsTests.largeCommunity()
      community.meetings[0].notes = "caf\u{E9}"
      try seedStore(folder, with: [community])
      let store = try openStore(folder)
      community = try store.community(community.id)
      try store.save(community)
      community.meetings[0].notes = "cafe\u{301}"
      try store.save(community)
      #expect(
        try bytes(of: store.communityURL(community.id)) == CommunityFileFormat.encode(community))
      let read = try openStore(folder).community(community.id)
      #expect(
        Array(read.meetings[0].notes.unicodeScalars) == Array("cafe\u{301}".unicodeScalars))
    }
  }

  /// Whatever text a meeting or an agreement holds is among the texts compared byte by byte:
  /// a text field added to them later and left out of `writtenTexts` fails here.
  @Test func everyTextOfARecordIsCompared() throws {
    let community = try WrittenPartsTests.largeCommunity()
    let meeting = try #require(community.meetings.max { $0.agenda.count < $1.agenda.count })
    let agreement = try #require(community.agreements.max { $0.reviews.count < $1.reviews.count })
    let round = try #require(community.checklistRounds.first)
    #expect(Self.texts(in: round).count == round.writtenTexts.count)
    #expect(Self.texts(in: meeting).count == meeting.writtenTexts.count)
    #expect(Self.texts(in: agreement).count == agreement.writtenTexts.count)
    #expect(!agreement.reviews.isEmpty)
  }

  /// Every String inside `value`, found by reflection (nil optionals count as one text: they
  /// are written as an empty one).
  static func texts(in value: Any) -> [String] {
    if let text = value as? String { return [text] }
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional, mirror.children.isEmpty,
      String(describing: type(of: value)).contains("<String>")
    {
      return [""]
    }
    return mirror.children.flatMap { texts(in: $0.value) }
  }
}
