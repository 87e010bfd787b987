import CoachCore

/// The texts of `vlgcoach search`.
struct SearchStrings: Sendable {
  let nothingFound: @Sendable (String) -> String
  let emptyQuery: String
  let meeting: @Sendable (_ number: Int, _ day: String) -> String

  static func forLanguage(_ language: Language) -> SearchStrings {
    language == .nl ? dutch : english
  }

  static let dutch = SearchStrings(
    nothingFound: { "Niets gevonden voor “\($0)”." },
    emptyQuery: "Geef een woord om te zoeken.",
    meeting: { "bijeenkomst \($0), \($1)" })

  static let english = SearchStrings(
    nothingFound: { "Nothing found for “\($0)”." },
    emptyQuery: "Give a word to search for.",
    meeting: { "meeting \($0), \($1)" })
}
