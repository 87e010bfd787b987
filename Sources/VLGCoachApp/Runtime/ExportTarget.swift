import Foundation
import Glibc

/// What an export path names, found out before anything is written, so that what is there
/// already is never replaced by accident.
enum ExportTarget: Equatable {
  /// `-`: the standard output.
  case standardOutput
  /// An open descriptor named as a file (`/dev/stdout`, `/dev/fd/3`): written to as it is,
  /// as gawk does. Opening it anew would start at offset 0 and overwrite a `>>` log.
  case descriptor(Int32, path: String)
  /// A fifo or a character device (`/dev/null`, a terminal): opened and written through.
  /// A file renamed over it would replace the device itself.
  case stream(URL)
  /// Nothing there yet: a new file, private (0600).
  case newFile(URL)
  /// A regular file (the one a symbolic link leads to, so the link stays): replaced only
  /// when the coach said so, keeping its mode.
  case existingFile(URL, mode: mode_t)

  /// The path to name after writing; nil when the export went to a standard stream.
  var writtenPath: String? {
    switch self {
    case .standardOutput, .descriptor: nil
    case .stream(let url), .newFile(let url), .existingFile(let url, _): url.path
    }
  }

  /// The descriptor that a path like `/dev/stdout` or `/proc/self/fd/3` names, if any.
  static func descriptorNumber(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  /// What is at `url` now; nil when nothing is. Only a directory throws `isFolder`, so the
  /// caller can decide what a folder means.
  static func existing(_ url: URL) throws -> ExportTarget? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return .existingFile(url.resolvingSymlinksInPath(), mode: info.st_mode & 0o7777)
    case S_IFIFO, S_IFCHR:
      return .stream(url)
    case S_IFDIR:
      throw Found.folder
    default:
      // A block device or a socket: writing there is never what a coach meant.
      throw CLIError.notWritableTarget(url.path)
    }
  }

  enum Found: Error {
    case folder
  }
}
