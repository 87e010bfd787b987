import CoachCore
import Foundation

@testable import CoachUI

/// The reducer with an in-memory store behind its effects: keys in, screens and saved
/// values out, no terminal and no files.
struct TestApp {
  var state: AppState
  /// What the “store” holds after the effects ran.
  var stored: [UUID: Community] = [:]
  var trashed: [UUID: Community] = [:]
  /// The coach's notes the “store” holds, per community.
  var notebooks: [UUID: CoachNotebook] = [:]
  var effects: [Effect] = []
  /// The minutes the program asked to export: meeting and path (nil: the exports folder).
  var exports: [(meeting: UUID, path: String?)] = []
  /// The calendars the program asked to export (nil: the exports folder).
  var calendarExports: [String?] = []
  /// The reports, dossiers and hand-overs the program asked to export.
  var documentExports: [ExportDocument] = []
  /// While true every save fails, like a full disk.
  var savesFail = false
  /// Files someone else changed: their version, until the program reads or overwrites it.
  var outside: [UUID: Community] = [:]
  /// Communities saved with "keep both": their outside version was set aside.
  var keptBoth: [UUID] = []
  /// While true, `.loadAll` is not answered (the reading is still under way).
  var holdsLoadAll = false
  /// While true, `.search` is not answered (the search thread is still at it); the requests
  /// wait here.
  var holdsSearches = false
  var heldSearches: [SearchRequest] = []
  /// Files the program may read (to import members), by path.
  var files: [String: Data] = [:]
  /// Forms kept as drafts when the program ended.
  var drafts: [FormState] = []
  /// The kiosk's PIN, as the store would keep it (nil: none set yet).
  var pin: String?
  /// The coach's playbook as the “store” holds it after `.savePlaybook` (nil: never saved).
  var playbook: CoachPlaybook?
  /// While set, saving the playbook fails with this sentence.
  var playbookSaveFailure: String?

  static let now = Date(timeIntervalSince1970: 1_795_262_400)  // 2026-11-21 12:00 UTC
  static var today: CalendarDay { CalendarDay(now, in: utc) }
  static let utc = TimeZone(identifier: "UTC") ?? .current

  init(language: Language = .en, width: Int = 80, height: Int = 24, communities: [Community] = []) {
    let locale = language == .nl ? "nl_BE" : "en_GB"
    let library = Library(summaries: communities.map(CommunitySummary.init))
    state = AppState(
      language: language, dates: DateText(localeIdentifier: locale, timeZone: Self.utc),
      now: Self.now, width: width, height: height, library: library,
      idBase: UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 0)))
    for community in communities { stored[community.id] = community }
  }

  /// The demo's two communities, with dates relative to the fixed test day.
  static func demo(language: Language = .en, width: Int = 80, height: Int = 24) -> TestApp {
    TestApp(
      language: language, width: width, height: height,
      communities: DemoData.communities(today: today, now: now))
  }

  mutating func send(_ keys: Key...) {
    for key in keys { dispatch(.key(key)) }
  }

  /// Types text character by character, as a person would.
  mutating func type(_ text: String) {
    for character in text { dispatch(.key(.character(character))) }
  }

  mutating func dispatch(_ event: Event) {
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      let produced = Reducer.reduce(&state, next)
      effects += produced
      for effect in produced { queue += perform(effect) }
    }
  }

  func notebook(_ id: UUID) -> CoachNotebook {
    notebooks[id] ?? CoachNotebook(communityID: id)
  }

  private mutating func perform(_ effect: Effect) -> [Event] {
    switch effect {
    case .loadAll(let intent):
      // Held back, the way a slow disk would: the test sends the `.loaded` events itself.
      if holdsLoadAll { return [] }
      return stored.values.sorted { $0.name < $1.name }.map {
        .loaded($0, notebook: notebook($0.id), then: .remember)
      } + [.allLoaded(then: intent)]
    case .exportCalendar(_, let path, _):
      calendarExports.append(path)
      return [.exported(path: path ?? "/store/exports/calendar.ics")]
    case .exportDocument(_, let document, let path, _):
      documentExports.append(document)
      return [.exported(path: path ?? "/store/exports/document.md")]
    case .exportMinutes(_, let meeting, let path, _):
      exports.append((meeting, path))
      return [.exported(path: path ?? "/store/exports/minutes.md")]
    case .search(let request):
      if holdsSearches {
        heldSearches.append(request)
        return []
      }
      return [.searched(query: request.query, request.run())]
    case .readFollowUp(let ids):
      // Held back like `.loadAll`: the test sends the `.followUpRead` events itself.
      if holdsLoadAll { return [] }
      return ids.map { id in
        stored[id].map { .followUpRead(FollowUpDigest($0)) } ?? .loadFailed(id, message: "missing")
      }
    case .load(let id, let intent):
      guard let community = stored[id] else { return [.loadFailed(id, message: "missing")] }
      return [.loaded(community, notebook: notebook(id), then: intent)]
    case .readImportFile(let community, let path):
      guard let data = files[path] else {
        return [.importFileFailed(message: "“\(path)” cannot be read: no such file")]
      }
      return [.importFileRead(community: community, path: path, data: data)]
    case .saveDraft(let form):
      drafts.append(form)
      return []
    case .savePlaybook(let saved):
      if let playbookSaveFailure { return [.playbookSaveFailed(playbookSaveFailure)] }
      playbook = saved
      return [.playbookSaved(saved)]
    case .kioskPIN(let request):
      switch request {
      case .status: return [.kioskPIN(.isSet(pin != nil))]
      case .check(let typed):
        guard let pin else { return [.kioskPIN(.failed("no PIN"))] }
        return [.kioskPIN(.checked(matches: typed == pin))]
      case .set(let chosen):
        pin = chosen
        return [.kioskPIN(.saved)]
      }
    case .watchStore:
      return outside.isEmpty
        ? [] : [.changedOutside(outside.keys.sorted { $0.uuidString < $1.uuidString })]
    case .reload(let id):
      if let theirs = outside.removeValue(forKey: id) { stored[id] = theirs }
      guard let community = stored[id] else { return [.loadFailed(id, message: "missing")] }
      return [.reloaded(community, notebook: notebook(id))]
    case .persistOver(let operations, let reaching, let id, let choice):
      if outside.removeValue(forKey: id) != nil, choice == .keepBoth { keptBoth.append(id) }
      return perform(.persist(operations, reaching: reaching))
    case .persist(let operations, let reaching):
      if savesFail { return [.persistFailed(message: "Could not save: No space left on device.")] }
      for operation in operations {
        switch operation {
        case .save(let community):
          // The store refuses to write over a file someone else changed.
          if outside[community.id] != nil { return [.changedOutside([community.id])] }
          stored[community.id] = community
        case .saveNotebook(let notebook):
          if outside[notebook.communityID] != nil {
            return [.changedOutside([notebook.communityID])]
          }
          notebooks[notebook.communityID] = notebook
        case .trash(let id):
          trashed[id] = stored.removeValue(forKey: id)
        case .restore(let id):
          stored[id] = trashed.removeValue(forKey: id)
        }
      }
      return [.persisted(reaching)]
    }
  }

  var screen: [String] { ScreenRenderer.render(state).canvas.textRows() }
  var frame: Frame { ScreenRenderer.render(state) }
  var screenText: String { screen.joined(separator: "\n") }

  /// What the home screen and the follow-up across communities read.
  var allCommunities: LibraryContext { ContextSource(state).allCommunities() }

  /// The members a community screen shows, in its order.
  func members(_ screen: CommunityScreen) -> [Member] {
    state.library.loaded[screen.id].map { screen.visibleMembers($0) } ?? []
  }

  func stored(named name: String) -> Community? {
    stored.values.first { $0.name == name }
  }
}
