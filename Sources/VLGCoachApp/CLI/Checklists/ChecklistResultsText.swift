import CoachCore
import Foundation

/// `checklist results` as text: per round, per question the counts with a bar and the mean,
/// the short texts without names, who has not answered (or that the round was anonymous);
/// then the trend of every checklist answered more than once.
enum ChecklistResultsText {
  static func text(_ community: Community, rounds: [ChecklistRound], language: Language) -> String {
    let strings = ChecklistStrings.forLanguage(language)
    guard !rounds.isEmpty else { return strings.noRounds(community.name) }
    var blocks = rounds.map {
      roundText(community.checklistResult(of: $0), community, language, strings)
    }
    blocks += trendTexts(community, rounds, language, strings)
    return blocks.joined(separator: "\n\n")
  }

  private static func roundText(
    _ result: ChecklistRoundResult, _ community: Community, _ language: Language,
    _ strings: ChecklistStrings
  ) -> String {
    let round = result.round
    var lines = [
      strings.roundHeading(
        round.template.title(language), round.day.iso,
        round.meetingID.flatMap { community.meetingNumber($0) }, result.responseCount)
    ]
    for item in result.items {
      lines.append("  " + item.question.text(language))
      lines += itemLines(item, language, strings).map { "    " + $0 }
    }
    if let missing = result.notAnswered {
      lines.append("  " + strings.notAnswered(missing.map(\.name)))
    } else {
      lines.append("  " + strings.anonymous)
    }
    return lines.joined(separator: "\n")
  }

  /// The counts with bars and the mean, or the texts as a list: never a name.
  static func itemLines(
    _ item: ChecklistItemResult, _ language: Language, _ strings: ChecklistStrings
  ) -> [String] {
    let kind = item.question.answer
    guard kind != .shortText else {
      return item.texts.isEmpty ? [strings.noTexts] : item.texts.map { "- " + $0 }
    }
    guard item.answered > 0, let mean = item.mean else { return [strings.nobodyAnswered] }
    let labels = ChecklistFigures.labels(kind, language)
    let labelWidth = labels.map(\.count).max() ?? 0
    let countWidth = item.counts.map { String($0).count }.max() ?? 1
    let largest = item.counts.max() ?? 0
    var lines = zip(labels, item.counts).map { label, count in
      let paddedLabel = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      let paddedCount = String(repeating: " ", count: countWidth - String(count).count) + "\(count)"
      let bar = ChecklistFigures.bar(count, largest: largest)
      return paddedLabel + "  " + paddedCount + (bar.isEmpty ? "" : " " + bar)
    }
    let value = ChecklistFigures.value(mean, kind, language)
    lines.append(
      kind == .yesNo ? strings.shareOfYes(value, item.answered) : strings.mean(value, item.answered)
    )
    return lines
  }

  private static func trendTexts(
    _ community: Community, _ rounds: [ChecklistRound], _ language: Language,
    _ strings: ChecklistStrings
  ) -> [String] {
    var ids: [String] = []
    for round in rounds where !ids.contains(round.template.id) { ids.append(round.template.id) }
    return ids.compactMap { id in
      let all = community.checklistRounds(templateID: id)
      let trends = community.checklistTrend(templateID: id)
      guard all.count >= 2, !trends.isEmpty, let newest = all.last else { return nil }
      let lines = trends.map { trend in
        let kind = trend.question.answer
        let values = trend.points.map { point in
          point.value.map { ChecklistFigures.value($0, kind, language) } ?? "—"
        }
        return "  " + ChecklistFigures.sparkline(trend.points.map(\.value), kind) + "  "
          + values.joined(separator: " → ") + "  " + trend.question.text(language)
      }
      return ([strings.trend(newest.template.title(language))] + lines).joined(separator: "\n")
    }
  }
}
