import Foundation
import Testing

/// `vlgcoach-benchmark generate`: the archive it writes is a store the program opens, healthy;
/// it never writes into a folder that holds something already.
@Suite("The benchmark's generated archive")
struct BenchmarkArchiveEndToEndTests {
  @Test("The realistic archive opens healthy with its 12 communities; a full folder is refused")
  func realisticArchive() async throws {
    let scratch = try Scratch()
    let generator = try VLGCoachBinary.url().deletingLastPathComponent()
      .appendingPathComponent("vlgcoach-benchmark")
    let environment = scratch.environment()
    let made = try await runCommand(
      generator, ["generate", "--realistic", scratch.store.path], environment: environment,
      timeout: .seconds(120))
    #expect(made.status == 0, "\(made)")
    #expect(made.stdout.contains("12 communities, 360 meetings, 2160 agreements"), "\(made)")

    let check = try await vlgcoach(["--lang", "en", "check"], in: scratch)
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.contains("healthy: 12 learning communities"), "\(check)")
    let names = try await communityNames(in: scratch)
    #expect(names.count == 12)
    let results = try await vlgcoach(
      ["--lang", "en", "checklist", "results", "--community", names[0]], in: scratch)
    #expect(results.stdout.contains("Meeting evaluation"), "answers were written: \(results)")

    let again = try await runCommand(
      generator, ["generate", "--stress", scratch.store.path], environment: environment)
    #expect(again.status == 1)
    #expect(again.stderr.contains("is not empty"))
  }
}
