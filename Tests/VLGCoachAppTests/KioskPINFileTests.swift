import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The kiosk PIN file")
struct KioskPINFileTests {
  let iterations = KioskPIN.iterationRange.lowerBound

  func file(in folder: TemporaryFolder) -> URL { KioskPIN.fileURL(in: folder.url) }

  /// A valid file's keys, for a test to spoil one of them.
  func validKeys() -> [String: Any] {
    [
      "schemaVersion": 1, "algorithm": "pbkdf2-sha256", "iterations": 1_000,
      "salt": Data(repeating: 7, count: 16), "hash": Data(repeating: 9, count: 32),
    ]
  }

  func write(_ keys: Any, in folder: TemporaryFolder) throws {
    let data = try PropertyListSerialization.data(fromPropertyList: keys, format: .xml, options: 0)
    try data.write(to: file(in: folder))
  }

  @Test func noFileMeansNoPIN() throws {
    let folder = try TemporaryFolder()
    #expect(try KioskPIN.read(from: folder.url) == nil)
  }

  @Test func aWrittenPINReadsBackAndStillMatches() throws {
    let folder = try TemporaryFolder()
    let pin = try KioskPIN.make(pin: "2468", iterations: iterations)
    try pin.write(to: folder.url)
    let read = try #require(try KioskPIN.read(from: folder.url))
    #expect(read == pin)
    #expect(read.matches("2468"))
    #expect(!read.matches("2469"))
  }

  @Test func theFileIsAnXMLPropertyListForTheOwnerAlone() throws {
    let folder = try TemporaryFolder()
    try KioskPIN.make(pin: "2468", iterations: iterations).write(to: folder.url)
    let path = file(in: folder).path
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("<?xml"))
    for key in ["schemaVersion", "algorithm", "iterations", "salt", "hash"] {
      #expect(text.contains("<key>\(key)</key>"))
    }
    #expect(text.contains("<string>pbkdf2-sha256</string>"))
    #expect(!text.contains("2468"))
  }

  /// Each spoils one thing of a valid file.
  static let spoilers: [(String, @Sendable (inout [String: Any]) -> Void)] = [
    ("no schemaVersion", { $0["schemaVersion"] = nil }),
    ("schemaVersion 2", { $0["schemaVersion"] = 2 }),
    ("schemaVersion a string", { $0["schemaVersion"] = "1" }),
    ("another algorithm", { $0["algorithm"] = "md5" }),
    ("algorithm a number", { $0["algorithm"] = 5 }),
    ("no iterations", { $0["iterations"] = nil }),
    ("iterations too few", { $0["iterations"] = 999 }),
    ("iterations zero", { $0["iterations"] = 0 }),
    ("iterations negative", { $0["iterations"] = -600_000 }),
    ("iterations absurd", { $0["iterations"] = 10_000_001 }),
    ("iterations a string", { $0["iterations"] = "600000" }),
    ("iterations a fraction", { $0["iterations"] = 1_000.5 }),
    ("salt missing", { $0["salt"] = nil }),
    ("salt short", { $0["salt"] = Data(repeating: 1, count: 15) }),
    ("salt a string", { $0["salt"] = "salt" }),
    ("hash missing", { $0["hash"] = nil }),
    ("hash long", { $0["hash"] = Data(repeating: 1, count: 64) }),
    ("hash empty", { $0["hash"] = Data() }),
    ("hash an array", { $0["hash"] = [1, 2, 3] }),
  ]

  @Test(arguments: 0..<spoilers.count)
  func aFileWithAWrongValueIsDamaged(_ index: Int) throws {
    let folder = try TemporaryFolder()
    var keys = validKeys()
    Self.spoilers[index].1(&keys)
    try write(keys, in: folder)
    #expect(throws: KioskPINError.damaged(file(in: folder).path), "\(Self.spoilers[index].0)") {
      try KioskPIN.read(from: folder.url)
    }
  }

  @Test func theValidKeysThemselvesRead() throws {
    let folder = try TemporaryFolder()
    try write(validKeys(), in: folder)
    #expect(try KioskPIN.read(from: folder.url)?.iterations == 1_000)
  }

  @Test(arguments: [
    Data(), Data("not a plist".utf8), Data([0xFF, 0xFE, 0x00, 0x01]),
    Data("<?xml version=\"1.0\"?><plist><dict><key>salt".utf8),
    Data("<?xml version=\"1.0\"?><plist version=\"1.0\"><array/></plist>".utf8),
    Data("<?xml version=\"1.0\"?><plist version=\"1.0\"><string>x</string></plist>".utf8),
    Data(repeating: 0x41, count: 200_000),
  ])
  func aFileThatIsNoPINFileIsDamaged(_ data: Data) throws {
    let folder = try TemporaryFolder()
    try data.write(to: file(in: folder))
    #expect(throws: KioskPINError.damaged(file(in: folder).path)) {
      try KioskPIN.read(from: folder.url)
    }
  }

  @Test func aFolderInThePlaceOfTheFileIsDamaged() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      at: file(in: folder), withIntermediateDirectories: false)
    #expect(throws: KioskPINError.damaged(file(in: folder).path)) {
      try KioskPIN.read(from: folder.url)
    }
  }

  @Test func aFifoInThePlaceOfTheFileIsDamagedAndDoesNotBlock() throws {
    let folder = try TemporaryFolder()
    #expect(mkfifo(file(in: folder).path, 0o600) == 0)
    #expect(throws: KioskPINError.damaged(file(in: folder).path)) {
      try KioskPIN.read(from: folder.url)
    }
  }

  @Test func aSymbolicLinkIsNotFollowed() throws {
    let folder = try TemporaryFolder()
    let elsewhere = folder.url.appendingPathComponent("elsewhere.plist")
    try KioskPIN.make(pin: "2468", iterations: iterations).write(to: folder.url)
    try FileManager.default.moveItem(at: file(in: folder), to: elsewhere)
    try FileManager.default.createSymbolicLink(at: file(in: folder), withDestinationURL: elsewhere)
    #expect(throws: KioskPINError.damaged(file(in: folder).path)) {
      try KioskPIN.read(from: folder.url)
    }
  }

  @Test(.enabled(if: geteuid() != 0, "root reads any file"))
  func anUnreadableFileIsSaidSo() throws {
    let folder = try TemporaryFolder()
    try KioskPIN.make(pin: "2468", iterations: iterations).write(to: folder.url)
    #expect(chmod(file(in: folder).path, 0o000) == 0)
    #expect(throws: CLIError.self) { try KioskPIN.read(from: folder.url) }
  }

  @Test func theDamageIsASentenceThatSaysWhatToDo() {
    let error = KioskPINError.damaged("/s/kiosk-pin.plist")
    #expect(
      error.sentence(.en)
        == "The PIN file /s/kiosk-pin.plist is damaged; set a new PIN with `vlgcoach pin set`.")
    #expect(
      error.sentence(.nl)
        == "Het PIN-bestand /s/kiosk-pin.plist is beschadigd; stel een nieuwe PIN in met `vlgcoach pin set`."
    )
  }
}
