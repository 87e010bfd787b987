import CoachCore
import Foundation

/// The community screen's export menu: what the community can be written as, one entry
/// each, into the store's exports folder in the UI language.
public struct ExportMenu: Equatable, Sendable {
  public enum Entry: Equatable, Sendable {
    /// The selected meeting's minutes (offered on the meetings tab).
    case minutes(meeting: UUID)
    case calendar
    case document(ExportDocument)
  }

  public let community: UUID
  /// The meeting selected on the meetings tab, if the menu was opened there.
  public let meeting: UUID?
  public var selection: Int

  public init(community: UUID, meeting: UUID? = nil, selection: Int = 0) {
    self.community = community
    self.meeting = meeting
    self.selection = selection
  }

  /// The minutes (when a meeting is given), the calendar, the report for all schools and
  /// for each school, the dossier, the hand-over, and the hand-over with private notes.
  func entries(_ community: Community) -> [Entry] {
    let minutes = meeting.flatMap { community.meeting(withID: $0) }.map {
      [Entry.minutes(meeting: $0.id)]
    }
    return (minutes ?? []) + [.calendar, .document(.schoolLeaderReport(school: nil))]
      + community.allSchools.map { .document(.schoolLeaderReport(school: $0)) } + [
        .document(.dossier(includePrivate: false)), .document(.handover(includePrivate: false)),
        .document(.handover(includePrivate: true)),
      ]
  }

  /// What choosing `entry` asks the runtime to do: always the exports folder.
  static func effect(_ entry: Entry, _ community: Community) -> Effect {
    switch entry {
    case .minutes(let meeting): .exportMinutes(community, meeting: meeting, path: nil)
    case .calendar: .exportCalendar(community, path: nil)
    case .document(let document): .exportDocument(community, document, path: nil)
    }
  }
}
