/// How the group answered one question in one round.
public struct ChecklistItemResult: Equatable, Sendable {
  public let question: ChecklistTemplate.Question
  /// How many answered this question.
  public let answered: Int
  /// Yes/no: [yes, no]. Scale: the number of 1s, 2s, … 5s. Short text: empty.
  public let counts: [Int]
  /// Scale: the mean (1–5). Yes/no: the share of yes (0–1). nil without answers or for text.
  public let mean: Double?
  /// Short texts, in the order they were given.
  public let texts: [String]

  init(question: ChecklistTemplate.Question, answers: [ChecklistAnswer]) {
    self.question = question
    self.answered = answers.count
    switch question.answer {
    case .yesNo:
      let yes = answers.filter { $0 == .yes }.count
      counts = [yes, answers.count - yes]
      mean = answers.isEmpty ? nil : Double(yes) / Double(answers.count)
      texts = []
    case .scale:
      var tally = Array(repeating: 0, count: ChecklistAnswer.scaleRange.count)
      var sum = 0
      for case .scale(let value) in answers {
        tally[value - ChecklistAnswer.scaleRange.lowerBound] += 1
        sum += value
      }
      counts = tally
      mean = answers.isEmpty ? nil : Double(sum) / Double(answers.count)
      texts = []
    case .shortText:
      counts = []
      mean = nil
      texts = answers.compactMap {
        if case .text(let text) = $0 { return text }
        return nil
      }
    }
  }
}
