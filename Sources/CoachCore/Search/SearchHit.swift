import Foundation

/// What a search found: in which community, what kind of thing, a short excerpt of its text,
/// and where it is, so a screen can go there.
public struct SearchHit: Equatable, Sendable {
  public let communityID: UUID
  public let communityName: String
  public let kind: SearchHitKind
  /// One line around the first match (see `SearchExcerpt`).
  public let excerpt: String
  public let target: SearchTarget
  /// The day it belongs to: the meeting's for what was said or decided in one, the note's
  /// for a dynamics note, the day an output was made or a moment held; nil for the rest.
  public let day: CalendarDay?

  public init(
    communityID: UUID, communityName: String, kind: SearchHitKind, excerpt: String,
    target: SearchTarget, day: CalendarDay? = nil
  ) {
    self.communityID = communityID
    self.communityName = communityName
    self.kind = kind
    self.excerpt = excerpt
    self.target = target
    self.day = day
  }

  /// A dynamics note: the coach's alone, and said so wherever a hit is shown.
  public var isPrivate: Bool { kind.isPrivate }
}

/// The kinds of things a search finds, in the order the results show them.
public enum SearchHitKind: String, CaseIterable, Comparable, Sendable {
  case communityName = "community"
  case member
  case agendaItem = "agenda-item"
  /// A note in the minutes: an agenda item's notes, or the meeting's general notes.
  case minutesNote = "minutes-note"
  case decision
  case agreement
  /// A theme's title or description.
  case theme
  /// What the teachers on a theme made (its title and note).
  case themeOutput = "theme-output"
  /// An exchange or showcase moment of a theme.
  case themeMoment = "theme-moment"
  /// The coach's private note on the group's dynamics (only when notebooks are searched).
  case dynamicsNote = "dynamics-note"

  public var isPrivate: Bool { self == .dynamicsNote }

  /// The position in the results: the order of the cases.
  public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (a: SearchHitKind, b: SearchHitKind) -> Bool { a.rank < b.rank }

  /// The heading of the kind's hits.
  public var label: LocalizedText {
    switch self {
    case .communityName: LocalizedText(nl: "Leergemeenschap", en: "Community")
    case .member: LocalizedText(nl: "Leden", en: "Members")
    case .agendaItem: LocalizedText(nl: "Agendapunten", en: "Agenda items")
    case .minutesNote: LocalizedText(nl: "Notities in de notulen", en: "Notes in the minutes")
    case .decision: LocalizedText(nl: "Beslissingen", en: "Decisions")
    case .agreement: LocalizedText(nl: "Afspraken", en: "Agreements")
    case .theme: LocalizedText(nl: "Thema's", en: "Themes")
    case .themeOutput: LocalizedText(nl: "Output van thema's", en: "Theme outputs")
    case .themeMoment:
      LocalizedText(nl: "Uitwisselingen en toonmomenten", en: "Exchanges and showcases")
    case .dynamicsNote: LocalizedText(nl: "Groepsdynamiek", en: "Group dynamics")
    }
  }

  /// The word that marks a private hit.
  public static let privateMark = LocalizedText(nl: "privé", en: "private")
}

/// Where a hit is: what a screen opens to show it.
public enum SearchTarget: Equatable, Sendable {
  case community
  case member(UUID)
  /// An agenda item of a meeting (its title, its notes in the minutes, a decision).
  case agendaItem(meeting: UUID, item: UUID)
  /// The general notes of a meeting's minutes.
  case meetingNotes(meeting: UUID)
  /// An agreement, with the meeting it was made in.
  case agreement(UUID, meeting: UUID)
  /// A theme, also for its outputs and moments.
  case theme(UUID)
  /// A dynamics note in the coach's notebook.
  case note(UUID)

  public var memberID: UUID? {
    if case .member(let id) = self { return id }
    return nil
  }

  public var meetingID: UUID? {
    switch self {
    case .agendaItem(let meeting, _), .meetingNotes(let meeting), .agreement(_, let meeting):
      meeting
    default: nil
    }
  }

  public var agendaItemID: UUID? {
    if case .agendaItem(_, let item) = self { return item }
    return nil
  }

  public var agreementID: UUID? {
    if case .agreement(let id, _) = self { return id }
    return nil
  }

  public var themeID: UUID? {
    if case .theme(let id) = self { return id }
    return nil
  }

  public var noteID: UUID? {
    if case .note(let id) = self { return id }
    return nil
  }
}
