import CoachCore
import Foundation
import FuzzSupport

@testable import CoachUI

/// One fuzz session: the demo, `events` random events through the real reducer and
/// renderer, every frame checked; now and then back home and down a path to a known
/// screen (`EverySizeTests.paths`), so the deep screens get their share; at the end the
/// data must survive the store's encoding and undo must bring it back to the start.
struct KeyFuzz {
  let seed: UInt64
  let events: Int
  var language: Language = .en

  /// Events that made the program quit (the event loop would stop; the fuzz goes on).
  private(set) var quits = 0
  /// The screens and overlays reached, by kind, and the changes undone at the end: a fuzz
  /// that never left the home screen would prove little.
  private(set) var reached: Set<String> = []
  private(set) var changes = 0

  private var app = TestApp.demo()
  private var size = (width: 80, height: 24)
  private var recent: [String] = []
  private var sent = 0

  init(seed: UInt64, events: Int, language: Language = .en) {
    self.seed = seed
    self.events = events
    self.language = language
    app = TestApp.demo(language: language)
  }

  private struct Found: Error { let problem: String }

  /// The first problem found, with the events that led to it and the screen; nil if none.
  mutating func run() -> String? {
    var generator = FuzzEvents(random: SeededRandom(seed: seed))
    let start = app.stored
    do {
      while sent < events {
        if let path = generator.jump() {
          try goHome()
          for key in path { try step([.key(key)]) }
        } else {
          try step(generator.next(app.state))
        }
      }
      if let problem = StoreRoundTrip.problem(Array(app.stored.values)) {
        throw Found(problem: "round trip: \(problem)")
      }
      try goHome()
      try undoEverything()
    } catch let found as Found {
      return report(found.problem)
    } catch {
      return report("\(error)")
    }
    if app.stored != start {
      let changed = start.keys.filter { app.stored[$0] != start[$0] }.map(\.uuidString)
      return report(
        "undo left \(app.state.history.past.count) steps and did not restore \(changed)"
          + " (\(app.stored.count) communities stored, \(start.count) at the start)")
    }
    return nil
  }

  /// Dispatches one burst of events (one read of the terminal) and checks the frame.
  private mutating func step(_ burst: [Event]) throws {
    for event in burst {
      if case .resize(let width, let height) = event { size = (width, height) }
      app.dispatch(event)
    }
    sent += 1
    recent = Array((recent + [Self.describe(burst)]).suffix(12))
    if app.state.isQuitting {
      quits += 1
      app.state.isQuitting = false
    }
    reached.insert(Self.kind(of: app.state))
    let canvas = app.frame.canvas
    if let problem = FrameChecks.problem(canvas, width: size.width, height: size.height) {
      throw Found(problem: "event \(sent): \(problem)")
    }
  }

  /// Esc until the home screen shows alone (at a size where keys act); a question to
  /// discard typed text is answered yes, any other no.
  private mutating func goHome() throws {
    if app.state.isTooSmall { try step([.resize(width: 80, height: 24)]) }
    for _ in 0..<100 {
      if case .confirm(let question) = app.state.overlays.last, question.action == .discardForm {
        try step([.key(.character(language == .nl ? "j" : "y"))])
      } else if !app.state.overlays.isEmpty || app.state.routes.count > 1
        || Reducer.isTypingInFilter(app.state)
      {
        try step([.key(.escape)])
      } else {
        return
      }
    }
    throw Found(problem: "Esc did not lead back to the home screen")
  }

  /// `u` until nothing is left to undo.
  private mutating func undoEverything() throws {
    changes = app.state.history.past.count
    var left = changes
    while left > 0 {
      try step([.key(.character("u"))])
      let now = app.state.history.past.count
      guard now < left else { throw Found(problem: "u did not undo (\(left) steps left)") }
      left = now
    }
  }

  private func report(_ problem: String) -> String {
    "seed \(seed) (\(language), \(events) events): \(problem)\nlast events:\n"
      + recent.joined(separator: "\n") + "\nscreen:\n" + app.screenText
  }

  private static func kind(of state: AppState) -> String {
    let screen = "\(state.route)".prefix { $0 != "(" }
    guard let overlay = state.overlays.last else { return String(screen) }
    return screen + "+" + "\(overlay)".prefix { $0 != "(" }
  }

  private static func describe(_ burst: [Event]) -> String {
    guard burst.count > 1 else { return burst.first.map { "\($0)" } ?? "" }
    let text = burst.map { event -> String in
      if case .key(.character(let character)) = event { return String(character) }
      return "⏎"
    }
    return "paste \(text.joined().debugDescription)"
  }
}
