import Foundation
import Glibc

/// What `stat` says of a file: cheap to read, and it changes whenever the file is replaced
/// or written. Equal fingerprints mean the file was not touched since.
struct FileFingerprint: Equatable, Sendable {
  var size: Int
  var modifiedNanoseconds: Int
  var inode: Int

  /// nil when there is no regular file at `path`.
  static func of(_ path: String) -> FileFingerprint? {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let seconds = Int(info.st_mtim.tv_sec)
    let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let nanoseconds = overflow ? seconds : product &+ Int(info.st_mtim.tv_nsec)
    return FileFingerprint(
      size: Int(info.st_size), modifiedNanoseconds: nanoseconds,
      inode: Int(bitPattern: UInt(info.st_ino)))
  }
}

/// A file's content as last read or written by this program, to notice a change by someone
/// else: the fingerprint first (no read needed), then the bytes' hash when it differs.
struct KnownFile: Equatable, Sendable {
  var fingerprint: FileFingerprint?
  var contentHash: UInt64

  init(fingerprint: FileFingerprint?, data: Data) {
    self.init(fingerprint: fingerprint, contentHash: KnownFile.hash(data))
  }

  init(fingerprint: FileFingerprint?, contentHash: UInt64) {
    self.fingerprint = fingerprint
    self.contentHash = contentHash
  }

  static func hash(_ data: Data) -> UInt64 { ContentHash.of(data) }
}
