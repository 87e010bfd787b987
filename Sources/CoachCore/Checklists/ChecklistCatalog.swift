import Foundation

/// The checklists a coach can hand out: the playbook's own and the coach's edited copies (the
/// newest version of each id wins).
public struct ChecklistCatalog: Equatable, Sendable {
  public private(set) var templates: [ChecklistTemplate]

  public init(custom: [ChecklistTemplate] = []) {
    var newest: [String: ChecklistTemplate] = [:]
    for template in ChecklistTemplate.builtin + custom
    where template.version >= (newest[template.id]?.version ?? 0) {
      newest[template.id] = template
    }
    let order = ChecklistTemplate.builtin.map(\.id) + custom.map(\.id)
    var seen = Set<String>()
    templates = order.compactMap { id in
      seen.insert(id).inserted ? newest[id] : nil
    }
  }

  public func template(withID id: String) -> ChecklistTemplate? {
    templates.first { $0.id == id }
  }

  /// A checklist as a person names it: its id, or its title in either language (whole, a
  /// unique prefix, or from one of its words on).
  public func template(named reference: String, language: Language) throws -> ChecklistTemplate {
    let wanted = TextCleaning.line(reference).lowercased()
    if let byID = templates.first(where: { $0.id.lowercased() == wanted }) { return byID }
    let named = templates.flatMap { template in
      [template.title.nl, template.title.en].map { (UUID(), template, $0) }
    }
    let titles = templates.map { $0.title(language) }
    switch NameLookup.find(reference, in: named, id: \.0, name: \.2) {
    case .found(let match): return match.1
    case .ambiguous(let matches):
      let ids = Set(matches.map(\.1.id))
      if ids.count == 1, let only = matches.first { return only.1 }
      throw ChecklistError.unknownChecklist(reference, known: titles)
    case .none: throw ChecklistError.unknownChecklist(reference, known: titles)
    }
  }
}
