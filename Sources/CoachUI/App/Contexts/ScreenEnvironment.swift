import CoachCore
import Foundation

/// What every screen may know besides its data: the language, the clock, the terminal's size
/// and whether changes can be saved. No community is reachable from here.
public struct ScreenEnvironment: Sendable {
  public let language: Language
  public let dates: DateText
  public let now: Date
  public let today: CalendarDay
  public let width: Int
  public let height: Int
  /// Why nothing can be changed now; nil when changes are saved.
  public let readOnlyReason: String?
  public let keyOverrides: KeyOverrides
  /// New ids for what the screen creates (the reducer stays pure: they come from the state).
  public let ids: IDGenerator
  /// The coach's own checklists, offered beside the builtin ones.
  public let customChecklists: [ChecklistTemplate]
  public let customProtocols: [DiscussionProtocol]

  init(_ state: AppState) {
    language = state.language
    dates = state.dates
    now = state.now
    today = state.today
    width = state.width
    height = state.height
    readOnlyReason = state.readOnlyReason
    keyOverrides = state.keyOverrides
    ids = state.ids
    customChecklists = state.customChecklists
    customProtocols = state.customProtocols
  }

  public var strings: UIStrings { .forLanguage(language) }
  public var isReadOnly: Bool { readOnlyReason != nil }
  /// Rows of a list that fit on screen: the page size of PgUp/PgDn.
  public var listPageSize: Int { max(1, height - 8) }
}

/// A screen's context: its data, and the environment every screen has.
public protocol ScreenContext: Sendable {
  var env: ScreenEnvironment { get }
}

extension ScreenContext {
  public var strings: UIStrings { env.strings }
  public var language: Language { env.language }
  public var dates: DateText { env.dates }
  public var today: CalendarDay { env.today }
  public var now: Date { env.now }
  public var readOnlyReason: String? { env.readOnlyReason }
  public var isReadOnly: Bool { env.isReadOnly }
  public var listPageSize: Int { env.listPageSize }
}
