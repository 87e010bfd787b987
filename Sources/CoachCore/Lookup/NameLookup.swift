import Foundation

/// Finds one item by how a person names it on the command line: its id, its full name
/// (case-insensitive), a prefix of the name that only one item has, or else a prefix of
/// the name from any of its words on ("handel" finds "VLG Handel Kempen", "de vries" and
/// "vries" find "Jan de Vries"). Each rule only applies when the ones before found nothing.
public enum NameLookup {
  public enum Outcome<Item> {
    case found(Item)
    case none
    case ambiguous([Item])
  }

  public static func find<Item>(
    _ reference: String, in items: [Item], id: (Item) -> UUID, name: (Item) -> String
  ) -> Outcome<Item> {
    let wanted = TextCleaning.line(reference)
    guard !wanted.isEmpty else { return .none }
    if let uuid = UUID(uuidString: wanted), let item = items.first(where: { id($0) == uuid }) {
      return .found(item)
    }
    let folded = fold(wanted)
    let exact = items.filter { fold(name($0)) == folded }
    if exact.count == 1 { return .found(exact[0]) }
    if exact.count > 1 { return .ambiguous(exact) }
    // Then without accents, so “zoe” typed on a keyboard without ë still finds “Zoë”.
    let plain = plainFold(wanted)
    let plainExact = items.filter { plainFold(name($0)) == plain }
    if plainExact.count == 1 { return .found(plainExact[0]) }
    if plainExact.count > 1 { return .ambiguous(plainExact) }
    let prefixed = items.filter { plainFold(name($0)).hasPrefix(plain) }
    if !prefixed.isEmpty { return prefixed.count == 1 ? .found(prefixed[0]) : .ambiguous(prefixed) }
    let fromAWord = items.filter { wordTails(plainFold(name($0))).contains { $0.hasPrefix(plain) } }
    switch fromAWord.count {
    case 0: return .none
    case 1: return .found(fromAWord[0])
    default: return .ambiguous(fromAWord)
    }
  }

  /// The name from each of its words on, the first excluded: "jan de vries" gives "de vries"
  /// and "vries". A word starts after white space or a hyphen ("Sint-Victor").
  static func wordTails(_ name: String) -> [Substring] {
    var tails: [Substring] = []
    var index = name.startIndex
    while let separator = name[index...].firstIndex(where: { $0.isWhitespace || $0 == "-" }) {
      index = name.index(after: separator)
      if index < name.endIndex, !name[index].isWhitespace, name[index] != "-" {
        tails.append(name[index...])
      }
    }
    return tails
  }

  /// Case-insensitive, and canonical so that a composed “é” matches a decomposed one.
  static func fold(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.lowercased()
  }

  static func plainFold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

extension Sequence where Element == CommunitySummary {
  /// The community a command-line reference names, or the error a coach reads.
  public func resolve(_ reference: String) throws -> CommunitySummary {
    switch NameLookup.find(reference, in: Array(self), id: \.id, name: \.name) {
    case .found(let summary): return summary
    case .none: throw CoachError.unknownCommunity(reference)
    case .ambiguous(let matches):
      throw CoachError.ambiguousCommunity(reference, candidates: matches.map(\.name))
    }
  }
}

extension Community {
  /// The member a command-line reference names, or the error a coach reads.
  public func resolveMember(_ reference: String) throws -> Member {
    switch NameLookup.find(reference, in: members, id: \.id, name: \.name) {
    case .found(let member): return member
    case .none: throw CoachError.unknownMember(reference, community: name)
    case .ambiguous(let matches):
      throw CoachError.ambiguousMember(reference, candidates: matches.map(\.name))
    }
  }
}
