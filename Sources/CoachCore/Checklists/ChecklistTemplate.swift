/// A checklist teachers fill in (meeting evaluation, conditions, self-assessment), versioned:
/// a changed copy is a new version, so answers given to an older one keep their questions.
public struct ChecklistTemplate: Equatable, Identifiable, Sendable {
  public enum Answer: String, CaseIterable, Equatable, Sendable {
    case yesNo
    /// 1 (not at all) to 5 (completely).
    case scale
    case shortText
  }

  public struct Question: Equatable, Identifiable, Sendable {
    /// Stable over versions: the trend follows a question by its id, whatever its place.
    public let id: String
    public var text: LocalizedText
    public var answer: Answer

    public init(id: String, _ text: LocalizedText, _ answer: Answer) {
      self.id = id
      self.text = text
      self.answer = answer
    }
  }

  public let id: String
  public let version: Int
  public var title: LocalizedText
  public var questions: [Question]

  public init(id: String, version: Int = 1, title: LocalizedText, questions: [Question]) {
    self.id = id
    self.version = version
    self.title = title
    self.questions = questions
  }

  /// The coach's copy to change: the same id one version on (answers to this one keep it).
  public func nextVersion(title: LocalizedText? = nil, questions: [Question]) -> ChecklistTemplate {
    ChecklistTemplate(
      id: id, version: version + 1, title: title ?? self.title, questions: questions)
  }

  public func question(withID id: String) -> Question? { questions.first { $0.id == id } }

  /// The most a checklist may ask; more would not fit a teacher's patience nor the screen.
  public static let questionLimit = 30
}
