import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

/// The export menu's documents written by the runtime: into the store's exports folder in
/// the UI language, the same question before replacing a file, and the coach's notes read
/// from the store only for the hand-over or dossier with private notes.
@Suite("Exporting the report, dossier and hand-over from the program")
struct DocumentExportTests {
  static let now = Date(timeIntervalSince1970: 1_795_262_400)  // 2026-11-21
  static let today = CalendarDay(now, in: TimeZone(identifier: "UTC") ?? .current)
  static let marker = "PRIVAAT-MARKER-RT7"

  /// A store with the demo's commerce community and a private note carrying `marker`.
  func setUp(_ folder: TemporaryFolder, language: Language = .nl) throws -> (
    EffectRunner, Community
  ) {
    let store = try PropertyListStore(
      directory: folder.url.appendingPathComponent("store"), now: { Self.now })
    let community = try #require(
      DemoData.communities(today: Self.today, now: Self.now).first {
        $0.name == "VLG Handel Kempen"
      })
    try store.save(community)
    var notebook = try store.notebook(community.id)
    try notebook.add("Spanning \(Self.marker)", day: Self.today, in: community)
    try store.saveNotebook(notebook)
    let runner = EffectRunner(store: store, language: language, today: { Self.today })
    return (runner, community)
  }

  func written(_ events: [Event]) throws -> String {
    guard case .exported(let path) = events.first, events.count == 1 else {
      Issue.record("expected one export, got \(events)")
      throw CancellationError()
    }
    return path
  }

  @Test func eachDocumentGoesIntoTheExportsFolderInTheLanguage() throws {
    let folder = try TemporaryFolder()
    let (runner, community) = try setUp(folder)
    let exports = folder.url.appendingPathComponent("store/exports").standardizedFileURL.path
    let school = try #require(community.allSchools.first)
    let cases: [(ExportDocument, String, String)] = [
      (
        .schoolLeaderReport(school: nil), "vlg-handel-kempen-rapport-schoolleiders.md",
        "rapport voor schoolleiders"
      ),
      (
        .schoolLeaderReport(school: school),
        "vlg-handel-kempen-rapport-\(ExportFileName.slug(school)).md", "rapport voor schoolleiders"
      ),
      (.dossier(includePrivate: false), "vlg-handel-kempen-dossier.md", "dossier"),
      (
        .handover(includePrivate: false), "vlg-handel-kempen-overdracht.md",
        "overdracht aan de interne coach"
      ),
    ]
    for (document, name, title) in cases {
      let path = try written(runner.perform(.exportDocument(community, document, path: nil)))
      #expect(path == exports + "/" + name)
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.hasPrefix("# VLG Handel Kempen — \(title)\n"))
      #expect(!text.contains(Self.marker), "\(document)")
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
      #expect((mode as? NSNumber)?.intValue == 0o600)
    }
  }

  @Test func theHandoverWithPrivateNotesReadsThemFromTheStoreAndSaysSo() throws {
    let folder = try TemporaryFolder()
    let (runner, community) = try setUp(folder, language: .en)
    let path = try written(
      runner.perform(.exportDocument(community, .handover(includePrivate: true), path: nil)))
    #expect(path.hasSuffix("/vlg-handel-kempen-handover-private.md"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(Self.marker))
    #expect(
      text.components(separatedBy: "\n\n")[1]
        == "**Contains the coach's private notes — do not pass on.**")
  }

  @Test func exportingTwiceAsksBeforeReplacing() throws {
    let folder = try TemporaryFolder()
    let (runner, community) = try setUp(folder)
    let effect = Effect.exportDocument(community, .dossier(includePrivate: false), path: nil)
    let path = try written(runner.perform(effect))
    let retry = Effect.exportDocument(
      community, .dossier(includePrivate: false), path: nil, replacing: path)
    #expect(runner.perform(effect) == [.exportWouldReplace(path: path, retry: retry)])
    #expect(try written(runner.perform(retry)) == path)
  }

  struct Unreadable: Error {}

  @Test func theNotebookIsReadOnlyForADocumentWithPrivateNotes() throws {
    let folder = try TemporaryFolder()
    let (runner, community) = try setUp(folder)
    let export = MinutesExport(
      storeDirectory: runner.store.directory, language: .nl, today: Self.today)
    var reads = 0
    for (index, document) in [
      ExportDocument.schoolLeaderReport(school: nil), .dossier(includePrivate: false),
      .handover(includePrivate: false),
    ].enumerated() {
      let event = export.performDocument(
        community, document, path: folder.path + "/\(index).md",
        notebook: {
          reads += 1
          throw Unreadable()
        })
      #expect(event == .exported(path: folder.path + "/\(index).md"))
    }
    #expect(reads == 0)
    // A notebook that cannot be read fails the export: it never goes out without the notes
    // it was asked to hold, and nothing is written.
    let event = export.performDocument(
      community, .handover(includePrivate: true), path: folder.path + "/private.md",
      notebook: {
        reads += 1
        throw Unreadable()
      })
    #expect(reads == 1)
    guard case .exportFailed = event else {
      Issue.record("expected a failure, got \(event)")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/private.md"))
  }
}
