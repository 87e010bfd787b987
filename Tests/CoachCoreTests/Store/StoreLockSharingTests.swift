import Foundation
import Glibc
import Testing

@testable import CoachCore

/// Readers share the lock and never make a writer read-only for longer than they read; a
/// writer is read-only only while another writer holds the store.
@Suite("Readers and writers of one store")
struct StoreLockSharingTests {
  /// Holds `store.lock` as a reader would, in this process, until `release` is called.
  final class ReaderHold: @unchecked Sendable {
    private let fd: Int32
    init(_ folder: URL, _ operation: Int32 = LOCK_SH) throws {
      fd = open(folder.appendingPathComponent("store.lock").path, O_RDWR | O_CREAT, 0o600)
      guard fd >= 0, flock(fd, operation | LOCK_NB) == 0 else { throw CancellationError() }
    }
    func release() {
      _ = flock(fd, LOCK_UN)
      close(fd)
    }
  }

  @Test func aWriterWaitsForAReaderInsteadOfOpeningReadOnly() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      try seedStore(folder, with: [try makeCommunity("VLG Handel")])
      let reader = try ReaderHold(folder)
      DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { reader.release() }
      let writer = try openStore(folder)
      #expect(writer.access == .readWrite)
    }
  }

  @Test func readersReadWhileAWriterWritesAndDoNotStopIt() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let writer = try openStore(folder)
      let reader = try PropertyListStore(
        directory: folder, createIfMissing: false, purpose: .reading)
      #expect(try reader.community(handel.id) == handel)
      #expect(reader.access == .readOnly(.openedForReading))
      var renamed = try writer.community(handel.id)
      renamed.name = "VLG Handel Kempen"
      try writer.save(renamed)
      #expect(writer.access == .readWrite)
    }
  }

  @Test func aWriterLockedOutBecomesWritableWhenTheOtherWriterEnds() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let other = try ReaderHold(folder, LOCK_EX)
      let store = try openStore(folder)
      #expect(store.isReadOnly)
      #expect(!store.retryWriting(), "still held")
      other.release()
      #expect(store.retryWriting())
      #expect(store.access == .readWrite)
      var renamed = try store.community(handel.id)
      renamed.name = "VLG Handel Kempen"
      try store.save(renamed)
    }
  }

  @Test func aLockPathThatIsASymbolicLinkIsRefusedAndItsTargetLeftAlone() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let target = temp.appendingPathComponent("precious.txt")
      try Data("keep me".utf8).write(to: target)
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("store.lock"), withDestinationURL: target)

      let store = try openStore(folder)
      #expect(store.access == .readOnly(.lockUnavailable("store.lock is a symbolic link")))
      #expect(try bytes(of: target) == Data("keep me".utf8))
    }
  }
}
