/// One oddity found while reading a community file and what was done about it. A file with
/// repairs is still used; its original is kept beside it and the repairs are reported.
public struct StoredRepair: Equatable, Sendable {
  /// Where in the community: as a coach would name it.
  public enum Place: Equatable, Sendable {
    case file
    case community
    case phaseHistory
    case member(String)
    case meeting(String)
    case agendaItem(String, meeting: String)
    case agreement(Int)
    case theme(String)
    /// A coach's note, by its day.
    case note(String)
    /// A round of answers to a checklist, by its day.
    case checklistRound(String)
  }

  public enum Kind: Equatable, Sendable {
    /// A value of the wrong type or outside its range; the field took its default.
    case valueReset(field: String)
    /// A number outside what makes sense, brought back to the nearest sensible one.
    case valueLimited(field: String)
    /// Control characters removed or a text shortened.
    case textCleaned(field: String)
    /// An entry without what it needs (an id, a name, a day) was left out.
    case entryDropped
    /// The same id twice: the later entry got a new one.
    case newID
    /// Two agreements with one number: the later one got the next free number.
    case renumbered(to: Int)
    /// A key twice in one dictionary: the last one counts.
    case duplicateKey(String)
    /// Bytes that were not UTF-8 were read as �.
    case invalidText
  }

  public let place: Place
  public let kind: Kind

  public init(_ place: Place, _ kind: Kind) {
    self.place = place
    self.kind = kind
  }

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    let what: String
    switch kind {
    case .valueReset(let field):
      what = nl ? "onbruikbare waarde van “\(field)” leeg gemaakt" : "unusable “\(field)” cleared"
    case .valueLimited(let field):
      what = nl ? "“\(field)” binnen de grenzen gebracht" : "“\(field)” brought within its limits"
    case .textCleaned(let field):
      what = nl ? "tekst van “\(field)” opgeschoond" : "text of “\(field)” cleaned"
    case .entryDropped:
      what = nl ? "onleesbaar, weggelaten" : "unreadable, left out"
    case .newID:
      what = nl ? "dubbele id, kreeg een nieuwe" : "duplicate id, given a new one"
    case .renumbered(let number):
      what = nl ? "dubbel nummer, werd \(number)" : "duplicate number, became \(number)"
    case .duplicateKey(let key):
      what = nl ? "sleutel “\(key)” stond er twee keer" : "key “\(key)” occurred twice"
    case .invalidText:
      what = nl ? "ongeldige tekens vervangen door �" : "invalid characters replaced by �"
    }
    return placeText(nl) + ": " + what
  }

  private func placeText(_ nl: Bool) -> String {
    switch place {
    case .file: nl ? "bestand" : "file"
    case .community: nl ? "gemeenschap" : "community"
    case .phaseHistory: nl ? "fasegeschiedenis" : "phase history"
    case .member(let name): (nl ? "lid " : "member ") + name
    case .meeting(let day): (nl ? "bijeenkomst " : "meeting ") + day
    case .agendaItem(let title, let day):
      (nl ? "agendapunt “\(title)” van " : "agenda item “\(title)” of ") + day
    case .agreement(let number): (nl ? "afspraak " : "agreement ") + "\(number)"
    case .theme(let title): (nl ? "thema " : "theme ") + "“\(title)”"
    case .note(let day): (nl ? "notitie van " : "note of ") + day
    case .checklistRound(let day): (nl ? "vragenlijst van " : "checklist of ") + day
    }
  }
}
