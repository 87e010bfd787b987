import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach search TEXT`: every community of the store, the coach's dynamics notes
/// included (the command line is the coach's own), grouped by community and kind.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract:
      "Search names, agenda items, minutes, decisions, agreements, themes and your private notes.",
    discussion:
      "Case and accents do not matter; every word must occur. Private notes are marked so.")
  @OptionGroup var options: StoreOptions
  @Argument(help: "The words to find.") var text: [String]
  @Flag(help: "Print JSON instead of text.") var json = false

  func run() throws {
    try CommandContext.run(options, .reading) { context in
      let strings = SearchStrings.forLanguage(context.language)
      let wanted = text.joined(separator: " ")
      guard !SearchQuery(wanted).isEmpty else {
        printError(strings.emptyQuery)
        throw ExitCode(1)
      }
      var communities: [Community] = []
      var notebooks: [UUID: CoachNotebook] = [:]
      for summary in context.summaries {
        let store = try context.store()
        communities.append(try store.community(summary.id))
        notebooks[summary.id] = try store.notebook(summary.id)
      }
      let hits = Search.hits(wanted, in: communities, notebooks: notebooks)
      let byID = Dictionary(
        communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      if json {
        try printJSON(hits.map { SearchJSON($0, community: byID[$0.communityID]) })
        return
      }
      guard !hits.isEmpty else {
        print(strings.nothingFound(wanted))
        return
      }
      print(SearchText.render(hits, communities: byID, strings, context.language))
    }
  }
}

/// The text output: a community's name, under it each kind that has hits, under that the
/// hits, one line each, with where they were found.
enum SearchText {
  static func render(
    _ hits: [SearchHit], communities: [UUID: Community], _ strings: SearchStrings,
    _ language: Language
  ) -> String {
    var lines: [String] = []
    var community: UUID?
    var kind: SearchHitKind?
    for hit in hits {
      if hit.communityID != community {
        if community != nil { lines.append("") }
        lines.append(hit.communityName)
        community = hit.communityID
        kind = nil
      }
      if hit.kind != kind {
        let label = hit.kind.label(language)
        lines.append(
          "  " + (hit.isPrivate ? label + " (" + SearchHitKind.privateMark(language) + ")" : label))
        kind = hit.kind
      }
      let place = location(hit, communities[hit.communityID], strings)
      lines.append("    " + (place.map { $0 + " · " } ?? "") + hit.excerpt)
    }
    return lines.joined(separator: "\n")
  }

  /// “bijeenkomst 2, 2026-03-10”, “A3”, a note's day; nil when the kind says it all.
  static func location(_ hit: SearchHit, _ community: Community?, _ strings: SearchStrings)
    -> String?
  {
    switch hit.target {
    case .agreement(let id, _):
      return community?.agreements.first { $0.id == id }.map { "A\($0.number)" }
    case .agendaItem(let meeting, _), .meetingNotes(let meeting):
      guard let number = community?.meetingNumber(meeting) else { return hit.day?.iso }
      return strings.meeting(number, hit.day?.iso ?? "")
    case .note, .theme:
      return hit.day?.iso
    case .community, .member:
      return nil
    }
  }
}
