import CoachCore
import Foundation

/// Everything the screens show, as one value. Only the reducer changes it.
public struct AppState: Equatable, Sendable {
  public var language: Language
  public var dates: DateText
  public var now: Date
  public var today: CalendarDay
  public var width: Int
  public var height: Int
  public var library: Library
  /// What the store holds, as far as the program knows: the next save writes the difference
  /// between this and `library`, so a save that failed is tried again.
  public var savedLibrary: Library
  public var ids: IDGenerator
  /// The navigation stack; never empty, home at the bottom.
  public var routes: [Route] = [.home(HomeScreen())]
  public var overlays: [Overlay] = []
  public var saveStatus: SaveStatus = .saved
  /// A one-line message for the last action, until the next key.
  public var flash: String?
  /// The first row of the help overlay in view, when it is taller than the screen.
  public var helpTop = 0
  public var history = UndoHistory()
  public var isDemo = false
  /// Other keys for some actions, from the config file.
  public var keyOverrides = KeyOverrides()
  public var isQuitting = false
  /// The shared terminal, while it is on: it has every key and the whole screen.
  public var kiosk: KioskSession?
  /// The open agreements of communities not read in full, from the store's digests: what the
  /// follow-up across communities shows of them. A community read in full is taken from
  /// `library` instead.
  public var followUpDigests: [UUID: FollowUpDigest] = [:]
  /// The coach's own checklists (from `playbook.plist`), read at the start.
  public var customChecklists: [ChecklistTemplate] = []
  /// The coach's own discussion protocols, offered after the playbook's.
  public var customProtocols: [DiscussionProtocol] = []

  public init(
    language: Language, dates: DateText, now: Date, width: Int, height: Int, library: Library,
    idBase: UUID = UUID()
  ) {
    self.language = language
    self.dates = dates
    self.now = now
    self.today = CalendarDay(now, in: dates.timeZone)
    self.width = width
    self.height = height
    self.library = library
    self.savedLibrary = library
    self.ids = IDGenerator(base: idBase)
  }

  public var strings: UIStrings { .forLanguage(language) }

  public var route: Route { routes.last ?? .home(HomeScreen()) }

  public var isReadOnly: Bool { readOnlyReason != nil }

  /// Why nothing can be changed now (another vlgcoach has the store, a newer file); nil when
  /// changes are saved. Every binding that changes data is refused with this sentence.
  public var readOnlyReason: String? {
    if case .readOnly(let reason) = saveStatus { return reason }
    return nil
  }

  /// The smallest terminal the screens are laid out for.
  public static let minimumWidth = 50
  public static let minimumHeight = 12

  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
