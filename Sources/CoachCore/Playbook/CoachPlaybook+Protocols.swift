import Foundation

/// Copying and changing the coach's own discussion protocols.
extension CoachPlaybook {
  /// One change to a protocol's steps; numbers are 1-based.
  public enum StepEdit: Equatable, Sendable {
    case minutes(Int, Int)
    case title(Int, String)
    case who(Int, String)
    case add(title: String, minutes: Int, who: String)
    case remove(Int)
  }

  /// A protocol as a person names it: its id or its name in either language.
  public func discussionProtocol(named reference: String, language: Language) throws
    -> DiscussionProtocol
  {
    let methods = allProtocols
    let wanted = TextCleaning.line(reference).lowercased()
    if let byID = methods.first(where: { $0.id.lowercased() == wanted }) { return byID }
    let named = methods.flatMap { method in
      [method.name.nl, method.name.en].map { (UUID(), method, $0) }
    }
    let names = methods.map { $0.name(language) }
    switch NameLookup.find(reference, in: named, id: \.0, name: \.2) {
    case .found(let match): return match.1
    case .ambiguous(let matches):
      if Set(matches.map(\.1.id)).count == 1, let only = matches.first { return only.1 }
      throw ChecklistError.unknownProtocol(reference, known: names)
    case .none: throw ChecklistError.unknownProtocol(reference, known: names)
    }
  }

  @discardableResult
  public mutating func copyProtocol(_ method: DiscussionProtocol, id rawID: String, name: String)
    throws -> DiscussionProtocol
  {
    let id = try Self.checkedID(rawID)
    guard !allProtocols.contains(where: { $0.id == id }) else { throw ChecklistError.idTaken(id) }
    let line = TextCleaning.line(name)
    guard !line.isEmpty else { throw ChecklistError.emptyName }
    let copy = DiscussionProtocol(
      id: id, name: LocalizedText(nl: line, en: line), purpose: method.purpose,
      steps: method.steps)
    protocols.append(copy)
    return copy
  }

  /// Applies `edits` in order to the own protocol `id`; all or nothing.
  @discardableResult
  public mutating func editProtocol(_ id: String, _ edits: [StepEdit]) throws
    -> DiscussionProtocol
  {
    guard let index = protocols.firstIndex(where: { $0.id == id }) else {
      let builtin = DiscussionProtocol.builtin.first { $0.id == id }
      throw ChecklistError.builtinNotEditable(builtin?.name.en ?? id)
    }
    var method = protocols[index]
    for edit in edits { try Self.apply(edit, to: &method.steps) }
    guard !method.steps.isEmpty else { throw ChecklistError.noSteps }
    protocols[index] = method
    return method
  }

  static func apply(_ edit: StepEdit, to steps: inout [DiscussionProtocol.Step]) throws {
    func checked(_ number: Int) throws -> Int {
      guard steps.indices.contains(number - 1) else {
        throw ChecklistError.noSuchStep(number, count: steps.count)
      }
      return number - 1
    }
    func minutes(_ value: Int) throws -> Int {
      guard DiscussionProtocol.stepMinutes.contains(value) else {
        throw ChecklistError.minutesOutOfRange(value)
      }
      return value
    }
    func text(_ raw: String) throws -> LocalizedText {
      let line = TextCleaning.line(raw)
      guard !line.isEmpty else { throw ChecklistError.emptyStep }
      return LocalizedText(nl: line, en: line)
    }
    switch edit {
    case .minutes(let number, let value):
      steps[try checked(number)].minutes = try minutes(value)
    case .title(let number, let raw):
      steps[try checked(number)].title = try text(raw)
    case .who(let number, let raw):
      steps[try checked(number)].who = try text(raw)
    case .add(let title, let value, let who):
      guard steps.count < DiscussionProtocol.stepLimit else {
        throw ChecklistError.tooManySteps(DiscussionProtocol.stepLimit)
      }
      steps.append(
        DiscussionProtocol.Step(try text(title), minutes: try minutes(value), who: try text(who)))
    case .remove(let number):
      steps.remove(at: try checked(number))
    }
  }
}
