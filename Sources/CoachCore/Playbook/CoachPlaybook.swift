/// The coach's own checklists and discussion protocols: copies of the builtin ones (or of
/// each other), changed to fit a group. Kept in `playbook.plist` beside `store.plist`.
public struct CoachPlaybook: Equatable, Sendable {
  /// The newest version of each own checklist; answers to older versions keep theirs.
  public internal(set) var checklists: [ChecklistTemplate]
  public internal(set) var protocols: [DiscussionProtocol]

  public init(checklists: [ChecklistTemplate] = [], protocols: [DiscussionProtocol] = []) {
    self.checklists = checklists
    self.protocols = protocols
  }

  /// The checklists to choose from: the builtin ones and these.
  public var catalog: ChecklistCatalog { ChecklistCatalog(custom: checklists) }

  /// The protocols to choose from: the builtin ones, then these.
  public var allProtocols: [DiscussionProtocol] { DiscussionProtocol.builtin + protocols }

  /// An id of lowercase letters, digits and dashes: typed on the command line, kept for years.
  static func checkedID(_ raw: String) throws -> String {
    let id = TextCleaning.line(raw)
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard !id.isEmpty, id.count <= idLimit, allowed, id.first != "-" else {
      throw ChecklistError.invalidID(id)
    }
    return id
  }

  public static let idLimit = 40
}
