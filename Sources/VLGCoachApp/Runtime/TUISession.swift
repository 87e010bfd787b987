import CoachCore
import CoachUI
import CursesTerminal
import Foundation
import Glibc

/// Opens the full-screen program: the store, the theme, the terminal; runs the event loop;
/// and restores the terminal whatever happens.
struct TUISession {
  let options: StoreOptions
  let themeName: String?
  let demo: Bool

  /// Returns the exit code.
  func run() -> Int32 {
    let language = options.language
    let environment = options.environment
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printError(
        language == .nl
          ? "vlgcoach heeft een terminal nodig. Gebruik in scripts de subcommando's, bv. vlgcoach community list."
          : "vlgcoach needs a terminal. In scripts, use the subcommands, e.g. vlgcoach community list."
      )
      return 2
    }
    let directory: URL
    do {
      directory = demo ? try makeDemoStore() : options.storeURL
    } catch {
      printError(describe(error, language))
      return 1
    }
    defer { if demo { try? FileManager.default.removeItem(at: directory) } }

    let store: PropertyListStore
    do {
      store = try PropertyListStore(directory: directory)
    } catch {
      printError(describe(error, language))
      return 1
    }
    let locator = ThemeLocator(storeDirectory: directory, environment: environment)
    let theme: Theme
    do {
      theme = try chooseTheme(store: store, locator: locator)
    } catch {
      printError(describe(error, language))
      return 1
    }
    let useColors = (environment["NO_COLOR"] ?? "").isEmpty

    SignalWatch.install()
    let screen: CursesScreen
    do {
      screen = try CursesScreen.start(
        theme: useColors ? theme : theme.withoutColors, useColors: useColors)
    } catch {
      printError(describe(error, language))
      return 2
    }
    let loop = EventLoop(
      state: initialState(
        store: store, language: language, environment: environment, screen: screen),
      terminal: screen, runner: EffectRunner(store: store, language: language))
    loop.run()
    screen.stop()

    if case .failed(let reason) = loop.state.saveStatus {
      printError(reason)
      return 1
    }
    if let signal = loop.signal { return 128 + signal }
    return 0
  }

  private func chooseTheme(store: PropertyListStore, locator: ThemeLocator) throws -> Theme {
    if let themeName {
      let theme = try locator.load(themeName)
      if !store.isReadOnly && !demo && store.settings.theme != themeName {
        var settings = store.settings
        settings.theme = themeName
        try? store.saveSettings(settings)
      }
      return theme
    }
    for name in [store.settings.theme, "default"].compactMap({ $0 }) {
      if let theme = try? locator.load(name) { return theme }
    }
    return .plain
  }

  private func initialState(
    store: PropertyListStore, language: Language, environment: [String: String],
    screen: CursesScreen
  ) -> AppState {
    let dates = DateText(
      localeIdentifier: DateText.locale(for: language, environment: environment), timeZone: .current
    )
    var state = AppState(
      language: language, dates: dates, now: Date(), width: screen.width, height: screen.height,
      library: Library(summaries: store.summaries))
    state.isDemo = demo
    if case .readOnly(let reason) = store.access {
      state.saveStatus = .readOnly(reason.message(language))
    }
    if !store.problems.isEmpty {
      state.overlays.append(
        .message(
          title: state.strings.storeProblemsTitle,
          lines: store.problems.map { $0.message(language) }))
    }
    return state
  }

  /// A new temporary store with the sample communities; removed when the program ends.
  private func makeDemoStore() throws -> URL {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-demo-" + UUID().uuidString.prefix(8))
    let store = try PropertyListStore(directory: base)
    let now = Date()
    for community in DemoData.communities(today: CalendarDay(now, in: .current), now: now) {
      try store.save(community)
    }
    return base
  }

  private func describe(_ error: Error, _ language: Language) -> String {
    let nl = language == .nl
    switch error {
    case let error as StoreError:
      return error.message(language)
    case ThemeLocator.Failure.notFound(let name, let available):
      return nl
        ? "Thema “\(name)” niet gevonden. Beschikbaar: \(available.joined(separator: ", "))."
        : "Theme “\(name)” not found. Available: \(available.joined(separator: ", "))."
    case ThemeLocator.Failure.unreadable(let path, let reason):
      return nl
        ? "Thema \(path) is onleesbaar: \(reason)" : "Theme \(path) cannot be read: \(reason)"
    case TerminalError.notATerminal:
      return nl ? "vlgcoach heeft een terminal nodig." : "vlgcoach needs a terminal."
    case TerminalError.cannotStart(let reason):
      return nl
        ? "De terminal kan niet gestart worden: \(reason)."
        : "Cannot start the terminal: \(reason)."
    default:
      return String(describing: error)
    }
  }
}
