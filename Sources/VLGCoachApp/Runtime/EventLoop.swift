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
      terminal.show(ScreenRenderer.render(state))
      let input = terminal.nextInput(timeoutMilliseconds: 1000)
      if let received = terminal.takeSignal() {
        signal = received
        dispatch(.terminate)
        break
      }
      if input != nil { catchUpClock() }
      switch input {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
      case nil: dispatch(.tick(now: clock()))
      }
    }
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
        queue += runner.perform(effect)
      }
    }
  }
}
