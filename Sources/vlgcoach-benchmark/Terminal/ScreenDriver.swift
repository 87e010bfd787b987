import CoachCore
import CoachUI
import CursesTerminal
import Foundation
import Glibc

/// The program's own path from key to terminal, in this process: the reducer, the renderer
/// and ncurses drawing into a pseudo-terminal, with the store answering the effects a key
/// asks for. What one key costs is measured here, and the bytes it writes.
final class ScreenDriver {
  private(set) var state: AppState
  let store: PropertyListStore
  private let terminal: DrainedTerminal
  private let clock = ContinuousClock()
  /// Searches asked for by the last key: the program runs them on a thread of their own.
  private var pendingSearches: [SearchRequest] = []

  init(store: PropertyListStore, width: Int, height: Int, language: Language = .nl) throws {
    self.store = store
    let now = Date()
    let locale = language == .nl ? "nl_BE" : "en_GB"
    state = AppState(
      language: language, dates: DateText(localeIdentifier: locale, timeZone: .current), now: now,
      width: width, height: height, library: Library(summaries: store.summaries))
    terminal = try DrainedTerminal(width: width, height: height)
    draw()
  }

  /// Reduces `key`, answers its effects, renders and draws: the time, the bytes written and
  /// this thread's CPU time over the same span (in milliseconds).
  @discardableResult
  func send(_ key: Key) -> (time: Duration, bytes: Int, cpu: Double) {
    answerSearches()
    let cpu = threadCPUTime()
    let start = clock.now
    dispatch(.key(key))
    let bytes = draw()
    let time = clock.now - start
    return (time, bytes, threadCPUTime() - cpu)
  }

  /// The hits of the searches the last key asked for, as the program's search thread would
  /// have answered them meanwhile (outside the time of any key).
  func answerSearches() {
    guard let request = pendingSearches.last else { return }
    pendingSearches = []
    dispatch(.searched(query: request.query, request.run()))
    draw()
  }

  func dispatch(_ event: Event) {
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in Reducer.reduce(&state, next) { queue += perform(effect) }
    }
  }

  /// Draws the state as it is; the bytes ncurses wrote.
  @discardableResult
  func draw() -> Int {
    let frame = ScreenRenderer.render(state)
    terminal.screen.draw(frame.canvas, cursor: frame.cursor.map { ($0.x, $0.y) })
    return terminal.drain()
  }

  /// The text on the screen now, row by row.
  var screenText: String {
    let canvas = ScreenRenderer.render(state).canvas
    return (0..<canvas.height).map { y in
      (0..<canvas.width).map { canvas[$0, y].text }.joined()
    }.joined(separator: "\n")
  }

  private func perform(_ effect: Effect) -> [Event] {
    switch effect {
    case .load(let id, let intent):
      return read(id, then: intent)
    case .loadAll(let intent):
      let unread = state.library.summaries.map(\.id).filter { state.library.loaded[$0] == nil }
      return unread.flatMap { read($0, then: .remember) } + [.allLoaded(then: intent)]
    case .search(let request):
      // Off the key path in the program: answered before the next key, not in this one.
      pendingSearches.append(request)
      return []
    case .readFollowUp(let ids):
      return ids.map { id in
        do {
          return .followUpRead(try store.followUpDigest(id))
        } catch {
          return .loadFailed(id, message: "\(error)")
        }
      }
    case .persist(let operations, let reaching):
      do {
        for operation in operations {
          switch operation {
          case .save(let community): try store.save(community)
          case .saveNotebook(let notebook): try store.saveNotebook(notebook)
          case .trash, .restore: break
          }
        }
        return [.persisted(reaching)]
      } catch {
        return [.persistFailed(message: "\(error)")]
      }
    default:
      return []
    }
  }

  private func read(_ id: UUID, then intent: LoadIntent) -> [Event] {
    do {
      let community = try store.community(id)
      return [.loaded(community, notebook: try store.notebook(id), then: intent)]
    } catch {
      return [.loadFailed(id, message: "\(error)")]
    }
  }
}

/// ncurses on a pseudo-terminal whose other side is read empty after every frame.
private final class DrainedTerminal {
  let screen: CursesScreen
  private let master: Int32

  init(width: Int, height: Int) throws {
    let (master, name) = try PTY.open(width: width, height: height)
    self.master = master
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0, let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w")
    else { throw PseudoTerminalProcess.Failure.cannotOpen(name) }
    screen = try CursesScreen.start(
      terminalType: "xterm-256color", output: output, input: input)
    _ = drain()
  }

  deinit {
    screen.stop()
    _ = drain()
    close(master)
  }

  /// Reads what ncurses wrote; how many bytes.
  func drain() -> Int {
    var total = 0
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(master, &buffer, buffer.count)
      if count <= 0 { return total }
      total += count
    }
  }
}

extension ScreenDriver {
  /// Back to the home screen with no community read, as just after the start.
  func forgetLoaded() {
    let fresh = Library(summaries: store.summaries)
    state.routes = [.home(HomeScreen())]
    state.overlays = []
    state.library = fresh
    state.savedLibrary = fresh
    draw()
  }
}
