import CoachCore
import Foundation

extension Forms {
  static func field(for role: MeetingRole) -> FormState.FieldID {
    switch role {
    case .chair: .chair
    case .timekeeper: .timekeeper
    case .minuteTaker: .minuteTaker
    }
  }

  /// The meeting's roles, one field each: as given, else CoachCore's rotation proposal.
  static func meetingRoles(_ community: Community, meeting: UUID, _ context: CommunityContext)
    -> FormState
  {
    let given = community.meeting(withID: meeting)?.roles ?? [:]
    let roles = given.isEmpty ? community.proposedRoles(for: meeting) : given
    let names = community.activeMembers.map(\.name)
    return FormState(
      purpose: .meeting(.roles(community: community.id, meeting: meeting)),
      title: context.strings.meetingScreen.rolesTitle,
      fields: MeetingRole.allCases.map { role in
        .init(
          id: field(for: role), label: role.label(context.language).capitalizedFirst,
          kind: .text(
            TextField(roles[role].flatMap { community.member(withID: $0)?.name } ?? "")),
          completion: Completion(names))
      })
  }
}
