import Foundation
import Glibc

/// Starts programs with a clean slate, which Foundation's `Process` does not give here:
/// - its children inherit the calling thread's signal mask, and the test runs on dispatch
///   worker threads that block almost every signal (a tmux server started that way had
///   SIGTERM and SIGCHLD blocked, and neither kill-server nor SIGTERM ended it);
/// - its children inherit the socket Foundation watches to notice their end, so a child
///   that leaves a daemon behind (the tmux server) is never seen to finish, and parallel
///   tests leak such descriptors into each other's children.
/// So: `posix_spawn` with an empty signal mask, default dispositions, and no descriptor
/// but 0, 1 and 2.
struct ChildProcess {
  let pid: pid_t
  let name: String

  /// Starts `executable` (an absolute path) with exactly `environment`; the three
  /// descriptors become its stdin, stdout and stderr.
  static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdin: Int32, stdout: Int32, stderr: Int32
  ) throws -> ChildProcess {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    closeInheritedDescriptors(&actions)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw EndToEndFailure("cannot start \(executable): \(String(cString: strerror(result)))")
    }
    return ChildProcess(pid: pid, name: ([executable] + arguments).joined(separator: " "))
  }

  /// Every descriptor from 3 up is closed in the child: with glibc's
  /// `posix_spawn_file_actions_addclosefrom_np` (2.34+; not visible to Swift without
  /// _GNU_SOURCE, hence `dlsym`), else one by one as /proc/self/fd lists them.
  private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32)
      -> Int32
    if let symbol = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    {
      let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
      if closeFrom(&actions, 3) == 0 { return }
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
  }

  /// The exit status once the process ended (128 + n for a signal n), nil while it runs.
  func poll() throws -> Int32? {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    if result == 0 { return nil }
    guard result == pid else { throw EndToEndFailure("waitpid(\(pid)) failed: errno \(errno)") }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Waits for the end, polling; kills the process and fails after `timeout`.
  func wait(timeout: Duration) async throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let status = try poll() { return status }
      if ContinuousClock.now > deadline {
        Glibc.kill(pid, SIGKILL)
        _ = try? poll()
        throw EndToEndFailure("“\(name)” did not finish within \(timeout)")
      }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  /// The same, for quick commands, without suspending (used where no `await` is possible).
  func waitBlocking(timeout: Duration) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let status = try poll() { return status }
      if ContinuousClock.now > deadline {
        Glibc.kill(pid, SIGKILL)
        _ = try? poll()
        throw EndToEndFailure("“\(name)” did not finish within \(timeout)")
      }
      usleep(2_000)
    }
  }
}

/// Runs a quick command and returns its status, stdout and stderr. Reads with `poll` and
/// kills the command after `timeout`, so a stuck command cannot hang the suite.
func runQuick(
  _ executable: String, _ arguments: [String], environment: [String: String],
  timeout: Duration = .seconds(10)
) throws -> (status: Int32, stdout: String, stderr: String) {
  var outputPipe: [Int32] = [0, 0]
  var errorPipe: [Int32] = [0, 0]
  guard makePipe(&outputPipe), makePipe(&errorPipe) else {
    throw EndToEndFailure("pipe failed: errno \(errno)")
  }
  let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
  let child: ChildProcess
  do {
    defer {
      close(outputPipe[1])
      close(errorPipe[1])
      close(devNull)
    }
    child = try ChildProcess.spawn(
      executable, arguments, environment: environment, stdin: devNull, stdout: outputPipe[1],
      stderr: errorPipe[1])
  } catch {
    close(outputPipe[0])
    close(errorPipe[0])
    throw error
  }
  defer {
    close(outputPipe[0])
    close(errorPipe[0])
  }
  var output: [UInt8] = []
  var errors: [UInt8] = []
  var open = [outputPipe[0], errorPipe[0]]
  let deadline = ContinuousClock.now + timeout
  var buffer = [UInt8](repeating: 0, count: 65536)
  while !open.isEmpty {
    if ContinuousClock.now > deadline {
      Glibc.kill(child.pid, SIGKILL)
      _ = try? child.waitBlocking(timeout: .seconds(5))
      throw EndToEndFailure("“\(child.name)” did not finish within \(timeout)")
    }
    var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    let ready = Glibc.poll(&descriptors, nfds_t(descriptors.count), 100)
    if ready < 0 && errno != EINTR { throw EndToEndFailure("poll failed: errno \(errno)") }
    for descriptor in descriptors where descriptor.revents != 0 {
      let count = buffer.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
      if count > 0 {
        if descriptor.fd == outputPipe[0] {
          output += buffer.prefix(count)
        } else {
          errors += buffer.prefix(count)
        }
      } else if count == 0 || errno != EINTR {
        open.removeAll { $0 == descriptor.fd }
      }
    }
  }
  let status = try child.waitBlocking(
    timeout: max(.zero, deadline - ContinuousClock.now) + .seconds(1))
  return (status, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

/// A pipe whose ends close on exec, so they cannot leak into programs other tests start
/// at the same moment (`pipe2` is hidden from Swift without _GNU_SOURCE, hence `dlsym`).
private func makePipe(_ descriptors: inout [Int32]) -> Bool {
  typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
  if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2") {
    let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
    return descriptors.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) } == 0
  }
  guard pipe(&descriptors) == 0 else { return false }
  for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
  return true
}

/// `name` in the first of `folders` where it is an executable file.
func executablePath(_ name: String, in folders: [String] = ["/usr/local/bin", "/usr/bin", "/bin"])
  throws -> String
{
  for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
    return folder + "/" + name
  }
  throw EndToEndFailure("\(name) not found in \(folders)")
}
