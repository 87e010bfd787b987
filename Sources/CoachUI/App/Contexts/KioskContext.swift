import CoachCore
import Foundation

/// What the shared terminal may show: the teachers' names, who answered, and the checklist.
/// No community, no answers of anyone, no notes: there is no path to them from here.
public struct KioskContext: ScreenContext {
  public struct Person: Equatable, Sendable {
    public let id: UUID
    public let name: String
    public let hasAnswered: Bool
  }

  public let env: ScreenEnvironment
  public let people: [Person]
  public let template: ChecklistTemplate
  /// The day the checklist is filled in, to head the screen with.
  public let day: CalendarDay

  init(env: ScreenEnvironment, community: Community, session: KioskSession) {
    self.env = env
    let round = community.checklistRound(
      for: session.template, meetingID: session.meetingID, day: session.day,
      anonymous: session.anonymous)
    let answered = (round?.respondents ?? []).union(session.answeredHere)
    people = community.checklistRespondents.map {
      Person(id: $0.id, name: $0.name, hasAnswered: answered.contains($0.id))
    }
    template = session.template
    day = session.day
  }

  func person(_ id: UUID) -> Person? { people.first { $0.id == id } }
}
