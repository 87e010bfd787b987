import Foundation

/// How checklist results are drawn as text, the same on the coach's screen, the command line
/// and the export: bars of █ scaled to the largest count, a mean with one decimal, a share
/// of yes in per cent, and a sparkline of means.
public enum ChecklistFigures {
  /// The widest bar, in characters.
  public static let barWidth = 20

  /// A bar for `count` when the largest count is `largest`: at least one block for any
  /// answer, so one vote never looks like none.
  public static func bar(_ count: Int, largest: Int, width: Int = barWidth) -> String {
    guard count > 0, largest > 0, width > 0 else { return "" }
    let length = max(1, Int((Double(count) * Double(width) / Double(largest)).rounded()))
    return String(repeating: "█", count: min(length, width))
  }

  /// The answers a question's counts stand for: "ja"/"nee" or "1"…"5".
  public static func labels(_ kind: ChecklistTemplate.Answer, _ language: Language) -> [String] {
    switch kind {
    case .yesNo: language == .nl ? ["ja", "nee"] : ["yes", "no"]
    case .scale: ChecklistAnswer.scaleRange.map(String.init)
    case .shortText: []
    }
  }

  /// A mean of a scale ("4,3" in Dutch, "4.3" in English) or a share of yes ("75 %").
  public static func value(
    _ value: Double, _ kind: ChecklistTemplate.Answer, _ language: Language
  ) -> String {
    switch kind {
    case .yesNo:
      return "\(Int((value * 100).rounded())) %"
    case .scale, .shortText:
      let text = String(format: "%.1f", value)
      return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }
  }

  /// One block per point, ▁ (lowest) to █ (highest) over the question's own range; a space
  /// where the round did not ask it or nobody answered.
  public static func sparkline(_ values: [Double?], _ kind: ChecklistTemplate.Answer) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    let range: ClosedRange<Double> =
      kind == .yesNo
      ? 0...1
      : Double(
        ChecklistAnswer.scaleRange.lowerBound)...Double(ChecklistAnswer.scaleRange.upperBound)
    return String(
      values.map { value -> Character in
        guard let value else { return " " }
        let share = (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        let index = Int((share * Double(blocks.count - 1)).rounded())
        return blocks[min(max(index, 0), blocks.count - 1)]
      })
  }
}
