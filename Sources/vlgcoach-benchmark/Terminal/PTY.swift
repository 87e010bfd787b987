import Glibc

/// Swift's Glibc module hides the XSI pty functions; they are in libc all the same.
enum PTY {
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
