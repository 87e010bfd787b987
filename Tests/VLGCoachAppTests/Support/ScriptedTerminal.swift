import CoachUI
import CursesTerminal

@testable import VLGCoachApp

/// A terminal that plays a list of inputs to the event loop and keeps every frame shown.
final class ScriptedTerminal: TerminalDevice {
  enum Step {
    case input(TerminalInput)
    /// The wait times out: the loop ticks.
    case timeout
    case signal(Int32)
  }

  private var steps: [Step]
  private var pendingSignal: Int32?
  private(set) var frames: [Frame] = []
  private(set) var stopped = false
  var width = 80
  var height = 24

  init(_ steps: [Step]) {
    self.steps = steps
  }

  static func typing(_ text: String) -> [Step] {
    text.map { .input(.key(.character($0))) }
  }

  func show(_ frame: Frame) { frames.append(frame) }

  func nextInput(timeoutMilliseconds: Int32) -> TerminalInput? {
    // When the script runs out, Ctrl-C ends the loop instead of ticking for ever.
    guard !steps.isEmpty else { return .key(.control("c")) }
    switch steps.removeFirst() {
    case .input(let input): return input
    case .timeout: return nil
    case .signal(let number):
      pendingSignal = number
      return nil
    }
  }

  func takeSignal() -> Int32? {
    defer { pendingSignal = nil }
    return pendingSignal
  }

  func stop() { stopped = true }

  var lastScreen: String { frames.last?.canvas.text ?? "" }
}
