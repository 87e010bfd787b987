import CoachUI
import CursesTerminal

/// Test only: with `VLGCOACH_TEST_CRASH` set, the first key press traps, so an end-to-end
/// test can see what a real crash leaves of the terminal. Read only here, by the runtime;
/// the variable has no other meaning.
final class CrashTrigger: TerminalDevice {
  static let variable = "VLGCOACH_TEST_CRASH"
  private let terminal: TerminalDevice

  init(_ terminal: TerminalDevice) { self.terminal = terminal }

  var width: Int { terminal.width }
  var height: Int { terminal.height }
  func show(_ frame: Frame) { terminal.show(frame) }
  func takeSignal() -> Int32? { terminal.takeSignal() }
  func stop() { terminal.stop() }

  func nextInput(timeoutMilliseconds: Int32) -> TerminalInput? {
    let input = terminal.nextInput(timeoutMilliseconds: timeoutMilliseconds)
    if case .key = input { fatalError("\(Self.variable) is set: crashing on the first key") }
    return input
  }
}
