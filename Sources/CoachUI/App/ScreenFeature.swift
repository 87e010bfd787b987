import CoachCore
import Foundation

/// A screen: its state is a value on the navigation stack; it reads its data from a context
/// that holds only what it may show, acts on the keys of its own table, draws itself, and
/// asks the program for everything else with commands (another screen, a form, a change
/// made with CoachCore's operations, a save, an export).
protocol ScreenFeature: Equatable, Sendable {
  associatedtype Action: Sendable
  associatedtype Context: ScreenContext

  /// This screen as a route of the navigation stack.
  var route: Route { get }
  /// The community it shows, if it shows one.
  var shownCommunityID: UUID? { get }
  /// Its data; nil when it is gone (the screen then closes).
  func context(_ source: ContextSource) -> Context?
  func keys(_ context: Context) -> KeyTable<Action>
  mutating func perform(_ action: Action, key: Key, _ context: Context) -> [ScreenCommand]
  func render(_ context: Context, _ canvas: inout Canvas) -> Frame.Cursor?
  /// After an undo or redo: selections stay inside lists that became shorter.
  mutating func repair(_ context: Context)
  /// The list filter the coach types into (“/”), if the screen has one now.
  var filter: FilterState? { get set }
  /// A screen that is typed into (the search): a key its table does not bind goes to
  /// `type`, and the keys of every screen (`?`, `u`) are text there.
  var takesText: Bool { get }
  /// Edits the screen's text for a key its table does not bind; nil: not a text key.
  mutating func type(_ key: Key, _ context: Context) -> [ScreenCommand]?
}

extension ScreenFeature {
  var filter: FilterState? {
    get { nil }
    set {}
  }

  mutating func repair(_ context: Context) {}

  var takesText: Bool { false }

  mutating func type(_ key: Key, _ context: Context) -> [ScreenCommand]? { nil }
}

/// What a screen asks of the program, in order.
enum ScreenCommand: Sendable {
  case push(Route)
  case pop
  case present(Overlay)
  /// A change made with CoachCore's operations on the context's copy: recorded for undo and
  /// saved (refused, with the reason, in a read-only store).
  case save(Community, label: String)
  /// The coach's notes, changed with CoachCore's operations: recorded and saved the same way.
  case saveNotes(CoachNotebook, label: String)
  case flash(String)
  case effect(Effect)
  /// `q` on the home screen: quit, asking first when something would be lost.
  case quit
  /// Ids handed out to what the screen created (the next id of the program's generator).
  case usedIDs(IDGenerator)
}
