/// One teacher's answer to one question of a checklist.
public enum ChecklistAnswer: Equatable, Sendable {
  case yes
  case no
  case scale(Int)
  case text(String)

  public static let scaleRange = 1...5
  /// A short answer: a line, not an essay, on a terminal shared by the group.
  public static let textLimit = 500

  /// Whether this answer is one `kind` of question can have.
  public func fits(_ kind: ChecklistTemplate.Answer) -> Bool {
    switch (self, kind) {
    case (.yes, .yesNo), (.no, .yesNo): true
    case (.scale(let value), .scale): Self.scaleRange.contains(value)
    case (.text(let value), .shortText): !value.isEmpty && value.count <= Self.textLimit
    default: false
    }
  }
}
