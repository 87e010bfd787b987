import CoachCore
import CoachUI
import Foundation
import Glibc
import Testing

@testable import VLGCoachApp

/// The program on a failing disk: the change stays on screen, the message says why, and the
/// runtime's retry writes it once the disk works again.
@Suite("The program when the disk fails")
struct FailingDiskTests {
  @Test func aFailedSaveIsReportedKeptAndWrittenByTheRetry() throws {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    var community = try Community.create(
      CommunityDraft(name: "VLG Handel"), otherNames: [],
      today: CalendarDay(year: 2026, month: 12, day: 3) ?? CalendarDay(Date(), in: .current),
      now: Date(timeIntervalSince1970: 1_780_000_000))
    let runner = EffectRunner(store: store, language: .en)
    let communities = folder.url.appendingPathComponent("communities")
    DiskFaults.inject(.writeFailsHalfway(ENOSPC), in: communities)
    defer { DiskFaults.inject(nil, in: communities) }

    var library = Library()
    library.put(community)
    let failed = runner.perform(.persist([.save(community)], reaching: library))
    guard case .persistFailed(let message) = failed.first else {
      Issue.record("expected a failure, got \(failed)")
      return
    }
    #expect(message.contains("No space left on device"))
    #expect(message.contains("Your change is still on screen"))

    DiskFaults.inject(nil, in: communities)
    community.subject = "Handel"
    library.put(community)
    #expect(
      runner.perform(.persist([.save(community)], reaching: library)) == [.persisted(library)])
    #expect(
      try PropertyListStore(directory: folder.url, purpose: .reading).community(community.id)
        == community)
  }
}
