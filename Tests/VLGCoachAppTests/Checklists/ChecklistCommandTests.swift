import CoachCore
import Foundation
import Testing

/// `vlgcoach checklist list|results` and `export checklist` on a store whose teachers
/// answered the meeting evaluation twice (with names) and the conditions once (anonymous).
@Suite("The checklist commands")
struct ChecklistCommandTests {
  static let text = "Meer tijd voor de casus"

  static func seeded() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let store = try PropertyListStore(directory: folder.url)
    let first = try #require(CalendarDay(iso: "2026-02-10"))
    let second = try #require(CalendarDay(iso: "2026-03-10"))
    let loose = try #require(CalendarDay(iso: "2026-03-12"))
    var handel = Community(
      name: "VLG Handel Kempen", subject: "Handel", since: first,
      members: ["Zoë Dëmeester", "Jan de Vries", "Els Peeters"].map { Member(name: $0) },
      created: Date())
    handel.meetings = [
      Meeting(day: first, phase: .discussAndDevelop),
      Meeting(day: second, phase: .discussAndDevelop),
    ]
    let (zoe, jan, els) = (handel.members[0].id, handel.members[1].id, handel.members[2].id)
    let evaluation = ChecklistTemplate.meetingEvaluation
    let now = Date()
    for (meeting, answers) in [
      (
        handel.meetings[0],
        [(zoe, 4, true, Self.text), (jan, 2, false, "")]
      ),
      (handel.meetings[1], [(zoe, 5, true, ""), (jan, 4, true, ""), (els, 3, true, "")]),
    ] {
      for (member, learned, next, better) in answers {
        var given: [String: ChecklistAnswer] = [
          "learned": .scale(learned), "next-step": next ? .yes : .no,
        ]
        if !better.isEmpty { given["better"] = .text(better) }
        try handel.submitChecklist(
          evaluation, meetingID: meeting.id, day: meeting.day, anonymous: false,
          memberID: member, answers: given, at: now)
      }
    }
    try handel.submitChecklist(
      .conditions, meetingID: nil, day: loose, anonymous: true, memberID: els,
      answers: ["time-freed": .yes, "safe": .scale(4)], at: now)
    try store.save(handel)
    return folder
  }

  static func run(_ folder: TemporaryFolder, _ arguments: [String]) throws -> CommandResult {
    try CommandRunner.run(arguments + ["--store", folder.path, "--lang", "en"])
  }

  @Test func theListNamesEveryChecklistAndWithACommunityItsRounds() throws {
    let folder = try Self.seeded()
    let bare = try Self.run(folder, ["checklist", "list"])
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(
      bare.stdout.hasPrefix("meeting-evaluation · Meeting evaluation · version 1 · 5 questions\n"))
    let list = try Self.run(folder, ["checklist", "list", "--community", "kempen"])
    #expect(
      list.stdout.contains(
        """
        meeting-evaluation · Meeting evaluation · version 1 · 5 questions
          2026-02-10 · meeting 1 · 2 answers · with names
          2026-03-10 · meeting 2 · 3 answers · with names
        conditions · Conditions for our community · version 1 · 7 questions
          2026-03-12 · 1 answer · anonymous
        self-assessment · Self-assessment: my own learning · version 1 · 5 questions
          not answered yet
        """), "\(list.stdout)")
  }

  @Test func theResultsShowBarsMeansTextsWhoIsMissingAndTheTrend() throws {
    let folder = try Self.seeded()
    let result = try Self.run(folder, ["checklist", "results", "--community", "kempen"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("Meeting evaluation · 2026-02-10 · meeting 1 · 2 answers\n"))
    #expect(
      out.contains(
        """
          I learned something I can use in class.
            1  0
            2  1 ████████████████████
            3  0
            4  1 ████████████████████
            5  0
            mean 3.0 (2 answers)
        """), "\(out)")
    #expect(out.contains("    yes  1 ████████████████████\n    no   1 ████████████████████\n"))
    #expect(out.contains("    - \(Self.text)\n"))
    #expect(out.contains("  Not answered yet: Els Peeters\n"))
    #expect(out.contains("  Everyone has answered.\n"))
    #expect(out.contains("  Anonymous: who has (not) answered is not known.\n"))
    #expect(out.contains("Trend of “Meeting evaluation” (mean per round, oldest first)\n"))
    #expect(out.contains("  ▅▆  3.0 → 4.0  I learned something I can use in class.\n"), "\(out)")
    // The conditions were answered once: no trend.
    #expect(!out.contains("Trend of “Conditions"))
  }

  @Test func aChecklistAndAMeetingNarrowTheResults() throws {
    let folder = try Self.seeded()
    let result = try Self.run(
      folder,
      [
        "checklist", "results", "--community", "kempen", "--checklist", "evaluatie", "--meeting",
        "2",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Meeting evaluation · 2026-03-10 · meeting 2 · 3 answers\n"))
    #expect(!result.stdout.contains("2026-02-10 · meeting 1"))
    #expect(!result.stdout.contains("Conditions"))
    let unknown = try Self.run(
      folder, ["checklist", "results", "--community", "kempen", "--checklist", "weather"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("There is no checklist “weather”"))
    let noMeeting = try Self.run(
      folder, ["checklist", "results", "--community", "kempen", "--meeting", "7"])
    #expect(noMeeting.status == 1)
  }

  @Test func inDutchAndWithoutAnswersItSaysSo() throws {
    let folder = try Self.seeded()
    let dutch = try CommandRunner.run(
      [
        "checklist", "results", "--community", "kempen", "--meeting", "1", "--store", folder.path,
        "--lang", "nl",
      ])
    #expect(
      dutch.stdout.hasPrefix(
        "Evaluatie van de bijeenkomst · 2026-02-10 · bijeenkomst 1 · 2 antwoorden\n"))
    #expect(dutch.stdout.contains("    gemiddelde 3,0 (2 antwoorden)\n"))
    #expect(dutch.stdout.contains("    50 % ja (2 antwoorden)\n"))
    #expect(dutch.stdout.contains("  Nog niet geantwoord: Els Peeters\n"))
    _ = try Self.run(folder, ["community", "add", "VLG Wiskunde"])
    let none = try Self.run(folder, ["checklist", "results", "--community", "wiskunde"])
    #expect(none.status == 0)
    #expect(none.stdout == "VLG Wiskunde has no checklist answers yet.\n")
  }

  @Test func theJSONCarriesEveryKeyAndNoNamesNextToAnswers() throws {
    let folder = try Self.seeded()
    let result = try Self.run(folder, ["checklist", "results", "--community", "kempen", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let rounds = try #require(object["rounds"] as? [[String: Any]])
    #expect(rounds.count == 3)
    #expect(rounds[0]["meeting"] as? Int == 1)
    #expect(rounds[0]["notAnswered"] as? [String] == ["Els Peeters"])
    #expect(rounds[2]["anonymous"] as? Bool == true)
    #expect(rounds[2]["notAnswered"] is NSNull)
    #expect(rounds[2]["meeting"] is NSNull)
    let questions = try #require(rounds[0]["questions"] as? [[String: Any]])
    #expect(questions[0]["counts"] as? [Int] == [0, 1, 0, 1, 0])
    #expect(questions[0]["mean"] as? Double == 3)
    #expect(questions[1]["mean"] is NSNull)
    #expect(questions[4]["texts"] as? [String] == [Self.text])
    let trends = try #require(object["trends"] as? [[String: Any]])
    #expect(trends.map { $0["checklist"] as? String } == ["meeting-evaluation"])
  }

  @Test func theExportHoldsTheResultsAndNoName() throws {
    let folder = try Self.seeded()
    let result = try Self.run(folder, ["export", "checklist", "--community", "kempen"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("# VLG Handel Kempen — checklist results\n"))
    #expect(result.stdout.contains("- \(Self.text)"))
    for name in ["Zoë", "Jan de Vries", "Els Peeters"] {
      #expect(!result.stdout.contains(name), "\(name) in the export")
    }
    let written = try Self.run(
      folder, ["export", "checklist", "--community", "kempen", "--meeting", "1", "-o", folder.path])
    #expect(written.status == 0, "\(written.stderr)")
    let file = folder.url.appendingPathComponent("vlg-handel-kempen-checklists.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("## Meeting evaluation — 10 February 2026"))
    #expect(!text.contains("10 March 2026\n"))
  }
}
