import Foundation
import FuzzSupport
import Glibc
import Testing

/// SIGKILL at any moment of a write: every change the command line acknowledged is there
/// afterwards, and the store always opens. Short by default; VLGCOACH_LONG=1 kills 240 times.
@Suite("Killed while writing, with the real binary")
struct KillEndToEndTests {
  @Test("SIGKILL during writes loses no acknowledged change and never damages the store")
  func killsDuringWrites() async throws {
    let seed: UInt64 = 20_261_203
    var dice = SeededRandom(seed: seed)
    let scratch = try Scratch()
    let binary = try VLGCoachBinary.url().path
    let environment = scratch.environment()
    let store = ["--store", scratch.store.path]
    _ = try await vlgcoach(["community", "add", "VLG Handel"], in: scratch)

    // How long one write takes, start to end: the kills fall anywhere in it.
    let started = ContinuousClock.now
    for index in 0..<3 {
      _ = try await vlgcoach(
        ["member", "add", "Meting \(index)", "--community", "handel"], in: scratch)
    }
    let window = (ContinuousClock.now - started) / 3
    let windowMicroseconds =
      UInt64(window.components.attoseconds / 1_000_000_000_000)
      + UInt64(window.components.seconds) * 1_000_000

    var members = ["Meting 0", "Meting 1", "Meting 2"]
    var communities = ["VLG Handel"]
    var counts = (acknowledged: 0, killed: 0, landedAnyway: 0)
    let rounds = FuzzLength.rounds(short: 40, long: 240)
    for round in 0..<rounds {
      let isCommunity = Int.random(in: 0..<5, using: &dice) == 0
      let name = isCommunity ? "VLG Ronde \(round)" : "Lid \(round)"
      let arguments =
        isCommunity
        ? ["community", "add", name] : ["member", "add", name, "--community", "handel"]
      let quiet = open("/dev/null", O_RDWR | O_CLOEXEC)
      defer { close(quiet) }
      let child = try ChildProcess.spawn(
        binary, arguments + store, environment: environment, stdin: quiet, stdout: quiet,
        stderr: quiet)
      usleep(useconds_t(UInt64.random(in: 0...windowMicroseconds, using: &dice)))
      Glibc.kill(child.pid, SIGKILL)
      let status = try await child.wait(timeout: .seconds(10))

      let listing = try await vlgcoach(
        ["member", "list", "--community", "handel", "--json"], in: scratch)
      #expect(
        listing.status == 0, "seed \(seed) round \(round): the store does not open\n\(listing)")
      let everyone = try await communityNames(in: scratch)
      if status == 0 {
        counts.acknowledged += 1
        if isCommunity { communities.append(name) } else { members.append(name) }
      } else {
        counts.killed += 1
        let landed = isCommunity ? everyone.contains(name) : listing.stdout.contains("\"\(name)\"")
        if landed {
          // Killed after the rename, before it could say so: there, which is fine.
          counts.landedAnyway += 1
          if isCommunity { communities.append(name) } else { members.append(name) }
        }
      }
      for member in members {
        #expect(
          listing.stdout.contains("\"\(member)\""),
          "seed \(seed) round \(round): acknowledged member \(member) lost")
      }
      #expect(Set(everyone) == Set(communities), "seed \(seed) round \(round)")
    }
    // The next writer tidies what the kills left (temp files); then the store is healthy.
    _ = try await vlgcoach(["check"], in: scratch)
    let check = try await vlgcoach(["check"], in: scratch)
    #expect(check.status == 0, "\(check)")
    #expect(
      counts.killed > 0 && counts.acknowledged > 0, "the kills must fall on both sides: \(counts)")
    print(
      "kills: \(rounds), acknowledged \(counts.acknowledged), killed \(counts.killed) (of which landed \(counts.landedAnyway)), window \(window)"
    )
  }
}
