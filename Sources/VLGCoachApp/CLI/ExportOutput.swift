import CoachCore
import Foundation

/// Where an export goes: stdout as it is, or a file written atomically (readable by others:
/// it is meant to be shared), after which its path is printed.
enum ExportOutput {
  /// `-o` may name a file or a folder; in a folder the export gets `defaultName`.
  static func deliver(_ text: String, to path: String?, defaultName: String, strings: CLIStrings)
    throws
  {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let target = try ExportDestination.file(path, defaultName: defaultName)
    do {
      try AtomicFile.write(Data(text.utf8), to: target, permissions: 0o644)
    } catch StoreError.writeFailed(_, let reason) {
      throw CLIError.cannotWrite(target.path, reason: reason)
    }
    print(strings.wroteFile(target.path))
  }
}
