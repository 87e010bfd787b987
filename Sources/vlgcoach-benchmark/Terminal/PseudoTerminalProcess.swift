import Foundation
import Glibc

/// The real program in a pseudo-terminal, as a terminal emulator runs it: the benchmark reads
/// every byte it draws, with the time it arrived, and types keys into it.
final class PseudoTerminalProcess {
  enum Failure: Error, CustomStringConvertible {
    case cannotOpen(String)
    case cannotStart(String)

    var description: String {
      switch self {
      case .cannotOpen(let what): "cannot open a pseudo-terminal: \(what)"
      case .cannotStart(let what): "cannot start \(what)"
      }
    }
  }

  let pid: pid_t
  private let master: Int32
  private let clock = ContinuousClock()
  /// When the program was spawned; every arrival is measured from here.
  let started: ContinuousClock.Instant
  private(set) var output: [UInt8] = []
  /// When each read arrived: the length of `output` after it, and the instant.
  private var arrivals: [(end: Int, at: ContinuousClock.Instant)] = []

  /// Spawns `executable` with `arguments` on a new pseudo-terminal of `width`×`height`.
  init(
    executable: String, arguments: [String], width: Int, height: Int,
    environment: [String: String]
  ) throws {
    let (master, slavePath) = try PTY.open(width: width, height: height)
    self.master = master

    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    // A session of its own, so the terminal opened first becomes its controlling terminal.
    posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    started = clock.now
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      throw Failure.cannotStart("\(executable): \(String(cString: strerror(result)))")
    }
    pid = child
  }

  deinit {
    close(master)
  }

  /// Whether the last `settle` saw its marker (always true without one).
  private(set) var sawMarker = true

  /// Reads until nothing arrives for `quiet` after the last byte (or `limit` passes), and
  /// returns the time from the spawn to that last byte. `until`, if given, must also have
  /// appeared in what was read since this call began (see `sawMarker`).
  @discardableResult
  func settle(
    quiet: Duration = .milliseconds(150), limit: Duration = .seconds(30),
    until marker: String? = nil, needsOutput: Bool = false
  ) -> Duration {
    let begin = clock.now
    let from = output.count
    var lastByte = clock.now
    var sawMarker = marker == nil
    var buffer = [UInt8](repeating: 0, count: 65536)
    while clock.now - begin < limit {
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      let waited = poll(&poller, 1, 5)
      if waited > 0 {
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
          lastByte = clock.now
          output += buffer[0..<count]
          arrivals.append((output.count, lastByte))
          if !sawMarker, let marker {
            sawMarker = String(decoding: output[from...], as: UTF8.self).contains(marker)
          }
          continue
        }
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) { break }
      }
      if sawMarker && (!needsOutput || output.count > from) && clock.now - lastByte >= quiet {
        break
      }
    }
    self.sawMarker = sawMarker
    return lastByte - started
  }

  /// When the first of `markers` to arrive after byte `offset` of the output arrived: the
  /// moment the coach first sees it, while the screen may go on drawing.
  func firstArrival(of markers: [String], after offset: Int) -> ContinuousClock.Instant? {
    guard offset <= output.count else { return nil }
    let ends = markers.compactMap { output[offset...].firstRange(of: Array($0.utf8))?.upperBound }
    guard let end = ends.min() else { return nil }
    return arrivals.first { $0.end >= end }?.at
  }

  /// Types bytes, as one write; returns when they were written.
  @discardableResult
  func type(_ text: String) -> ContinuousClock.Instant {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 { offset += written } else { usleep(200) }
    }
    return clock.now
  }

  /// Bytes drawn since `index` into the output.
  func bytes(since index: Int) -> Int { output.count - index }

  /// Peak resident memory so far, from /proc (VmHWM), in bytes.
  func peakResidentBytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      return kilobytes.map { $0 * 1024 }
    }
    return nil
  }

  /// Ends the program (SIGTERM: it saves and restores the terminal) and waits for it.
  func end() {
    kill(pid, SIGTERM)
    var buffer = [UInt8](repeating: 0, count: 65536)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      _ = read(master, &buffer, buffer.count)
      usleep(1000)
    }
  }
}
