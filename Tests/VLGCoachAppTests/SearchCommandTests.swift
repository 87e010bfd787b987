import CoachCore
import Foundation
import Testing

/// `vlgcoach search`: every community, grouped by community and kind, the coach's notes
/// marked private.
@Suite("The search command")
struct SearchCommandTests {
  /// Two communities in a store, one with a meeting, an agreement, a theme and a private note
  /// that all hold “rubric”.
  static func seeded() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let day = try #require(CalendarDay(iso: "2026-02-10"))
    var wiskunde = Community(
      name: "VLG Wiskunde Gent", subject: "Wiskunde", since: day,
      members: [Member(name: "Zoë Dëmeester", school: "Sint-Barbara")], created: Date())
    let item = AgendaItem(
      title: "Rubric voor het mondeling", plannedMinutes: 30, notes: "De rubric werkt.",
      decisions: ["Rubric delen"])
    let meeting = Meeting(day: day, phase: .chooseThemes, agenda: [item])
    wiskunde.meetings = [meeting]
    wiskunde.agreements = [
      Agreement(
        number: 1, kind: .provide, text: "Rubric mailen", owners: [wiskunde.members[0].id],
        madeIn: meeting.id)
    ]
    try wiskunde.addTheme(title: "Rubrics", description: "Formatief evalueren")
    wiskunde.themes[0].outputs = [ThemeOutput(title: "Rubric-bank", madeOn: day)]
    let handel = Community(
      name: "VLG Handel", since: day, members: [Member(name: "Rubric Vermeulen")], created: Date())
    try store.save(wiskunde)
    try store.save(handel)
    var notebook = CoachNotebook(communityID: wiskunde.id)
    try notebook.add("Zoë twijfelt aan de rubric", day: day, in: wiskunde)
    try store.saveNotebook(notebook)
    return folder
  }

  @Test func theHitsAreGroupedByCommunityAndKindAndTheNotesMarkedPrivate() throws {
    let folder = try Self.seeded()
    let result = try CommandRunner.run(["search", "RUBRIC", "--store", folder.path, "--lang", "nl"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        VLG Handel
          Leden
            Rubric Vermeulen

        VLG Wiskunde Gent
          Agendapunten
            bijeenkomst 1, 2026-02-10 · Rubric voor het mondeling
          Notities in de notulen
            bijeenkomst 1, 2026-02-10 · De rubric werkt.
          Beslissingen
            bijeenkomst 1, 2026-02-10 · Rubric delen
          Afspraken
            A1 · Rubric mailen
          Thema's
            Rubrics · Formatief evalueren
          Output van thema's
            2026-02-10 · Rubric-bank
          Groepsdynamiek (privé)
            2026-02-10 · Zoë twijfelt aan de rubric

        """)
    let english = try CommandRunner.run(
      ["search", "twijfelt", "zoe", "--store", folder.path, "--lang", "en"])
    #expect(
      english.stdout == """
        VLG Wiskunde Gent
          Group dynamics (private)
            2026-02-10 · Zoë twijfelt aan de rubric

        """)
  }

  @Test func jsonCarriesTheKindAndEveryKeyAlways() throws {
    let folder = try Self.seeded()
    let result = try CommandRunner.run(["search", "rubric", "--json", "--store", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    let hits = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(
      hits.map { $0["kind"] as? String } == [
        "member", "agenda-item", "minutes-note", "decision", "agreement", "theme",
        "theme-output", "dynamics-note",
      ])
    #expect(
      hits.map { $0["private"] as? Bool } == [
        false, false, false, false, false, false, false, true,
      ])
    let keys: Set<String> = [
      "community", "communityID", "kind", "private", "excerpt", "day", "meeting", "memberID",
      "meetingID", "agendaItemID", "agreementID", "themeID", "noteID",
    ]
    #expect(hits.allSatisfy { Set($0.keys) == keys })
    #expect(hits[0]["memberID"] is String && hits[0]["meetingID"] is NSNull)
    #expect(hits[1]["meeting"] as? Int == 1 && hits[1]["agendaItemID"] is String)
    #expect(hits[4]["agreementID"] is String && hits[4]["meetingID"] is String)
    #expect(hits[6]["themeID"] is String && hits[6]["day"] as? String == "2026-02-10")
    #expect(hits[7]["noteID"] is String && hits[7]["day"] as? String == "2026-02-10")
  }

  @Test func nothingFoundAnEmptyQueryAndNoStore() throws {
    let folder = try Self.seeded()
    let none = try CommandRunner.run(["search", "procent", "--store", folder.path, "--lang", "en"])
    #expect(none.status == 0)
    #expect(none.stdout == "Nothing found for “procent”.\n")
    let empty = try CommandRunner.run(["search", " ", "--store", folder.path, "--lang", "nl"])
    #expect(empty.status == 1)
    #expect(empty.stderr == "vlgcoach: Geef een woord om te zoeken.\n")
    let missing = folder.url.appendingPathComponent("nowhere")
    let nowhere = try CommandRunner.run([
      "search", "rubric", "--store", missing.path, "--lang", "en",
    ])
    #expect(nowhere.status == 0, "\(nowhere.stderr)")
    #expect(nowhere.stdout == "Nothing found for “rubric”.\n")
    #expect(!FileManager.default.fileExists(atPath: missing.path))
  }
}
