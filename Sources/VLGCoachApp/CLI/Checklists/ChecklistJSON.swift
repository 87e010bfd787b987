import CoachCore
import Foundation

/// `checklist results --json`: the rounds (oldest first) and the trends. Every key is always
/// there (`null` when there is no value), days are `YYYY-MM-DD`; no answer carries a name.
struct ChecklistResultsJSON: Encodable {
  let community: String
  let rounds: [ChecklistRoundJSON]
  let trends: [ChecklistTrendJSON]

  init(_ community: Community, rounds: [ChecklistRound], language: Language) {
    self.community = community.name
    self.rounds = rounds.map {
      ChecklistRoundJSON(community.checklistResult(of: $0), community, language)
    }
    var ids: [String] = []
    for round in rounds where !ids.contains(round.template.id) { ids.append(round.template.id) }
    trends = ids.compactMap { id in
      guard community.checklistRounds(templateID: id).count >= 2 else { return nil }
      return ChecklistTrendJSON(
        checklist: id,
        questions: community.checklistTrend(templateID: id).map {
          ChecklistTrendJSON.Question($0, language)
        })
    }
  }
}

struct ChecklistRoundJSON: Encodable {
  let id: String
  let checklist: String
  let version: Int
  let title: String
  let day: String
  /// The meeting's number, `null` for a round not tied to a meeting.
  let meeting: Int?
  let anonymous: Bool
  let answers: Int
  /// `null` in an anonymous round: nobody knows who answered.
  let notAnswered: [String]?
  let questions: [ChecklistItemJSON]

  init(_ result: ChecklistRoundResult, _ community: Community, _ language: Language) {
    let round = result.round
    id = round.id.uuidString
    checklist = round.template.id
    version = round.template.version
    title = round.template.title(language)
    day = round.day.iso
    meeting = round.meetingID.flatMap { community.meetingNumber($0) }
    anonymous = round.anonymous
    answers = result.responseCount
    notAnswered = result.notAnswered?.map(\.name)
    questions = result.items.map { ChecklistItemJSON($0, language) }
  }

  enum CodingKeys: String, CodingKey {
    case id, checklist, version, title, day, meeting, anonymous, answers, notAnswered, questions
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(checklist, forKey: .checklist)
    try container.encode(version, forKey: .version)
    try container.encode(title, forKey: .title)
    try container.encode(day, forKey: .day)
    try container.encode(meeting, forKey: .meeting)
    try container.encode(anonymous, forKey: .anonymous)
    try container.encode(answers, forKey: .answers)
    try container.encode(notAnswered, forKey: .notAnswered)
    try container.encode(questions, forKey: .questions)
  }
}

/// One question's results: `counts` are [yes, no] or the number of 1s…5s, empty for text.
struct ChecklistItemJSON: Encodable {
  let id: String
  let text: String
  let kind: String
  let answered: Int
  let counts: [Int]
  /// The scale's mean or the share of yes (0–1); `null` without answers or for text.
  let mean: Double?
  let texts: [String]

  init(_ item: ChecklistItemResult, _ language: Language) {
    id = item.question.id
    text = item.question.text(language)
    kind = item.question.answer.rawValue
    answered = item.answered
    counts = item.counts
    mean = item.mean.map { ($0 * 100).rounded() / 100 }
    texts = item.texts
  }

  enum CodingKeys: String, CodingKey { case id, text, kind, answered, counts, mean, texts }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(kind, forKey: .kind)
    try container.encode(answered, forKey: .answered)
    try container.encode(counts, forKey: .counts)
    try container.encode(mean, forKey: .mean)
    try container.encode(texts, forKey: .texts)
  }
}

/// A checklist's questions over its rounds, oldest first.
struct ChecklistTrendJSON: Encodable {
  struct Question: Encodable {
    struct Point: Encodable {
      let round: String
      let day: String
      let value: Double?

      func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(round, forKey: .round)
        try container.encode(day, forKey: .day)
        try container.encode(value, forKey: .value)
      }

      enum CodingKeys: String, CodingKey { case round, day, value }
    }

    let id: String
    let text: String
    let kind: String
    let points: [Point]

    init(_ trend: ChecklistTrend, _ language: Language) {
      id = trend.question.id
      text = trend.question.text(language)
      kind = trend.question.answer.rawValue
      points = trend.points.map {
        Point(
          round: $0.roundID.uuidString, day: $0.day.iso,
          value: $0.value.map { ($0 * 100).rounded() / 100 })
      }
    }
  }

  let checklist: String
  let questions: [Question]
}
