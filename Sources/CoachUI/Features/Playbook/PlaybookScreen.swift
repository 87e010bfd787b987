import CoachCore
import Foundation

/// The coach's playbook: the checklists and the discussion protocols (Tab), builtin and own,
/// and one of them opened (Enter) with its questions or steps. Own ones are changed here
/// with CoachPlaybook's operations and saved to `playbook.plist`.
public struct PlaybookScreen: Equatable, Sendable {
  public enum Section: CaseIterable, Equatable, Sendable {
    case checklists
    case protocols
  }

  public var section: Section = .checklists
  /// The selected row of the section's list.
  public var selection = 0
  /// The checklist or protocol whose questions or steps are shown; nil: the list.
  public var openID: String?
  /// The selected question or step of the open one.
  public var itemSelection = 0

  public init() {}
}

extension PlaybookScreen: ScreenFeature {
  var route: Route { .playbook(self) }
  var shownCommunityID: UUID? { nil }

  func context(_ source: ContextSource) -> PlaybookContext? { PlaybookContext(env: source.env) }

  func keys(_ context: PlaybookContext) -> KeyTable<PlaybookAction> {
    PlaybookKeys.table(self, context)
  }

  func render(_ context: PlaybookContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    PlaybookView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: PlaybookContext) {
    selection = max(0, min(selection, rowCount(context) - 1))
    if openID != nil, itemCount(context) == nil { openID = nil }
    itemSelection = max(0, min(itemSelection, (itemCount(context) ?? 0) - 1))
  }
}
