import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

/// Community files damaged in thousands of seeded ways: reading never traps, whatever reads
/// is usable by every part of the program, and a mended community writes and reads back
/// equal, with nothing left to mend.
@Suite("Store files under fuzzing")
struct StoreFileFuzzTests {
  static let seeds: [UInt64] = FuzzLength.isLong ? [1, 2, 3, 4] : [20_261_203]

  static func baseFiles() throws -> [Data] {
    let today = CalendarDay(year: 2026, month: 12, day: 3) ?? CalendarDay(Date(), in: .current)
    let demo = DemoData.communities(today: today, now: Fixture.now)
    let full = try StoredShapeDescription.fullCommunity()
    let withNotes = CommunityFileFormat.encode(
      full,
      keeping: CommunityFileFormat.Kept(notebook: try StoredShapeDescription.fullNotebook(full)))
    return try (demo + [try ExportFixture.community(.nl)]).map { try encodedCommunityFile($0) }
      + [withNotes]
  }

  @Test(arguments: seeds)
  func aDamagedFileNeverTrapsAndWhatReadsIsWhole(seed: UInt64) throws {
    let files = try Self.baseFiles().map { try PlistXMLReader.parse($0).value }
    var mutation = StoreFileMutation(random: SeededRandom(seed: seed))
    let rounds = FuzzLength.rounds(short: 1_500, long: 25_000)
    var outcomes = [0, 0, 0]
    for round in 0..<rounds {
      let base = files[round % files.count]
      let damaged = mutation.mutate(base)
      switch CommunityFileFormat.decode(damaged, fileID: nil) {
      case .community(let community, let kept, _, _):
        outcomes[0] += 1
        try Self.expectUsable(community, kept: kept, seed: seed, round: round)
      case .future:
        outcomes[1] += 1
      case .unreadable:
        outcomes[2] += 1
      }
    }
    // The mutations must reach the reader, not only the parser.
    #expect(outcomes[0] > rounds / 2, "seed \(seed): \(outcomes)")
  }

  /// Everything that reads a community, once; then the mended community round-trips.
  static func expectUsable(
    _ community: Community, kept: CommunityFileFormat.Kept, seed: UInt64, round: Int
  ) throws {
    let today = CalendarDay(year: 2026, month: 12, day: 20) ?? CalendarDay(Date(), in: .current)
    _ = CommunitySummary(community)
    _ = FollowUp.items(in: [community], today: today, includeClosed: true)
    for meeting in community.meetingsInOrder {
      _ = MinutesMarkdown.render(community, meeting: meeting.id, language: .nl, today: today)
      _ = meeting.plannedMinutes
      _ = meeting.liveItemIndex
      for item in meeting.agenda { _ = item.minutesSpent(now: Fixture.now) }
      _ = community.attendanceCount(for: meeting)
      _ = community.agreementsToReview(in: meeting.id)
    }
    _ = MeetingCalendar.render(community, language: .en, now: Fixture.now, timeZone: .current)
    let again = CommunityFileFormat.decode(
      CommunityFileFormat.encode(community, keeping: kept), fileID: nil)
    guard case .community(let reread, let rekept, let repairs, _) = again else {
      Issue.record("seed \(seed) round \(round): a mended community did not read back")
      return
    }
    #expect(reread == community, "seed \(seed) round \(round)")
    #expect(rekept.notebook == kept.notebook, "seed \(seed) round \(round): the notes")
    #expect(repairs.isEmpty, "seed \(seed) round \(round): \(repairs)")
  }
}
