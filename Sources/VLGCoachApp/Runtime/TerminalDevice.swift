import CoachUI
import CursesTerminal

/// What the event loop needs of a terminal; the real one is ncurses, tests use a script.
protocol TerminalDevice: AnyObject {
  var width: Int { get }
  var height: Int { get }
  func show(_ frame: Frame)
  /// The next input, or nil when `timeoutMilliseconds` passed or a signal arrived.
  func nextInput(timeoutMilliseconds: Int32) -> TerminalInput?
  /// A polite signal (SIGINT, SIGTERM, SIGHUP) received since the last call.
  func takeSignal() -> Int32?
  func stop()
}

extension CursesScreen: TerminalDevice {
  func show(_ frame: Frame) {
    draw(frame.canvas, cursor: frame.cursor.map { (x: $0.x, y: $0.y) })
  }

  func nextInput(timeoutMilliseconds: Int32) -> TerminalInput? {
    read(timeoutMilliseconds: timeoutMilliseconds)
  }

  func takeSignal() -> Int32? {
    SignalWatch.takePending()
  }
}
