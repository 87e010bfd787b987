import CoachCore

/// The texts of `vlgcoach theme`, one instance per language; a missing translation is a
/// compile error, because each instance must fill every field.
struct ThemeStrings: Sendable {
  // theme add / list
  let added: @Sendable (_ theme: String, _ community: String, _ members: Int) -> String
  let none: @Sendable (String) -> String
  let who: @Sendable (_ names: String) -> String
  let nobody: String
  let subgroupLine: @Sendable (_ name: String, _ members: String) -> String
  let outputLine: @Sendable (_ title: String, _ madeAndTried: String) -> String
  /// When an output was made and whether, and when, it was tried in class.
  let madeAndTried: @Sendable (_ made: String, _ tried: String?) -> String

  // theme edit / output / moment / subgroup
  let changed: @Sendable (_ theme: String, _ status: String, _ members: Int) -> String
  let outputRecorded:
    @Sendable (_ output: String, _ theme: String, _ madeAndTried: String) -> String
  let momentRecorded: @Sendable (_ kind: String, _ theme: String, _ day: String) -> String
  let subgroupAdded: @Sendable (_ subgroup: String, _ theme: String, _ members: String) -> String

  // Words on the command line that no rule of the model covers (`ThemeCommandError`)
  let unknownTheme:
    @Sendable (_ reference: String, _ community: String, _ themes: [String]) -> String
  let ambiguousTheme: @Sendable (_ reference: String, _ candidates: [String]) -> String
  let unknownStatus: @Sendable (_ given: String) -> String
  let nothingToChange: String
  let noMomentKind: String
  let twoMomentKinds: String

  static func forLanguage(_ language: Language) -> ThemeStrings {
    language == .nl ? dutch : english
  }

  static let dutch = ThemeStrings(
    added: { "Thema “\($0)” toegevoegd aan \($1) (\($2) \($2 == 1 ? "lid" : "leden"))." },
    none: { "\($0) heeft nog geen thema's." },
    who: { "Wie: \($0)" },
    nobody: "nog niemand",
    subgroupLine: { "Deelgroep “\($0)”: \($1)" },
    outputLine: { "Output “\($0)”: \($1)" },
    madeAndTried: { made, tried in
      "gemaakt op \(made), "
        + (tried.map { "uitgeprobeerd in de klas op \($0)" } ?? "nog niet uitgeprobeerd in de klas")
    },
    changed: { "Thema “\($0)” bewaard: \($1), \($2) \($2 == 1 ? "lid" : "leden")." },
    outputRecorded: { "Output “\($0)” van thema “\($1)” bewaard: \($2)." },
    momentRecorded: { kind, theme, day in
      "\(kind.prefix(1).uppercased() + kind.dropFirst()) van thema “\(theme)” op \(day) bewaard."
    },
    subgroupAdded: { "Deelgroep “\($0)” toegevoegd aan thema “\($1)”: \($2)." },
    unknownTheme: { reference, community, themes in
      themes.isEmpty
        ? "\(community) heeft nog geen thema's; voeg er een toe met: vlgcoach theme add"
        : "Geen thema van \(community) gevonden voor “\(reference)”; de thema's: "
          + themes.joined(separator: ", ") + "."
    },
    ambiguousTheme: { reference, candidates in
      "“\(reference)” past bij meer dan één thema: \(candidates.joined(separator: ", "))."
        + " Typ meer van de titel."
    },
    unknownStatus: {
      "“\($0)” is geen stand van een thema; kies chosen, in-progress of output-ready."
    },
    nothingToChange: "Zeg wat er verandert met --title, --description, --members of --status.",
    noMomentKind: "Zeg welk moment het was: --exchange (uitwisseling) of --showcase (toonmoment).",
    twoMomentKinds:
      "Een moment is een uitwisseling of een toonmoment, niet beide; geef --exchange of --showcase."
  )

  static let english = ThemeStrings(
    added: { "Added theme “\($0)” to \($1) (\($2) \($2 == 1 ? "member" : "members"))." },
    none: { "\($0) has no themes yet." },
    who: { "Who: \($0)" },
    nobody: "nobody yet",
    subgroupLine: { "Subgroup “\($0)”: \($1)" },
    outputLine: { "Output “\($0)”: \($1)" },
    madeAndTried: { made, tried in
      "made on \(made), " + (tried.map { "tried in class on \($0)" } ?? "not yet tried in class")
    },
    changed: { "Theme “\($0)” saved: \($1), \($2) \($2 == 1 ? "member" : "members")." },
    outputRecorded: { "Recorded output “\($0)” of theme “\($1)”: \($2)." },
    momentRecorded: { "Recorded the \($0) of theme “\($1)” on \($2)." },
    subgroupAdded: { "Added subgroup “\($0)” to theme “\($1)”: \($2)." },
    unknownTheme: { reference, community, themes in
      themes.isEmpty
        ? "\(community) has no themes yet; add one with: vlgcoach theme add"
        : "No theme of \(community) matches “\(reference)”; its themes: "
          + themes.joined(separator: ", ") + "."
    },
    ambiguousTheme: { reference, candidates in
      "“\(reference)” matches more than one theme: \(candidates.joined(separator: ", "))."
        + " Type more of the title."
    },
    unknownStatus: {
      "“\($0)” is not a theme status; choose chosen, in-progress or output-ready."
    },
    nothingToChange: "Say what to change with --title, --description, --members or --status.",
    noMomentKind: "Say which moment it was: --exchange or --showcase.",
    twoMomentKinds:
      "A moment is an exchange or a showcase, not both; give one of --exchange and --showcase."
  )
}

/// A theme's words on the command line that no rule of the model covers.
enum ThemeCommandError: CommandLineSentence, Equatable {
  /// No theme of the community has this title, prefix or word; `themes` are its titles.
  case unknownTheme(String, community: String, themes: [String])
  case ambiguousTheme(String, candidates: [String])
  case unknownStatus(String)
  case nothingToChange
  case noMomentKind
  case twoMomentKinds

  func sentence(_ language: Language) -> String {
    let strings = ThemeStrings.forLanguage(language)
    switch self {
    case .unknownTheme(let reference, let community, let themes):
      return strings.unknownTheme(reference, community, themes)
    case .ambiguousTheme(let reference, let candidates):
      return strings.ambiguousTheme(reference, candidates)
    case .unknownStatus(let given): return strings.unknownStatus(given)
    case .nothingToChange: return strings.nothingToChange
    case .noMomentKind: return strings.noMomentKind
    case .twoMomentKinds: return strings.twoMomentKinds
    }
  }
}
