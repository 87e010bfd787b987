import Foundation
import Glibc

/// One writer at a time: an exclusive `flock` on `store.lock`, held while the program runs.
/// The kernel releases it when the process ends, however it ends, so a lock is never stale.
final class StoreLock {
  private let fd: Int32

  private init(fd: Int32) { self.fd = fd }

  deinit { close(fd) }

  enum Outcome {
    case acquired(StoreLock)
    /// Another process holds it; its pid if it wrote one.
    case heldByOther(pid: Int32?)
    case unavailable(reason: String)
  }

  static func acquire(in directory: URL) -> Outcome {
    let path = directory.appendingPathComponent("store.lock").path
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return .unavailable(reason: errnoText()) }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let failure = errno
      let holder = readPID(fd)
      close(fd)
      if failure == EWOULDBLOCK { return .heldByOther(pid: holder) }
      return .unavailable(reason: String(cString: strerror(failure)))
    }
    // The pid is only a hint for the message another instance shows.
    let text = "\(getpid())\n"
    _ = ftruncate(fd, 0)
    _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    return .acquired(StoreLock(fd: fd))
  }

  private static func readPID(_ fd: Int32) -> Int32? {
    var buffer = [CChar](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
