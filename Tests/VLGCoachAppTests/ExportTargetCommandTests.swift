import Foundation
import Testing

/// `-o` never replaces what is there without being asked: not a file (`--force`), not a
/// fifo or a device (written through), and `-` is stdout.
@Suite("vlgcoach export -o: what is there already")
struct ExportTargetCommandTests {
  static let minutes = ["export", "minutes", "--community", "VLG", "--meeting", "1"]

  func fixture() throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10"])
    return fixture
  }

  func mode(_ path: String) throws -> Int? {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
      .intValue
  }

  @Test func aDashIsStandardOutput() throws {
    let fixture = try fixture()
    let folder = try TemporaryFolder()
    let expected = try fixture.succeed(Self.minutes).stdout
    let result = try fixture.run(Self.minutes + ["-o", "-"], directory: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func anExistingFileNeedsForceAndKeepsItsMode() throws {
    let fixture = try fixture()
    let file = fixture.folder.url.appendingPathComponent("verslag.md")
    try Data("mine\n".utf8).write(to: file)
    #expect(chmod(file.path, 0o640) == 0)

    let refused = try fixture.run(Self.minutes + ["-o", file.path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "vlgcoach: \(file.path) exists already; nothing was written. Add --force to replace it.\n"
    )
    #expect(refused.stdout.isEmpty)
    let dutch = try fixture.run(Self.minutes + ["-o", file.path, "--lang", "nl"])
    #expect(
      dutch.stderr
        == "vlgcoach: \(file.path) bestaat al; er is niets geschreven. Vervang het met --force.\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")

    let forced = try fixture.run(Self.minutes + ["-o", file.path, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# VLG Handel Kempen"))
    #expect(try mode(file.path) == 0o640)
  }

  @Test func aNewFileIsPrivate() throws {
    let fixture = try fixture()
    let file = fixture.folder.url.appendingPathComponent("nieuw.md")
    try fixture.succeed(Self.minutes + ["-o", file.path])
    #expect(try mode(file.path) == 0o600)
  }

  @Test func aFifoIsWrittenThroughNotReplaced() throws {
    let fixture = try fixture()
    let fifo = fixture.folder.url.appendingPathComponent("pijp")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    // A reader first, so that the command's open does not wait for one.
    let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let result = try fixture.run(Self.minutes + ["-o", fifo.path])
    #expect(result.status == 0, "\(result.stderr)")
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = read(reader, &buffer, buffer.count)
    #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).hasPrefix("# VLG"))
    var info = stat()
    #expect(lstat(fifo.path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO, "the fifo was replaced")
  }

  /// A device node of our own (root only), the same device as /dev/null: a test must never
  /// risk the machine's /dev/null.
  @Test(.enabled(if: geteuid() == 0))
  func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
    let fixture = try fixture()
    let device = fixture.folder.url.appendingPathComponent("null")
    #expect(mknod(device.path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
    let result = try fixture.run(Self.minutes + ["-o", device.path])
    #expect(result.status == 0, "\(result.stderr)")
    var info = stat()
    #expect(lstat(device.path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFCHR, "the device was replaced")
  }

  @Test func anOpenDescriptorNamedAsAFileIsWrittenTo() throws {
    let fixture = try fixture()
    let expected = try fixture.succeed(Self.minutes).stdout
    let result = try fixture.run(Self.minutes + ["-o", "/dev/fd/1"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == expected)
  }

  @Test func aVeryLongNameGivesAValidFileName() throws {
    let fixture = try CommunityFixture()
    let name = String(repeating: "Geschiedenis ", count: 250)
    try fixture.succeed(["community", "add", name])
    try fixture.succeed(["meeting", "add", "--community", "Geschiedenis", "--date", "2024-01-10"])
    let folder = try TemporaryFolder()
    for export in [
      ["export", "minutes", "--community", "Geschiedenis", "--meeting", "1"],
      ["export", "calendar", "--community", "Geschiedenis"],
    ] {
      let result = try fixture.run(export + ["-o", folder.path])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.count == 2)
    for written in names { #expect(written.utf8.count <= 255, "\(written)") }
    #expect(names.contains { $0.hasSuffix("-2024-01-10-meeting-1.md") }, "\(names)")
    #expect(names.contains { $0.hasPrefix("geschiedenis-") && $0.hasSuffix(".ics") }, "\(names)")
  }
}
