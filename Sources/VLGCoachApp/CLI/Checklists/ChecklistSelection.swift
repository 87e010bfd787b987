import ArgumentParser
import CoachCore
import Foundation

/// `[--checklist NAME] [--meeting N]`: which rounds `checklist results` and `export checklist`
/// show, resolved against one community.
struct ChecklistSelectionOptions: ParsableArguments {
  @Option(
    help: "Only this checklist: its id, or its title (or a unique part of it) in either language.")
  var checklist: String?
  @Option(help: "Only the rounds of this meeting: its number (see meeting list).")
  var meeting: String?

  /// The export's options: a checklist by its template id, a meeting by its id.
  func resolve(in community: Community, own: [ChecklistTemplate] = [], language: Language) throws
    -> ChecklistResultsMarkdown.Options
  {
    let catalog = ChecklistCatalog(custom: community.checklistRounds.map(\.template) + own)
    let templateID = try checklist.map { try catalog.template(named: $0, language: language).id }
    let meetingID = try meeting.map { try community.meeting(numbered: $0).id }
    return ChecklistResultsMarkdown.Options(templateID: templateID, meetingID: meetingID)
  }
}
