import CoachCore
import CoachUI
import CursesTerminal
import Foundation

/// The program's heartbeat: draw, wait for a key (or a second to pass), reduce, perform
/// the effects, repeat until the state says quit.
final class EventLoop {
  private(set) var state: AppState
  private let terminal: TerminalDevice
  private let runner: EffectRunner
  private let clock: () -> Date
  /// The signal that ended the loop, if one did.
  private(set) var signal: Int32?
  /// The reading of every community (`.loadAll`), while it runs off the key path.
  private var loading: BackgroundLoad?
  /// Effects that wait, in order, while the store is lent to the reading.
  private var waiting: [Effect] = []
  /// The search, off the key path (made on the first `.search`).
  private var searching: SearchWorker?

  init(
    state: AppState, terminal: TerminalDevice, runner: EffectRunner,
    clock: @escaping () -> Date = Date.init
  ) {
    self.state = state
    self.terminal = terminal
    self.runner = runner
    self.clock = clock
  }

  /// Runs until the coach quits or a signal arrives.
  func run() {
    dispatch(.resize(width: terminal.width, height: terminal.height))
    while !state.isQuitting {
      takeLoaded()
      if state.isQuitting { break }
      terminal.show(ScreenRenderer.render(state))
      // The caches a save left (the index, the follow-up digests), once the change shows;
      // not while the store is lent to the reading.
      if loading == nil { runner.store.writePendingCaches() }
      // While communities are read, wake often to show them coming in.
      let busy = loading != nil || searching?.isBusy == true
      let input = terminal.nextInput(timeoutMilliseconds: busy ? 16 : 1000)
      // The shared terminal is not ended by an interrupt or a quit (the key read with it
      // still counts); SIGTERM and a closed terminal still save and stop.
      if let received = terminal.takeSignal(),
        state.kiosk == nil || (received != SIGINT && received != SIGQUIT)
      {
        signal = received
        dispatch(.terminate)
        break
      }
      if input != nil { catchUpClock() }
      switch input {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
      case nil:
        // A wait cut short by the reading is no second without input: tick only when due.
        if !busy { dispatch(.tick(now: clock())) } else { catchUpClock() }
      }
    }
    finishLoading()
    searching?.stop()
    runner.store.writePendingCaches()
  }

  /// The wait only times out after a second without input, so while someone types the
  /// clock would stand still (and the live meeting's timer freeze). Before any input, tick
  /// when the state's clock is a second or more off (either way: the system clock may jump).
  private func catchUpClock() {
    let now = clock()
    if abs(now.timeIntervalSince(state.now)) >= 1 { dispatch(.tick(now: now)) }
  }

  /// Reduces an event and everything its effects answer, in order.
  func dispatch(_ event: Event) {
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in Reducer.reduce(&state, next) {
        queue += perform(effect)
      }
    }
  }

  /// Performs an effect, unless the store is lent to the reading: then it waits its turn
  /// (a check for outside changes is skipped instead: the next tick does it). `.loadAll`
  /// starts the reading of the communities the program has not read yet.
  private func perform(_ effect: Effect) -> [Event] {
    // The search needs no store: it runs even while the store is lent to the reading.
    if case .search(let request) = effect {
      let worker = searching ?? SearchWorker()
      searching = worker
      worker.submit(request)
      return []
    }
    if loading != nil {
      if effect != .watchStore { waiting.append(effect) }
      return []
    }
    if case .loadAll(let intent) = effect {
      let library = state.library
      let missing = library.summaries.map(\.id).filter { library.loaded[$0] == nil }
      loading = BackgroundLoad(missing, then: intent, runner: runner)
      return []
    }
    if case .readFollowUp(let ids) = effect {
      loading = BackgroundLoad(ids, runner: runner) { runner, id in runner.followUpDigest(id) }
      return []
    }
    return runner.perform(effect)
  }

  /// Hands the communities read so far to the reducer; once the reading is over, the store
  /// is the loop's again and the effects that waited run, in order.
  func takeLoaded() {
    for event in searching?.take() ?? [] { dispatch(event) }
    guard let job = loading else { return }
    let (events, finished) = job.take()
    if finished { loading = nil }
    for event in events { dispatch(event) }
    guard finished else { return }
    while loading == nil, !waiting.isEmpty {
      let effect = waiting.removeFirst()
      for event in perform(effect) { dispatch(event) }
    }
  }

  /// Waits for the reading (and the search) to end and takes what they found (and runs what
  /// waited).
  func waitForLoading() {
    while let job = loading {
      job.wait()
      takeLoaded()
    }
    while let worker = searching, worker.isBusy {
      usleep(1000)
    }
    takeLoaded()
  }

  /// The program ends: the reading stops after the community it is at, and what waited (a
  /// save, a draft) is done before the terminal is given back.
  private func finishLoading() {
    while let job = loading {
      job.cancelAndWait()
      takeLoaded()
    }
  }
}
