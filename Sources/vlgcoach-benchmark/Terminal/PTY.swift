import Glibc

/// Swift's Glibc module hides the XSI pty functions; they are in libc all the same.
enum PTY {
  /// A new pseudo-terminal of `width`×`height`: its master side (non-blocking) and the path
  /// of its terminal side.
  static func open(width: Int, height: Int) throws -> (master: Int32, terminal: String) {
    let master = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0, call("unlockpt", master) == 0, let name = name(master) else {
      if master >= 0 { close(master) }
      throw PseudoTerminalProcess.Failure.cannotOpen("/dev/ptmx")
    }
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    return (master, String(cString: name))
  }

  private typealias IntFunction = @convention(c) (Int32) -> Int32
  private typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  static func call(_ function: String, _ fd: Int32) -> Int32 {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), function) else { return -1 }
    return unsafeBitCast(symbol, to: IntFunction.self)(fd)
  }

  static func name(_ fd: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "ptsname") else {
      return nil
    }
    return unsafeBitCast(symbol, to: NameFunction.self)(fd)
  }
}
