import CoachCore
import Foundation
import Glibc

/// The one writer of exports, for the command line and the program: a file atomically,
/// a stream or a descriptor by writing through it.
enum ExportWriter {
  /// `replacing`: whether an existing file may be replaced (`--force`, or the coach's yes).
  /// `waitForReader`: whether opening a fifo may wait for its reader (the command line, like
  /// a shell's `>`); the program must not hang, so there a fifo without a reader fails.
  static func write(
    _ data: Data, to target: ExportTarget, replacing: Bool, waitForReader: Bool = true
  ) throws {
    switch target {
    case .standardOutput:
      try writeAll(data, to: STDOUT_FILENO, path: "-")
    case .descriptor(let descriptor, let path):
      try writeAll(data, to: descriptor, path: path)
    case .stream(let url):
      try writeThrough(data, url, waitForReader: waitForReader)
    case .newFile(let url):
      try writeFile(data, url, permissions: 0o600)
    case .existingFile(let url, let mode):
      guard replacing else { throw CLIError.exportExists(url.path) }
      try writeFile(data, url, permissions: mode)
    }
  }

  private static func writeFile(_ data: Data, _ url: URL, permissions: mode_t) throws {
    do {
      try AtomicFile.write(data, to: url, permissions: permissions)
    } catch StoreError.writeFailed(_, let reason) {
      throw CLIError.cannotWrite(url.path, reason: reason)
    }
  }

  private static func writeThrough(_ data: Data, _ url: URL, waitForReader: Bool) throws {
    // No O_CREAT: had it gone in the meantime, nothing is made in its place.
    let flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | (waitForReader ? 0 : O_NONBLOCK)
    let descriptor = open(url.path, flags)
    guard descriptor >= 0 else { throw failure(url.path, errno) }
    defer { close(descriptor) }
    if !waitForReader {
      // Non-blocking was only for the open; the writing itself may wait for the reader.
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    }
    try writeAll(data, to: descriptor, path: url.path)
  }

  private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
    let code = AtomicFile.writeAll(data, to: descriptor)
    if code != 0 { throw failure(path, code) }
  }

  private static func failure(_ path: String, _ code: Int32) -> CLIError {
    .cannotWrite(path, reason: String(cString: strerror(code)))
  }
}
