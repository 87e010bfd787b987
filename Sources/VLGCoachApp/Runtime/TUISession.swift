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
  /// `vlgcoach kiosk`: the shared terminal instead of the coach's screens.
  var kiosk: KioskStart? = nil

  /// Returns the exit code.
  func run() -> Int32 {
    let config = options.config
    let language = options.language
    let environment = options.environment
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printError(CLIStrings.forLanguage(language).needsTerminal)
      return 2
    }
    let directory: URL
    do {
      directory = demo ? try makeDemoStore() : options.storeURL
    } catch {
      printError(ErrorSentence.text(for: error, in: language))
      return 1
    }
    defer { if demo { try? FileManager.default.removeItem(at: directory) } }

    let store: PropertyListStore
    do {
      store = try PropertyListStore(directory: directory)
    } catch {
      printError(ErrorSentence.text(for: error, in: language))
      return 1
    }
    var kioskSetup: KioskSetup?
    if let kiosk {
      do {
        kioskSetup = try KioskSetup(kiosk, store: store, language: language)
      } catch {
        printError(ErrorSentence.text(for: error, in: language))
        return 1
      }
    }
    let locator = ThemeLocator(storeDirectory: directory, environment: environment)
    let theme: Theme
    do {
      theme = try chooseTheme(store: store, locator: locator, configured: config.theme)
    } catch {
      printError(ErrorSentence.text(for: error, in: language))
      return 1
    }
    let useColors = (environment["NO_COLOR"] ?? "").isEmpty

    SignalWatch.install(crashMessage: CLIStrings.forLanguage(language).crashed)
    let screen: CursesScreen
    do {
      screen = try CursesScreen.start(
        theme: useColors ? theme : theme.withoutColors, useColors: useColors)
    } catch {
      printError(ErrorSentence.text(for: error, in: language))
      return 2
    }
    var state = initialState(
      store: store, language: language, environment: environment, screen: screen, config: config)
    let runner = EffectRunner(store: store, language: language)
    store.defersCaches = true
    if let kioskSetup {
      state.startKiosk(
        on: kioskSetup.community, notebook: kioskSetup.notebook, template: kioskSetup.template,
        anonymous: kioskSetup.anonymous)
    }
    let loop = EventLoop(
      state: state,
      terminal: environment[CrashTrigger.variable] == nil ? screen : CrashTrigger(screen),
      runner: runner)
    if kioskSetup != nil { loop.dispatch(.kioskPIN(runner.kioskPIN(.status))) }
    loop.run()
    screen.stop()

    // A signal decides the status even when a save failed: whoever sent it reads 128 + n.
    let saveFailed: Bool
    if case .failed(let reason) = loop.state.saveStatus {
      printError(reason)
      saveFailed = true
    } else {
      saveFailed = false
    }
    if let signal = loop.signal { return 128 + signal }
    return saveFailed ? 1 : 0
  }

  /// The theme `--theme` names (and remembers in the store), else the remembered one.
  func chooseTheme(store: PropertyListStore, locator: ThemeLocator, configured: String? = nil)
    throws -> Theme
  {
    if let themeName {
      let theme = try locator.load(themeName)
      let remembered = ThemeLocator.remembered(themeName)
      if !store.isReadOnly && !demo && store.settings.theme != remembered {
        var settings = store.settings
        settings.theme = remembered
        try? store.saveSettings(settings)
      }
      return theme
    }
    for name in [configured, store.settings.theme, "default"].compactMap({ $0 }) {
      if let theme = try? locator.load(name) { return theme }
    }
    return .plain
  }

  private func initialState(
    store: PropertyListStore, language: Language, environment: [String: String],
    screen: CursesScreen, config: UserConfig
  ) -> AppState {
    let dates = DateText(
      localeIdentifier: DateText.locale(for: language, environment: environment), timeZone: .current
    )
    var state = AppState(
      language: language, dates: dates, now: Date(), width: screen.width, height: screen.height,
      library: Library(summaries: store.summaries))
    state.isDemo = demo
    state.keyOverrides = config.keys
    if case .readOnly(let reason) = store.access {
      state.saveStatus = .readOnly(reason.message(language))
    }
    if !store.isReadOnly, !demo, let draft = FormDraftFile(storeDirectory: store.directory).take() {
      state.overlays.append(.form(draft))
      state.flash = state.strings.draftRestored
    }
    var problems = store.problems.map { $0.message(language) } + config.problems
    // A damaged playbook leaves the builtin checklists; the coach is told why hers are gone.
    do {
      let playbook = try store.readPlaybook()
      state.customChecklists = playbook.checklists
      state.customProtocols = playbook.protocols
    } catch {
      problems.append(ErrorSentence.text(for: error, in: language))
    }
    if !problems.isEmpty {
      state.overlays.append(.message(title: state.strings.storeProblemsTitle, lines: problems))
    }
    return state
  }

  /// A new temporary store with the sample communities; removed when the program ends.
  private func makeDemoStore() throws -> URL {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-demo-" + UUID().uuidString.prefix(8))
    let store = try PropertyListStore(directory: base)
    let now = Date()
    let today = CalendarDay(now, in: .current)
    for community in DemoData.communities(today: today, now: now) {
      try store.save(community)
      try store.saveNotebook(DemoData.notebook(for: community))
    }
    return base
  }
}
