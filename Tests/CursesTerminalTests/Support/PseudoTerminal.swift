import CoachUI
import Foundation
import Glibc

@testable import CursesTerminal

/// A pseudo-terminal with ncurses on its terminal side: the test types bytes into the
/// other side, as a terminal emulator would, and reads the keys the real input path makes.
final class PseudoTerminal {
  private let master: Int32
  let screen: CursesScreen

  enum Failure: Error { case cannotOpen(String) }

  init(terminalType: String = "xterm-256color") throws {
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0, Self.unlockpt(master) == 0, let name = Self.ptsname(master)
    else { throw Failure.cannotOpen("/dev/ptmx") }
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0, let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w")
    else { throw Failure.cannotOpen(String(cString: name)) }
    // ncurses' own output must never fill the pty and block it.
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    screen = try CursesScreen.start(terminalType: terminalType, output: output, input: input)
    drain()
  }

  deinit {
    drain()
    screen.stop()
    drain()
    close(master)
  }

  // Swift's Glibc module hides the XSI pty functions; they are in libc all the same.
  private typealias Unlock = @convention(c) (Int32) -> Int32
  private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  private static func unlockpt(_ fd: Int32) -> Int32 {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "unlockpt") else { return -1 }
    return unsafeBitCast(symbol, to: Unlock.self)(fd)
  }

  private static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "ptsname") else { return nil }
    return unsafeBitCast(symbol, to: Name.self)(fd)
  }

  /// Sends bytes as one write: the way a terminal passes on a key sequence or a paste.
  func type(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 { offset += written } else { usleep(1000) }
      drain()
    }
  }

  func type(_ text: String) { type(Array(text.utf8)) }

  /// Every key the screen reads until nothing arrives for `quiet` milliseconds.
  func keys(quiet: Int32 = 150) -> [Key] {
    var keys: [Key] = []
    while let input = screen.read(timeoutMilliseconds: quiet) {
      if case .key(let key) = input { keys.append(key) }
      drain()
    }
    return keys
  }

  private func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while read(master, &buffer, buffer.count) > 0 {}
  }
}
