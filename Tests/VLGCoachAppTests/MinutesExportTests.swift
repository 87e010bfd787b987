import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("Exporting the minutes from the full-screen program")
struct MinutesExportTests {
  static let now = Date(timeIntervalSince1970: 1_795_262_400)  // 2026-11-21
  static let today = CalendarDay(now, in: TimeZone(identifier: "UTC") ?? .current)

  /// A real store holding the demo's commerce community, and the runner on it.
  func setUp(_ folder: TemporaryFolder, language: Language = .nl) throws -> (
    EffectRunner, Community, Meeting
  ) {
    let store = try PropertyListStore(
      directory: folder.url.appendingPathComponent("store"), now: { Self.now })
    let community = try #require(
      DemoData.communities(today: Self.today, now: Self.now).first {
        $0.name == "VLG Handel Kempen"
      })
    try store.save(community)
    let meeting = try #require(community.meeting(number: 2))
    let runner = EffectRunner(store: store, language: language, today: { Self.today })
    return (runner, community, meeting)
  }

  func writtenPath(_ events: [Event]) -> String? {
    if case .exported(let path) = events.first, events.count == 1 { return path }
    return nil
  }

  @Test func withoutAPathTheMinutesGoToTheExportsFolderOfTheStore() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder)
    let events = runner.perform(.exportMinutes(community, meeting: meeting.id, path: nil))
    let path = try #require(writtenPath(events), "\(events)")
    let exports = folder.url.appendingPathComponent("store/exports").standardizedFileURL
    #expect(path == exports.path + "/vlg-handel-kempen-\(meeting.day.iso)-bijeenkomst-2.md")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text
        == MinutesMarkdown.render(community, meeting: meeting.id, language: .nl, today: Self.today))
    #expect(meeting.day.iso == "2026-10-13")
    #expect(text.hasPrefix("# VLG Handel Kempen — bijeenkomst 2, 13 oktober 2026"))
    let folderMode = try FileManager.default.attributesOfItem(atPath: exports.path)[
      .posixPermissions]
    #expect((folderMode as? NSNumber)?.intValue == 0o700)
    let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect((fileMode as? NSNumber)?.intValue == 0o600)
  }

  @Test func theEnglishFileNameSaysMeeting() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder, language: .en)
    let path = try #require(
      writtenPath(runner.perform(.exportMinutes(community, meeting: meeting.id, path: nil))))
    #expect(path.hasSuffix("/vlg-handel-kempen-\(meeting.day.iso)-meeting-2.md"))
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("— meeting 2,"))
  }

  @Test func aTypedFolderGetsTheDefaultFileName() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder)
    let target = folder.url.appendingPathComponent("verslagen")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let path = try #require(
      writtenPath(runner.perform(.exportMinutes(community, meeting: meeting.id, path: target.path)))
    )
    #expect(path == target.path + "/vlg-handel-kempen-\(meeting.day.iso)-bijeenkomst-2.md")
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func aTypedFilePathIsWrittenAsItIs() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder)
    let target = folder.url.appendingPathComponent("verslag oktober.md")
    let path = try #require(
      writtenPath(runner.perform(.exportMinutes(community, meeting: meeting.id, path: target.path)))
    )
    #expect(path == target.path)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Oefenbundel voorzien"))
  }

  @Test func aTildeMeansTheHomeFolder() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder)
    var export = MinutesExport(
      storeDirectory: runner.store.directory, language: .nl, today: Self.today)
    export.home = folder.path
    let event = export.perform(community, meeting: meeting.id, path: "~/verslag.md")
    #expect(event == .exported(path: folder.path + "/verslag.md"))
  }

  @Test func aMissingFolderIsASentence() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder)
    let missing = folder.url.appendingPathComponent("nergens")
    let events = runner.perform(
      .exportMinutes(community, meeting: meeting.id, path: missing.path + "/verslag.md"))
    #expect(events == [.exportFailed(message: "De map \(missing.path) bestaat niet.")])
  }

  @Test func anUnwritablePlaceIsASentenceInTheLanguage() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder, language: .en)
    // Nobody, not even root, can create a file in /proc.
    let events = runner.perform(.exportMinutes(community, meeting: meeting.id, path: "/proc/x.md"))
    guard case .exportFailed(let message) = events.first else {
      Issue.record("expected a failure, got \(events)")
      return
    }
    #expect(message.hasPrefix("Could not write /proc/x.md: "))
    #expect(message.hasSuffix("."))
  }

  @Test func anExistingFileIsReplacedOnlyAfterTheCoachSaysYes() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder, language: .en)
    let target = folder.url.appendingPathComponent("verslag.md")
    try Data("mine\n".utf8).write(to: target)
    #expect(chmod(target.path, 0o640) == 0)
    let asked = runner.perform(.exportMinutes(community, meeting: meeting.id, path: target.path))
    let retry = Effect.exportMinutes(
      community, meeting: meeting.id, path: target.path, replacing: target.path)
    #expect(asked == [.exportWouldReplace(path: target.path, retry: retry)])
    #expect(try String(contentsOf: target, encoding: .utf8) == "mine\n")

    #expect(writtenPath(runner.perform(retry)) == target.path)
    #expect(try String(contentsOf: target, encoding: .utf8).contains("Oefenbundel voorzien"))
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o640)
  }

  @Test func exportingTwiceIntoTheExportsFolderAsksTheSecondTime() throws {
    let folder = try TemporaryFolder()
    let (runner, community, _) = try setUp(folder)
    let first = runner.perform(.exportCalendar(community, path: nil))
    let path = try #require(writtenPath(first))
    let second = runner.perform(.exportCalendar(community, path: nil))
    #expect(
      second == [
        .exportWouldReplace(
          path: path, retry: .exportCalendar(community, path: nil, replacing: path))
      ])
  }

  @Test func theStandardStreamsAreTheScreensInTheProgram() throws {
    let folder = try TemporaryFolder()
    let (runner, community, meeting) = try setUp(folder, language: .en)
    for typed in ["-", "/dev/stdout"] {
      let events = runner.perform(.exportMinutes(community, meeting: meeting.id, path: typed))
      #expect(
        events == [
          .exportFailed(
            message:
              "The program cannot write to \(typed): the screen uses it. Type a file or a folder."
          )
        ])
    }
  }

  @Test func aLongNameIsCutOnACharacterBoundaryKeepingItsTail() {
    let stem = String(repeating: "é", count: 300)
    let name = ExportFileName.fitting(stem, tail: "-2026-10-13-meeting-2.md")
    #expect(name.utf8.count <= 255)
    #expect(name.utf8.count >= 254)
    #expect(name.hasSuffix("é-2026-10-13-meeting-2.md"))
    #expect(ExportFileName.fitting("kort", tail: ".ics") == "kort.ics")
  }

  @Test func slugsAreASCII() {
    #expect(ExportFileName.slug("VLG Handel Kempen") == "vlg-handel-kempen")
    #expect(ExportFileName.slug("  Zoë's  wiskunde / 3de graad ") == "zoe-s-wiskunde-3de-graad")
    #expect(ExportFileName.slug("山田") == "vlg")
  }
}
