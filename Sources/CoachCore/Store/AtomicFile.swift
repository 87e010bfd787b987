import Foundation
import Glibc

/// Writes a file so that a crash at any moment leaves either the old or the new content:
/// temp file in the same directory, fsync, rename over the target, fsync the directory.
public enum AtomicFile {
  /// The prefix of temp files; the store removes leftovers of a crash when it opens.
  public static let tempPrefix = ".tmp-"

  /// Where a simulated crash stops the write (tests only).
  public enum CrashPoint: Sendable {
    case afterTempWritten
  }

  /// `durable: false` leaves out both fsyncs: still atomic (the rename), but after a power
  /// cut the file may be the old one or empty. Only for a cache that is checked on reading.
  public static func write(
    _ data: Data, to target: URL, permissions: mode_t = 0o600, durable: Bool = true,
    crashAt: CrashPoint? = nil
  ) throws {
    let directory = target.deletingLastPathComponent()
    let fault = DiskFaults.fault(in: directory)
    if case .openFails(let code) = fault { throw failed(target, code) }
    let temp = directory.appendingPathComponent(tempName(for: target.lastPathComponent))
    let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard fd >= 0 else { throw StoreError.writeFailed(target.path, reason: errnoText()) }
    var closed = false
    var renamed = false
    defer {
      if !closed { close(fd) }
      if !renamed && crashAt == nil { unlink(temp.path) }
    }
    // The umask must not decide the mode: an export replacing a file keeps that file's.
    guard fchmod(fd, permissions) == 0 else {
      throw StoreError.writeFailed(target.path, reason: errnoText())
    }
    if case .writeFailsHalfway(let code) = fault {
      _ = writeAll(data.prefix(data.count / 2), to: fd)
      throw failed(target, code)
    }
    let failure = writeAll(data, to: fd)
    guard failure == 0 else { throw failed(target, failure) }
    if case .syncFails(let code) = fault { throw failed(target, code) }
    guard !durable || fsync(fd) == 0 else {
      throw StoreError.writeFailed(target.path, reason: errnoText())
    }
    closed = true
    guard close(fd) == 0 else { throw StoreError.writeFailed(target.path, reason: errnoText()) }
    if crashAt == .afterTempWritten { return }
    if case .renameFails(let code) = fault { throw failed(target, code) }
    guard rename(temp.path, target.path) == 0 else {
      throw StoreError.writeFailed(target.path, reason: errnoText())
    }
    renamed = true
    if durable { syncDirectory(directory) }
  }

  private static func failed(_ target: URL, _ code: Int32) -> StoreError {
    StoreError.writeFailed(target.path, reason: String(cString: strerror(code)))
  }

  /// Writes all of `data` to `fd`, however many calls it takes; 0, or the errno that stopped it.
  public static func writeAll(_ data: Data, to fd: Int32) -> Int32 {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
      guard var pointer = buffer.baseAddress else { return 0 }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(fd, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        remaining -= written
        pointer += written
      }
      return 0
    }
  }

  /// The temp file's name: the target's, cut to leave room for the prefix and the random
  /// tail within the 255 bytes a file name may have.
  static func tempName(for name: String) -> String {
    var stem = Substring(name)
    while stem.utf8.count > 200 { stem = stem.dropLast() }
    return tempPrefix + stem + "-" + UUID().text.prefix(8)
  }

  /// Makes a rename durable: without it a power cut can forget the new directory entry.
  public static func syncDirectory(_ directory: URL) {
    let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }
}

func errnoText() -> String {
  String(cString: strerror(errno))
}
