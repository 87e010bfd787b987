import CoachCore
import Foundation

/// Budget 6: the exports of the largest community, from the community in memory to the
/// Markdown or iCalendar text.
enum ExportBenchmark {
  static let limit = 50.0

  static func run(_ archives: Archives, runs: Int) throws -> [BudgetRow] {
    try archives.archives.flatMap { archive -> [BudgetRow] in
      let store = try PropertyListStore(directory: archive.folder, purpose: .reading)
      guard let id = OpenCommunityBenchmark.largestCommunity(in: store) else { return [] }
      let community = try store.community(id)
      let now = Date()
      let today = CalendarDay(now, in: .current)
      let last = community.meetingsInOrder.last?.id ?? UUID()
      let exports: [(name: String, body: () -> Void)] = [
        (
          "minutes of the last meeting",
          {
            _ = MinutesMarkdown.render(community, meeting: last, language: .nl, today: today)
          }
        ),
        (
          "dossier",
          {
            _ = CommunityDossier.render(community, language: .nl, today: today)
          }
        ),
        (
          "calendar (.ics)",
          {
            _ = MeetingCalendar.render(community, language: .nl, now: now, timeZone: .current)
          }
        ),
      ]
      return exports.map { export in
        let samples = Samples.measure(runs: runs, export.body)
        let name = export.name
        return BudgetRow(
          budget: 6, what: "export of the largest community: \(name)", archive: archive.name,
          median: samples.median, p99: samples.p99, limit: .milliseconds(limit, of: .p99))
      }
    }
  }
}
