import CoachCore

/// The texts of `vlgcoach note`.
struct NoteStrings: Sendable {
  let added: @Sendable (_ community: String, _ about: String) -> String
  let theGroup: String
  let none: @Sendable (String) -> String
  let header: [String]

  static func forLanguage(_ language: Language) -> NoteStrings {
    language == .nl ? dutch : english
  }

  static let dutch = NoteStrings(
    added: { "Notitie bewaard bij \($0) (over \($1)); alleen voor jou." },
    theGroup: "de groep", none: { "Nog geen notities bij \($0)." },
    header: ["Datum", "Over", "Labels", "Notitie"])

  static let english = NoteStrings(
    added: { "Note saved with \($0) (about \($1)); yours alone." },
    theGroup: "the group", none: { "No notes on \($0) yet." },
    header: ["Date", "About", "Tags", "Note"])
}
