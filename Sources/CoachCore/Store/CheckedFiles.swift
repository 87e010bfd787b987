import Foundation

/// What `check` found readable before: each community file's size and a hash of its bytes.
/// `check` still reads every byte of every file, but a file whose bytes are exactly those it
/// decoded without a single oddity before (same size, same hash, same reading rules) is not
/// decoded again: decoding is what takes the time, and the same bytes decode the same way.
/// Kept in `cache/checked.plist`; a cache like the others, and anything odd in it is ignored.
struct CheckedFiles {
  /// Raised when the reading rules change without a change of the stored shape.
  static let rules = 3
  static let path = "cache/checked.plist"

  struct Mark: Equatable {
    var size: Int
    var hash: UInt64
  }

  var marks: [UUID: Mark] = [:]

  static func mark(_ data: Data) -> Mark {
    Mark(size: data.count, hash: hash(data))
  }

  static func hash(_ data: Data) -> UInt64 { ContentHash.of(data) }

  static func read(in directory: URL) -> CheckedFiles {
    let url = directory.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path),
      let top = (try? PlistXMLReader.parse(data))?.value.dictionary,
      top["rules"]?.integer == rules, top["schema"]?.integer == SchemaMigration.current,
      let files = top["files"]?.dictionary
    else { return CheckedFiles() }
    var checked = CheckedFiles()
    for (key, value) in files {
      guard let id = UUID.parsing(key), let text = value.string else { continue }
      let parts = text.split(separator: ":")
      guard parts.count == 2, let size = Int(parts[0]), let hash = UInt64(parts[1], radix: 16)
      else { continue }
      checked.marks[id] = Mark(size: size, hash: hash)
    }
    return checked
  }

  /// Never an error: without it the next `check` decodes every file again.
  func write(in directory: URL) {
    var files: PlistDictionary = [:]
    for (id, mark) in marks {
      files[id.text] = .string("\(mark.size):" + String(mark.hash, radix: 16))
    }
    let data = PlistXMLWriter.data(
      .dictionary([
        "rules": .integer(Self.rules), "schema": .integer(SchemaMigration.current),
        "files": .dictionary(files),
      ]))
    let url = directory.appendingPathComponent(Self.path)
    try? AtomicFile.write(data, to: url, durable: false)
  }
}
