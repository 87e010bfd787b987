import CoachCore
import Foundation

/// One agreement as `agreement list` shows it, with what is derived from its community on
/// `today`: its due day, whether it is overdue, how often it was carried over.
struct AgreementLine {
  let community: Community
  let agreement: Agreement
  let dueDay: CalendarDay?
  let isOverdue: Bool
  let timesCarriedOver: Int

  init(_ agreement: Agreement, in community: Community, today: CalendarDay) {
    self.community = community
    self.agreement = agreement
    dueDay = community.dueDay(agreement)
    isOverdue = community.isOverdue(agreement, today: today)
    timesCarriedOver = community.timesCarriedOver(agreement, today: today)
  }

  /// Overdue first, then by due day (unknown last), then community and number.
  static func precedes(_ a: AgreementLine, _ b: AgreementLine) -> Bool {
    if a.isOverdue != b.isOverdue { return a.isOverdue }
    switch (a.dueDay, b.dueDay) {
    case (let x?, let y?) where x != y: return x < y
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    if a.community.id != b.community.id {
      return NameOrder.ascending(a.community.name, b.community.name)
    }
    return a.agreement.number < b.agreement.number
  }

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
      agreement.status.label(language), "\(timesCarriedOver)",
      isOverdue ? strings.overdueMark : "",
    ]
  }
}
