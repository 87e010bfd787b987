import CoachCore

/// One round in full as lines: who answered, then per question its bars and mean (or its
/// short texts, without names) and the trend. Both the view and the scrolling count them.
enum ChecklistResultsLines {
  typealias Line = (text: String, style: StyleRole)

  static func round(_ round: ChecklistRound, _ context: CommunityContext, width: Int) -> [Line] {
    let community = context.community
    let language = context.language
    let c = ChecklistResultsStrings.of(language)
    let result = community.checklistResult(of: round)
    let wrap = max(10, width - 6)
    var lines: [Line] = []
    let who =
      result.notAnswered.map { c.notAnswered($0.map(\.name)) } ?? c.anonymousRound
    for text in DisplayWidth.wrap(c.answers(result.responseCount) + " · " + who, to: wrap) {
      lines.append(("   " + text, .dim))
    }
    let trends =
      community.checklistRounds(templateID: round.template.id).count >= 2
      ? community.checklistTrend(templateID: round.template.id) : []
    for item in result.items {
      lines.append(("", .normal))
      for text in DisplayWidth.wrap(item.question.text(language), to: wrap) {
        lines.append((" " + text, .heading))
      }
      lines += answerLines(item, language, c, wrap: wrap)
      if let trend = trends.first(where: { $0.question.id == item.question.id }) {
        lines.append((trendLine(trend, language, c), .accent))
      }
    }
    return lines
  }

  private static func answerLines(
    _ item: ChecklistItemResult, _ language: Language, _ c: ChecklistResultsStrings, wrap: Int
  ) -> [Line] {
    let kind = item.question.answer
    guard kind != .shortText else {
      guard !item.texts.isEmpty else { return [("   " + c.noTexts, .dim)] }
      return item.texts.flatMap { text in
        DisplayWidth.wrap(text, to: wrap - 2).enumerated().map { index, part in
          ((index == 0 ? "   • " : "     ") + part, StyleRole.normal)
        }
      }
    }
    guard item.answered > 0, let mean = item.mean else { return [("   " + c.nobodyAnswered, .dim)] }
    let labels = ChecklistFigures.labels(kind, language)
    let labelWidth = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
    let largest = item.counts.max() ?? 0
    var lines: [Line] = zip(labels, item.counts).map { label, count in
      let padding = String(repeating: " ", count: labelWidth - DisplayWidth.width(of: label))
      let number = count < 10 ? " \(count)" : "\(count)"
      return (
        "   " + label + padding + " " + number + " "
          + ChecklistFigures.bar(count, largest: largest),
        .normal
      )
    }
    let value = ChecklistFigures.value(mean, kind, language)
    lines.append(
      (
        "   " + (kind == .yesNo ? c.shareOfYes(value) : c.mean(value)) + " · "
          + c.answered(item.answered), .dim
      ))
    return lines
  }

  /// "verloop ▃▅ 3,7 → 4,0": the sparkline of the means, oldest first, and the figures.
  private static func trendLine(
    _ trend: ChecklistTrend, _ language: Language, _ c: ChecklistResultsStrings
  ) -> String {
    let kind = trend.question.answer
    let figures = trend.points.map { point in
      point.value.map { ChecklistFigures.value($0, kind, language) } ?? "—"
    }
    return "   " + c.trend + " " + ChecklistFigures.sparkline(trend.points.map(\.value), kind)
      + "  "
      + figures.joined(separator: " → ")
  }
}
