import CoachCore
import Foundation

/// The meeting screen: Tab between the sections, Esc back, x the minutes, m the live mode;
/// each section has its own actions (see `MeetingKeys`).
extension MeetingScreen {
  mutating func perform(_ action: MeetingAction, key: Key, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    guard let rows = MeetingScreenRows(context.community, self) else { return [.pop] }
    let sections = Section.allCases
    selection = rows.selection(self)
    switch action {
    case .back:
      return [.pop]
    case .nextSection:
      section = sections[(section.rawValue + 1) % sections.count]
      selection = 0
    case .previousSection:
      section = sections[(section.rawValue + sections.count - 1) % sections.count]
      selection = 0
    case .followUp:
      return [.push(.followUp(FollowUpScreen(communityID: communityID)))]
    case .roles:
      return [.present(.form(Forms.meetingRoles(context.community, meeting: meetingID, context)))]
    case .newDynamicsNote:
      return [
        .present(
          .form(Forms.newNote(in: context.community, about: [], meeting: meetingID, context)))
      ]
    case .runLive:
      // From the prepared meeting straight into running it (m on the meetings tab does too).
      return LiveMeetingScreen.open(meetingID, context)
    case .exportMinutes:
      // Exporting writes outside the store: allowed in a read-only store too.
      return [
        .present(
          .form(Forms.exportMinutes(community: communityID, meeting: meetingID, context.strings)))
      ]
    case .list(let move):
      selection =
        move.apply(to: selection, count: rows.count(section), page: context.listPageSize)
        ?? selection
    case .addItem, .addProtocol, .editItem, .deleteItem, .moveItemUp, .moveItemDown:
      return performOnAgenda(action, rows, context)
    case .attendance(let attendance):
      let attendees = rows.attendees
      let member = attendees.indices.contains(selection) ? attendees[selection] : nil
      let (commands, moved) = attendance.record(
        member: member, selection: selection, count: attendees.count, meeting: meetingID,
        context)
      selection = moved
      return commands
    case .addAgreement:
      let purpose = FormState.Purpose.meeting(
        .addAgreement(community: communityID, meeting: meetingID))
      return [
        .present(
          .form(
            Forms.agreement(
              nil, in: context.community, purpose: purpose, multiline: true, context.language)))
      ]
    case .editAgreement:
      guard let (agreement, _) = rows.agreement(at: selection) else { return [] }
      return [.present(.form(Forms.editAgreement(agreement, context)))]
    case .deleteAgreement:
      guard let (agreement, _) = rows.agreement(at: selection) else { return [] }
      return [.present(.confirm(Confirmation.deleteAgreement(agreement, context)))]
    case .reviewAgreement:
      guard let (agreement, _) = rows.agreement(at: selection) else { return [] }
      return [
        .present(
          .form(
            Forms.reviewAgreement(
              agreement, community: communityID, meeting: meetingID, context.language)))
      ]
    case .editNotes:
      return [
        .present(
          .form(Forms.meetingNotes(rows.meeting, community: communityID, context.strings)))
      ]
    }
    return []
  }
}
