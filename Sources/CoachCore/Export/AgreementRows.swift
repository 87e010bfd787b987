import Foundation

/// Agreements as table rows for the report and the hand-over: number, kind, what, who,
/// due, status now and how often carried over. Status and carry-over come from the
/// community's one set of rules (`status(of:asOf:)`, `timesCarriedOver(_:today:)`).
struct AgreementRows {
  let community: Community
  let language: Language
  let words: ExportStrings
  let today: CalendarDay

  var header: [String] {
    [
      words.number, words.kind, words.what, words.who, words.due, words.status,
      words.timesCarriedOver,
    ]
  }

  func rows(_ agreements: [Agreement]) -> [[String]] {
    agreements.sorted { $0.number < $1.number }.map { agreement in
      [
        "\(agreement.number)", "(\(agreement.kind.letter)) " + agreement.kind.label(language),
        agreement.text, DocumentBlocks.names(agreement.owners, in: community),
        due(agreement), community.status(of: agreement).label(language),
        "\(community.timesCarriedOver(agreement, today: today))",
      ]
    }
  }

  /// The day it is due, or "next meeting" while that meeting is not planned.
  private func due(_ agreement: Agreement) -> String {
    community.dueDay(agreement).map(words.day) ?? words.nextMeeting
  }

  /// Not closed now: open or partly.
  func open(_ agreements: [Agreement]) -> [Agreement] {
    agreements.filter { !community.status(of: $0).closes }
  }

  func done(_ agreements: [Agreement]) -> [Agreement] {
    agreements.filter { community.status(of: $0) == .done }
  }

  /// Went into a later meeting still open at least once.
  func carriedOver(_ agreements: [Agreement]) -> [Agreement] {
    agreements.filter { community.timesCarriedOver($0, today: today) > 0 }
  }
}
