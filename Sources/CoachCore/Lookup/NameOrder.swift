import Foundation

/// How lists of names are sorted everywhere (screens, command line, exports): ignoring case
/// and accents, so “Élise” sorts with the E's.
public enum NameOrder {
  public static func ascending(_ a: String, _ b: String) -> Bool {
    a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
  }
}
