import Foundation
import Glibc

/// `flock` on `store.lock`: a writer holds it exclusively while it runs, readers share it for
/// the moment they read. The kernel releases it when the process ends, however it ends, so a
/// lock left by a crash is simply taken over.
final class StoreLock {
  enum Kind {
    /// One writer, and no reader while it writes.
    case exclusive
    /// Any number of readers, while no writer holds it.
    case shared
  }

  enum Outcome {
    case acquired(StoreLock)
    /// Another writer holds it; its pid if it wrote one.
    case heldByWriter(pid: Int32?)
    case unavailable(reason: String)
  }

  private let fd: Int32
  let kind: Kind

  private init(fd: Int32, kind: Kind) {
    self.fd = fd
    self.kind = kind
  }

  deinit {
    // Unlocked before closing: a child forked meanwhile (not yet exec'd) shares the open
    // file description, and closing alone would leave the lock held until it execs.
    _ = flock(fd, LOCK_UN)
    close(fd)
  }

  static let fileName = "store.lock"

  /// Takes the lock. Readers are brief, so a writer that finds only readers waits for them up
  /// to `patience` seconds; a writer that finds another writer gives up at once.
  static func acquire(in directory: URL, _ kind: Kind, patience: TimeInterval = 3) -> Outcome {
    let path = directory.appendingPathComponent(fileName).path
    // Never through a symbolic link: its target could be any file of the coach's.
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
      let failure = errno
      if failure == ELOOP {
        return .unavailable(reason: "\(fileName) is a symbolic link")
      }
      return .unavailable(reason: String(cString: strerror(failure)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      return .unavailable(reason: "\(fileName) is not a regular file")
    }
    let deadline = Date().addingTimeInterval(patience)
    while flock(fd, (kind == .exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
      let failure = errno
      guard failure == EWOULDBLOCK || failure == EINTR else {
        close(fd)
        return .unavailable(reason: String(cString: strerror(failure)))
      }
      // A shared lock taken at once means no writer: only readers are in the way, and they
      // finish soon. A reader never waits: atomic files can be read beside a writer.
      let onlyReaders = kind == .exclusive && flock(fd, LOCK_SH | LOCK_NB) == 0
      if onlyReaders { _ = flock(fd, LOCK_UN) }
      if !onlyReaders || Date() >= deadline {
        let holder = onlyReaders ? nil : readPID(fd)
        close(fd)
        return .heldByWriter(pid: holder)
      }
      usleep(20_000)
    }
    if kind == .exclusive {
      // The pid is only a hint for the message another instance shows.
      let text = "\(getpid())\n"
      _ = ftruncate(fd, 0)
      _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }
    return .acquired(StoreLock(fd: fd, kind: kind))
  }

  private static func readPID(_ fd: Int32) -> Int32? {
    var buffer = [CChar](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
