import CoachCore
import CoachUI
import Foundation

/// `drafts/form.plist` in the store: a form the program had to leave unsaved (a signal, a
/// closed terminal), offered again at the next start. Taken once: read, then removed.
struct FormDraftFile {
  let storeDirectory: URL

  var url: URL {
    storeDirectory.appendingPathComponent("drafts").appendingPathComponent("form.plist")
  }

  func write(_ form: FormState) throws {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    try AtomicFile.write(try encoder.encode(form), to: url)
  }

  /// The draft, if there is one that reads; it leaves the disk either way (an unreadable
  /// one is set aside, never used).
  func take() -> FormState? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    guard let form = try? PropertyListDecoder().decode(FormState.self, from: data) else {
      let aside = url.appendingPathExtension("unreadable")
      try? FileManager.default.removeItem(at: aside)
      try? FileManager.default.moveItem(at: url, to: aside)
      return nil
    }
    try? FileManager.default.removeItem(at: url)
    return form
  }
}
