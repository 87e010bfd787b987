import Foundation

/// The results of the teachers' checklists as Markdown (`export checklist`): per round its
/// day, meeting and number of answers, per question the counts with a text bar and the mean,
/// the short texts, and the trend of each checklist answered more than once.
///
/// School leaders may read it, so no name ever stands next to an answer, and who has not
/// answered yet (the coach's screen and command line show that) is left out too.
public enum ChecklistResultsMarkdown {
  /// Which rounds: one checklist (by template id) and/or one meeting; nil is all.
  public struct Options: Equatable, Sendable {
    public var templateID: String?
    public var meetingID: UUID?

    public init(templateID: String? = nil, meetingID: UUID? = nil) {
      self.templateID = templateID
      self.meetingID = meetingID
    }
  }

  public static func render(
    _ community: Community, options: Options = Options(), language: Language
  ) -> String {
    let words = ExportStrings.of(language)
    let c = ChecklistDocumentStrings.of(language)
    let rounds = community.checklistRounds(
      templateID: options.templateID, meetingID: options.meetingID)
    var blocks = [DocumentBlocks.title(community, c.title)]
    guard !rounds.isEmpty else {
      return (blocks + [MarkdownEscaping.inline(c.noRounds)]).joined(separator: "\n\n") + "\n"
    }
    for round in rounds {
      blocks += roundBlocks(community.checklistResult(of: round), community, language, words, c)
    }
    blocks += trendBlocks(community, rounds, language, words, c)
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func roundBlocks(
    _ result: ChecklistRoundResult, _ community: Community, _ language: Language,
    _ words: ExportStrings, _ c: ChecklistDocumentStrings
  ) -> [String] {
    let round = result.round
    let meeting =
      round.meetingID.flatMap { community.meetingNumber($0) }.map { "\($0)" } ?? c.noMeeting
    var facts = [
      DocumentBlocks.fact(c.meeting, MarkdownEscaping.inline(meeting)),
      DocumentBlocks.fact(c.answers, "\(result.responseCount)"),
    ]
    if round.anonymous { facts.append("- " + MarkdownEscaping.inline(c.anonymous)) }
    var blocks = [
      DocumentBlocks.section(round.template.title(language) + " — " + words.day(round.day)),
      facts.joined(separator: "\n"),
    ]
    for item in result.items {
      blocks.append(DocumentBlocks.subsection(item.question.text(language)))
      blocks.append(itemBlock(item, language, c))
    }
    return blocks
  }

  /// Counts with bars and the mean, or the short texts (never with a name).
  private static func itemBlock(
    _ item: ChecklistItemResult, _ language: Language, _ c: ChecklistDocumentStrings
  ) -> String {
    let kind = item.question.answer
    guard kind != .shortText else {
      return item.texts.isEmpty
        ? MarkdownEscaping.inline(c.noTexts)
        : item.texts.map { "- " + MarkdownEscaping.inline($0) }.joined(separator: "\n")
    }
    guard item.answered > 0 else { return MarkdownEscaping.inline(c.nobodyAnswered) }
    let largest = item.counts.max() ?? 0
    let rows = zip(ChecklistFigures.labels(kind, language), item.counts).map { label, count in
      [label, "\(count)", ChecklistFigures.bar(count, largest: largest)]
    }
    let table = MarkdownTable.render(header: [c.answer, c.count, c.bar], rows: rows)
    let meanLabel = kind == .yesNo ? c.shareOfYes : c.mean
    let mean = item.mean.map { ChecklistFigures.value($0, kind, language) } ?? ExportStrings.missing
    return table + "\n\n"
      + [
        // The program's own figure: escaping would write 4.3 as 4\.3.
        DocumentBlocks.fact(meanLabel, mean),
        DocumentBlocks.fact(c.answered, "\(item.answered)"),
      ].joined(separator: "\n")
  }

  /// One table per checklist with two or more rounds: a row per question, a column per round.
  private static func trendBlocks(
    _ community: Community, _ rounds: [ChecklistRound], _ language: Language,
    _ words: ExportStrings, _ c: ChecklistDocumentStrings
  ) -> [String] {
    var ids: [String] = []
    for round in rounds where !ids.contains(round.template.id) { ids.append(round.template.id) }
    var blocks: [String] = []
    for id in ids {
      let all = community.checklistRounds(templateID: id)
      let trends = community.checklistTrend(templateID: id)
      guard all.count >= 2, !trends.isEmpty, let newest = all.last else { continue }
      blocks.append(DocumentBlocks.subsection(newest.template.title(language)))
      let header = [c.question] + all.map { words.day($0.day) }
      let rows = trends.map { trend in
        [trend.question.text(language)]
          + trend.points.map { point in
            point.value.map { ChecklistFigures.value($0, trend.question.answer, language) }
              ?? ExportStrings.missing
          }
      }
      blocks.append(MarkdownTable.render(header: header, rows: rows))
    }
    guard !blocks.isEmpty else { return [] }
    return [DocumentBlocks.section(c.trend), MarkdownEscaping.inline(c.trendExplained)] + blocks
  }
}
