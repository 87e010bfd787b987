import CoachCore
import Foundation

/// Where an export goes: stdout as it is, or a file written atomically (readable by others:
/// it is meant to be shared), after which its path is printed.
enum ExportOutput {
  static func deliver(_ text: String, to path: String?, strings: CLIStrings) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let folder = target.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw CLIError.folderMissing(folder.path)
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: target, permissions: 0o644)
    } catch StoreError.writeFailed(_, let reason) {
      throw CLIError.cannotWrite(target.path, reason: reason)
    }
    print(strings.wroteFile(target.path))
  }
}
