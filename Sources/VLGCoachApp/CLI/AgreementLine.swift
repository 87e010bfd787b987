import CoachCore
import Foundation

/// One agreement as `agreement list` shows it: CoachCore's follow-up item, as table cells.
typealias AgreementLine = FollowUpItem

extension FollowUpItem {
  func cells(_ strings: CLIStrings, _ language: Language) -> [String] {
    let kind = agreement.kind
    let due: String
    switch agreement.due {
    case .day(let day): due = day.iso
    case .nextMeeting: due = strings.dueNextMeeting(dueDay?.iso)
    }
    return [
      community.name, "\(agreement.number)", "(\(kind.letter)) \(kind.label(language))",
      agreement.text.replacingOccurrences(of: "\n", with: " "),
      community.memberNames(agreement.owners).joined(separator: ", "), due,
      status.label(language), "\(timesCarriedOver)",
      isOverdue ? strings.overdueMark : "",
    ]
  }
}
