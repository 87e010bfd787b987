import CoachCore
import Foundation

/// One agreement as `agreement list` shows it: CoachCore's follow-up item, as table cells.
typealias AgreementLine = FollowUpItem

extension FollowUpItem {
  func cells(_ strings: CLIStrings, _ language: Language) -> [String] {
    let kind = entry.kind
    let due: String
    switch entry.due {
    case .day(let day): due = day.iso
    case .nextMeeting: due = strings.dueNextMeeting(dueDay?.iso)
    }
    return [
      communityName, "\(entry.number)", "(\(kind.letter)) \(kind.label(language))",
      entry.text.replacingOccurrences(of: "\n", with: " "),
      entry.ownerNames.joined(separator: ", "), due,
      status.label(language), "\(timesCarriedOver)",
      isOverdue ? strings.overdueMark : "",
    ]
  }
}
