import Glibc

/// Reads a PIN from /dev/tty with echo off, whatever stdin and stdout are, so a PIN never
/// comes from a pipe or an argument and never shows on the screen.
///
/// The terminal runs byte by byte without signals while a PIN is typed: Ctrl-C arrives as a
/// byte and cancels through the normal path, which restores the terminal. A signal would
/// kill the process with echo still off.
final class TerminalPINPrompt: PINPrompt {
  private let fd: Int32
  /// Longer input is no PIN; reading stops keeping it so that memory stays bounded.
  private let longest = 256

  init() throws {
    fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw KioskPINError.noTerminal }
  }

  deinit { close(fd) }

  func readSecret(_ prompt: String) throws -> String {
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { throw KioskPINError.noTerminal }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
    withUnsafeMutableBytes(of: &quiet.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    guard tcsetattr(fd, TCSANOW, &quiet) == 0 else {
      throw KioskPINError.terminalFailed(String(cString: strerror(errno)))
    }
    defer {
      _ = tcsetattr(fd, TCSANOW, &saved)
      // The Enter typed was not echoed: move on to a new line ourselves.
      show("\r\n")
    }
    show(prompt)
    return try readLine()
  }

  private func readLine() throws -> String {
    var line: [UInt8] = []
    while true {
      var byte: UInt8 = 0
      let count = read(fd, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw KioskPINError.terminalFailed(String(cString: strerror(errno))) }
      if count == 0 { throw KioskPINError.cancelled }
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return String(decoding: line, as: UTF8.self)
      case 0x03: throw KioskPINError.cancelled  // Ctrl-C
      case 0x04 where line.isEmpty: throw KioskPINError.cancelled  // Ctrl-D
      case 0x7F, 0x08: _ = line.popLast()  // Backspace
      case 0x15: line.removeAll()  // Ctrl-U
      default: if line.count < longest { line.append(byte) }
      }
    }
  }

  private func show(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(fd, &bytes, bytes.count)
  }
}
