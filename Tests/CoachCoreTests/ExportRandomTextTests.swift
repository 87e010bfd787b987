import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

/// Every text field filled with seeded random text (Markdown and HTML markers, line breaks,
/// control characters, right-to-left marks, combining marks, emoji, CJK): the minutes keep
/// their structure for a real CommonMark/GFM parser, and the calendar stays readable for
/// Python's icalendar. Short by default; VLGCOACH_LONG=1 runs many more seeds.
@Suite("Exports under random text")
struct ExportRandomTextTests {
  static let pieces = [
    "|", "\\", "*", "_", "`", "~", "#", "<", ">", "&", "[", "]", "(", ")", "!", "-", "+", "=",
    "\n", "\r\n", "\r", "\t", " ", "  ", "1.", "<script>", "</td>", "&amp;", "---", "```",
    "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{200B}", "\u{200F}", "\u{202E}",
    "e\u{301}", "👩🏽‍🏫", "🇧🇪", "東京", "한국어", "Zoë", "Élise", "ﬁ", "\u{FFFD}", "a", "b", "Z", "9",
    ";", ",", ":", "\"", "'", "BEGIN:VEVENT", "END:VCALENDAR",
  ]

  /// Never only white space or control characters: a text that cleans to nothing leaves
  /// its section out of the minutes, which is a different document, not a broken one.
  static func randomText(_ random: inout SeededRandom) -> String {
    let count = Int.random(in: 1...24, using: &random)
    let body = (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    return Bool.random(using: &random) ? "x" + body : body + "x"
  }

  static var seeds: [UInt64] { Array(1...UInt64(FuzzLength.rounds(short: 12, long: 400))) }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func theMinutesKeepTheirStructure() throws {
    let structure = ExportMinutesStructureTests()
    for seed in Self.seeds {
      var random = SeededRandom(seed: seed)
      let text = Self.randomText(&random)
      print("minutes, seed \(seed): \(text.debugDescription)")
      try structure.hostileTextNeverChangesTheStructure(text)
    }
  }

  @Test(.enabled(if: PythonICalendar.shouldRun, PythonICalendar.skipReason))
  func theCalendarStaysReadable() throws {
    for seed in Self.seeds.prefix(FuzzLength.rounds(short: 6, long: 100)) {
      var random = SeededRandom(seed: seed)
      let text = Self.randomText(&random)
      let community = try ExportFixture.community(.en) { _ in text }
      let calendar = MeetingCalendar.render(
        community, language: .en, now: Fixture.now,
        timeZone: TimeZone(identifier: "Europe/Brussels") ?? .current)
      let events = try PythonICalendar.events(calendar)
      #expect(events.count == 3, "seed \(seed): \(text.debugDescription)")
      #expect(events.first?.start.local == "2026-10-06T14:00:00", "seed \(seed)")
      // Folded at 75 octets, never inside a character.
      for line in calendar.components(separatedBy: "\r\n") {
        #expect(line.utf8.count <= 75, "seed \(seed): \(line)")
      }
    }
  }
}
