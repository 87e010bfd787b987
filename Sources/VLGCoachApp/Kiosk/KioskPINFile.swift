import CoachCore
import Foundation
import Glibc

/// The PIN on disk: `kiosk-pin.plist` in the store folder, an XML property list, mode 600.
/// Everything read is checked; a file that fails any check is "damaged", never trusted.
extension KioskPIN {
  static let fileName = "kiosk-pin.plist"
  static let schemaVersion = 1
  /// The file holds some 300 bytes; a much larger one is not ours and is not read whole.
  static let largestFile = 64 * 1024

  static func fileURL(in directory: URL) -> URL {
    directory.appendingPathComponent(fileName)
  }

  /// The PIN set for the store in `directory`; nil when none is set.
  static func read(from directory: URL) throws -> KioskPIN? {
    let url = fileURL(in: directory)
    // No symbolic link is followed and nothing but a plain file is read: a fifo put in its
    // place would block, a link could point anywhere.
    let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    if fd < 0 && errno == ENOENT { return nil }
    if fd < 0 && errno == ELOOP { throw KioskPINError.damaged(url.path) }
    guard fd >= 0 else {
      throw CLIError.cannotRead(url.path, reason: String(cString: strerror(errno)))
    }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw KioskPINError.damaged(url.path)
    }
    let data: Data
    do {
      data = try handle.read(upToCount: largestFile + 1) ?? Data()
    } catch {
      throw CLIError.cannotRead(url.path, reason: error.localizedDescription)
    }
    guard data.count <= largestFile else { throw KioskPINError.damaged(url.path) }
    return try decode(data, path: url.path)
  }

  static func decode(_ data: Data, path: String) throws -> KioskPIN {
    guard let file = try? PropertyListDecoder().decode(KioskPINFile.self, from: data),
      file.schemaVersion == schemaVersion, file.algorithm == algorithm,
      iterationRange.contains(file.iterations), file.salt.count == saltLength,
      file.hash.count == hashLength
    else { throw KioskPINError.damaged(path) }
    return KioskPIN(iterations: file.iterations, salt: file.salt, hash: file.hash)
  }

  /// Replaces the file at once (temp file, fsync, rename), readable by the owner alone.
  func write(to directory: URL) throws {
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    let file = KioskPINFile(
      schemaVersion: Self.schemaVersion, algorithm: Self.algorithm, iterations: iterations,
      salt: salt, hash: hash)
    try AtomicFile.write(
      try encoder.encode(file), to: Self.fileURL(in: directory), permissions: 0o600)
  }
}

/// The keys of the file, as the decoder checks their types.
struct KioskPINFile: Codable {
  let schemaVersion: Int
  let algorithm: String
  let iterations: Int
  let salt: Data
  let hash: Data
}
