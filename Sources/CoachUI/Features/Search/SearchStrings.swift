import CoachCore

/// The texts of the search screen. (The kinds' headings are CoachCore's, shared with the
/// command line: `SearchHitKind.label`.)
struct SearchStrings: Sendable {
  let title: String
  let prompt: String
  let keySearch: String
  let keyGoTo: String
  let keyClear: String
  let typeFirst: String
  let noHitToOpen: String
  /// What the search covers, before anything is typed.
  let emptyState: String
  let nothingFound: @Sendable (String) -> String
  /// No hit in the communities read so far, while the others are read.
  let nothingFoundYet: @Sendable (String) -> String
  let hitCount: @Sendable (_ hits: Int, _ communities: Int) -> String
  let reading: @Sendable (_ read: Int, _ total: Int) -> String
  /// While the hits of what was just typed are being found.
  let searching: String
  let meeting: @Sendable (Int) -> String

  static func forLanguage(_ language: Language) -> SearchStrings {
    language == .nl ? dutch : english
  }

  static let dutch = SearchStrings(
    title: "Zoeken in alles",
    prompt: "Zoek",
    keySearch: "zoek",
    keyGoTo: "ga naar",
    keyClear: "wis",
    typeFirst: "Typ eerst wat je zoekt.",
    noHitToOpen: "Geen treffer om naar toe te gaan.",
    emptyState:
      "Typ wat je zoekt: namen, agendapunten, notities in de notulen, beslissingen, "
      + "afspraken, thema's en je eigen notities over de groep. Hoofdletters en accenten "
      + "tellen niet; elk woord moet voorkomen.",
    nothingFound: { "Niets gevonden voor “\($0)”." },
    nothingFoundYet: { "Nog niets gevonden voor “\($0)”." },
    hitCount: { hits, communities in
      (hits == 1 ? "1 treffer" : "\(hits) treffers")
        + (communities == 1 ? " in 1 leergemeenschap" : " in \(communities) leergemeenschappen")
    },
    reading: { "\($0) van \($1) leergemeenschappen gelezen…" },
    searching: "zoeken…",
    meeting: { "bijeenkomst \($0)" })

  static let english = SearchStrings(
    title: "Search everything",
    prompt: "Search",
    keySearch: "search",
    keyGoTo: "go to",
    keyClear: "clear",
    typeFirst: "Type what you are looking for first.",
    noHitToOpen: "No hit to go to.",
    emptyState:
      "Type what you are looking for: names, agenda items, notes in the minutes, decisions, "
      + "agreements, themes and your own notes on the group. Case and accents do not "
      + "matter; every word must occur.",
    nothingFound: { "Nothing found for “\($0)”." },
    nothingFoundYet: { "Nothing found for “\($0)” yet." },
    hitCount: { hits, communities in
      (hits == 1 ? "1 hit" : "\(hits) hits")
        + (communities == 1 ? " in 1 community" : " in \(communities) communities")
    },
    reading: { "reading \($0) of \($1) communities…" },
    searching: "searching…",
    meeting: { "meeting \($0)" })
}
