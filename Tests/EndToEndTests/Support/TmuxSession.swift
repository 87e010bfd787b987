import Foundation
import Glibc
import Testing

/// The real binary in a tmux pane on a private server (`tmux -L`), so tests never touch
/// the user's tmux and never interfere with each other.
///
/// The pane runs `sh -c '"$0" "$@"; echo EXIT=$?; stty -a; echo <end marker>; exec sleep'`
/// in an `env -i` environment: when the program ends, the shell reports its exit status and
/// the terminal's modes, and the pane stays open to be read. Every wait polls the screen;
/// nothing sleeps for a fixed time.
final class TmuxSession {
  static let endMarker = "E2E-PANE-DONE"

  let socket: String
  let target = "e2e"
  /// The socket file, which tmux leaves behind when its server ends.
  private var socketPath: String?
  private var killed = false

  /// Starts `vlgcoach arguments` in a `width` × `height` pane with exactly `environment`.
  init(
    _ arguments: [String], environment: [String: String], width: Int = 80, height: Int = 24
  ) throws {
    socket = "vlgcoach-e2e-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
    let binary = try VLGCoachBinary.url()
    let script =
      "\"$0\" \"$@\"; echo \"EXIT=$?\"; stty -a; echo \(Self.endMarker); exec sleep 600"
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // tmux runs a command given as several arguments directly, without a shell: no quoting.
    let command = ["env", "-i"] + assignments + ["sh", "-c", script, binary.path] + arguments
    try tmux(
      ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "--"] + command)
    socketPath = try? display("#{socket_path}")
  }

  deinit { kill() }

  /// Ends the private tmux server and everything running in it.
  func kill() {
    guard !killed else { return }
    killed = true
    _ = try? tmux(["kill-server"], allowFailure: true)
    if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
  }

  // MARK: - Driving

  /// Sends key names as tmux knows them: "Enter", "Tab", "Escape", "C-s", "a".
  func sendKeys(_ keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types `text` literally, accents and spaces included.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", "--", text])
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// A tmux format about the pane, e.g. `#{pane_pid}` or `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The visible screen, one line per row, trailing spaces removed. With
  /// `includingHistory`, also what scrolled off the top of the normal screen, and lines the
  /// terminal wrapped joined again (so `stty -a` words stay whole in a narrow window).
  func capture(includingHistory: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", target] + (includingHistory ? ["-J", "-S", "-"] : []))
  }

  /// The pid of the program: the child of the pane's shell.
  func programPID() throws -> pid_t {
    guard let shell = pid_t(try display("#{pane_pid}")) else {
      throw EndToEndFailure("no pane pid")
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
      guard let pid = pid_t(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let open = stat.firstIndex(of: "("),
        let close = stat.range(of: ")", options: .backwards), open < close.lowerBound
      else { continue }
      // "pid (comm) state ppid ..."
      let fields = stat[close.upperBound...].split(separator: " ")
      let name = stat[stat.index(after: open)..<close.lowerBound]
      if fields.count > 1, pid_t(fields[1]) == shell, name == "vlgcoach" { return pid }
    }
    throw EndToEndFailure("the vlgcoach process (child of \(shell)) was not found")
  }

  // MARK: - Waiting

  /// Polls the screen every 50 ms until `condition` holds; fails with the last screen.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Duration = .seconds(15), _ condition: (String) -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + timeout
    var screen = ""
    while true {
      screen = try capture()
      if condition(screen) { return screen }
      if screen.contains(Self.endMarker) {
        throw EndToEndFailure("The program ended while waiting for \(what). Screen:\n\(screen)")
      }
      if ContinuousClock.now > deadline { break }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw EndToEndFailure("Timed out after \(timeout) waiting for \(what). Last screen:\n\(screen)")
  }

  @discardableResult
  func waitFor(text: String, timeout: Duration = .seconds(15)) async throws -> String {
    try await waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
  }

  @discardableResult
  func waitForGone(text: String, timeout: Duration = .seconds(15)) async throws -> String {
    try await waitFor("“\(text)” to go away", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits for the program to end; returns its exit status and what the shell printed
  /// after it (scrolled-off lines included, so it works in a small window too).
  func waitForExit(timeout: Duration = .seconds(15)) async throws -> (status: Int32, screen: String)
  {
    let deadline = ContinuousClock.now + timeout
    var screen = ""
    while true {
      screen = try capture()
      if screen.contains(Self.endMarker) {
        screen = try capture(includingHistory: true)
        break
      }
      if ContinuousClock.now > deadline {
        throw EndToEndFailure(
          "Timed out after \(timeout) waiting for the program to end. Last screen:\n\(screen)")
      }
      try await Task.sleep(for: .milliseconds(50))
    }
    guard let line = screen.split(separator: "\n").last(where: { $0.hasPrefix("EXIT=") }),
      let status = Int32(line.dropFirst("EXIT=".count).trimmingCharacters(in: .whitespaces))
    else {
      throw EndToEndFailure("No exit status on the screen:\n\(screen)")
    }
    return (status, screen)
  }

  // MARK: - tmux

  @discardableResult
  private func tmux(_ arguments: [String], allowFailure: Bool = false) throws -> String {
    // -f /dev/null: no user configuration; -u: UTF-8 whatever the locale.
    let result = try runQuick(
      try executablePath("tmux"), ["-f", "/dev/null", "-u", "-L", socket] + arguments,
      environment: [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
        "HOME": FileManager.default.temporaryDirectory.path,
      ])
    if result.status != 0 && !allowFailure {
      throw EndToEndFailure(
        "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout
  }
}

/// The words of `stty -a` on the screen, for checking that the terminal was restored.
func sttyFlags(_ screen: String) -> Set<String> {
  guard let start = screen.range(of: "speed ") else { return [] }
  let text = screen[start.lowerBound...]
  return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
}

/// Checks that the terminal is usable after the program ended: line editing and echo on,
/// the normal screen back, the cursor visible.
func expectSaneTerminal(_ session: TmuxSession, _ screen: String) throws {
  let flags = sttyFlags(screen)
  #expect(flags.contains("icanon"), "stty: icanon off\n\(screen)")
  #expect(flags.contains("echo"), "stty: echo off\n\(screen)")
  #expect(flags.contains("isig"), "stty: isig off\n\(screen)")
  #expect(flags.contains("icrnl"), "stty: icrnl off\n\(screen)")
  #expect(flags.contains("opost"), "stty: opost off\n\(screen)")
  #expect(!flags.contains("-icanon") && !flags.contains("-echo"), "\(screen)")
  #expect(try session.display("#{alternate_on}") == "0", "still on the alternate screen")
  #expect(try session.display("#{cursor_flag}") == "1", "cursor left invisible")
}
