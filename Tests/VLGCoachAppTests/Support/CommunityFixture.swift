import Foundation
import Testing

/// A store with one learning community and four members, made through the real binary, for
/// the meeting, agreement and export commands. Days in 2024 are past (held), 2099 is future.
struct CommunityFixture {
  static let community = "VLG Handel Kempen"
  static let members = ["Zoë Dëmeester", "Jan de Vries", "Jan Peeters", "Els Claes"]

  let folder: TemporaryFolder
  let communityID: String

  init() throws {
    folder = try TemporaryFolder()
    let store = folder.path
    _ = try CommandRunner.run(["community", "add", Self.community, "--store", store])
    for name in Self.members {
      _ = try CommandRunner.run([
        "member", "add", "--community", Self.community, name, "--store", store,
      ])
    }
    _ = try CommandRunner.run(["phase", "set", "--community", "VLG", "4", "--store", store])
    let list = try CommandRunner.run(["community", "list", "--json", "--store", store])
    let entries = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    communityID = try #require(entries?.first?["id"] as? String)
  }

  var store: String { folder.path }

  /// Runs a command on this store (`--store` is added).
  func run(
    _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
  ) throws -> CommandResult {
    try CommandRunner.run(
      arguments + ["--store", store], environment: environment, directory: directory)
  }

  /// Runs a command that must succeed, recording an issue with its stderr when it does not.
  @discardableResult
  func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
    -> CommandResult
  {
    let result = try run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
    return result
  }

  /// Plans meetings on these days, in this order.
  func planMeetings(_ days: [String]) throws {
    for day in days {
      try succeed(["meeting", "add", "--community", "VLG", "--date", day])
    }
  }

  /// The JSON array a `… --json` command prints.
  func json(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try succeed(arguments + ["--json"])
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
  }

  /// The community's file, byte for byte: a refused command must leave it as it was.
  func communityBytes() throws -> Data {
    try Data(
      contentsOf: folder.url.appendingPathComponent("communities")
        .appendingPathComponent(communityID + ".plist"))
  }
}
