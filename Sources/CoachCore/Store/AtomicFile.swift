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

  public static func write(
    _ data: Data, to target: URL, permissions: mode_t = 0o600, crashAt: CrashPoint? = nil
  ) throws {
    let directory = target.deletingLastPathComponent()
    let tempName = tempPrefix + target.lastPathComponent + "-" + UUID().uuidString.prefix(8)
    let temp = directory.appendingPathComponent(tempName)
    let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard fd >= 0 else { throw StoreError.writeFailed(target.path, reason: errnoText()) }
    var closed = false
    var renamed = false
    defer {
      if !closed { close(fd) }
      if !renamed && crashAt == nil { unlink(temp.path) }
    }
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard var pointer = buffer.baseAddress else { return }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(fd, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          throw StoreError.writeFailed(target.path, reason: errnoText())
        }
        remaining -= written
        pointer += written
      }
    }
    guard fsync(fd) == 0 else { throw StoreError.writeFailed(target.path, reason: errnoText()) }
    closed = true
    guard close(fd) == 0 else { throw StoreError.writeFailed(target.path, reason: errnoText()) }
    if crashAt == .afterTempWritten { return }
    guard rename(temp.path, target.path) == 0 else {
      throw StoreError.writeFailed(target.path, reason: errnoText())
    }
    renamed = true
    syncDirectory(directory)
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
