import CoachCore
import Foundation

/// Where an export goes: stdout as it is, or what `-o` names, after which its path is
/// printed. An existing file is replaced only with `--force`.
enum ExportOutput {
  /// `-o` may name a file, a folder (the export gets `defaultName` in it), a fifo or a
  /// device (written through), or `-` (stdout).
  static func deliver(
    _ text: String, to path: String?, defaultName: String, force: Bool, strings: CLIStrings
  ) throws {
    let target =
      try path.map { try ExportDestination.target($0, defaultName: defaultName) }
      ?? .standardOutput
    try ExportWriter.write(Data(text.utf8), to: target, replacing: force)
    if let written = target.writtenPath { print(strings.wroteFile(written)) }
  }
}
