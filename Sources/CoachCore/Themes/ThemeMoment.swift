import Foundation

/// A dated moment of a theme beyond the meetings: subgroups exchanging what they did, or a
/// showcase (*toonmoment*) where the teachers show their output to colleagues and leaders.
public struct ThemeMoment: Equatable, Identifiable, Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    case exchange
    case showcase

    public var label: LocalizedText {
      switch self {
      case .exchange: LocalizedText(nl: "uitwisseling", en: "exchange")
      case .showcase: LocalizedText(nl: "toonmoment", en: "showcase")
      }
    }
  }

  public let id: UUID
  public var kind: Kind
  public var day: CalendarDay
  /// Where, for whom, what happened.
  public var note: String

  public init(id: UUID = UUID(), kind: Kind, day: CalendarDay, note: String = "") {
    self.id = id
    self.kind = kind
    self.day = day
    self.note = note
  }
}
