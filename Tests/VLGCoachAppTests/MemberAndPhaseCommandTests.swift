import Foundation
import Testing

@Suite("vlgcoach member … and phase set")
struct MemberAndPhaseCommandTests {
  func storeWithTwoCommunities() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    _ = try CommandRunner.run(["community", "add", "VLG Handel Kempen", "--store", folder.path])
    _ = try CommandRunner.run(["community", "add", "VLG Handel Antwerpen", "--store", folder.path])
    _ = try CommandRunner.run(["community", "add", "VLG Geschiedenis", "--store", folder.path])
    return folder
  }

  @Test func addAndListMembersByUniquePrefix() throws {
    let folder = try storeWithTwoCommunities()
    let add = try CommandRunner.run([
      "member", "add", "--community", "vlg gesch", "Zoë Dëmeester", "--school", "KA Geel", "--role",
      "leader",
      "--store", folder.path,
    ])
    #expect(add.status == 0)
    #expect(add.stdout.contains("Added “Zoë Dëmeester” to VLG Geschiedenis."))
    let json = try CommandRunner.run([
      "member", "list", "--community", "VLG G", "--json", "--store", folder.path,
    ])
    let members = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(members.count == 1)
    #expect(members.first?["name"] as? String == "Zoë Dëmeester")
    #expect(members.first?["role"] as? String == "leader")
    #expect(members.first?["school"] as? String == "KA Geel")
    let table = try CommandRunner.run([
      "member", "list", "--community", "VLG G", "--store", folder.path,
    ])
    #expect(table.stdout.contains("school leader"))
  }

  @Test func anAmbiguousPrefixListsTheCandidates() throws {
    let folder = try storeWithTwoCommunities()
    let result = try CommandRunner.run([
      "member", "list", "--community", "vlg handel", "--store", folder.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("matches more than one learning community"))
    #expect(result.stderr.contains("VLG Handel Kempen"))
    #expect(result.stderr.contains("VLG Handel Antwerpen"))
  }

  @Test func aWordOfTheNameFindsTheCommunityAndTheMemberWhenOnlyOneHasIt() throws {
    let folder = try storeWithTwoCommunities()
    let add = try CommandRunner.run([
      "member", "add", "--community", "kempen", "Jan de Vries", "--store", folder.path,
    ])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains("Added “Jan de Vries” to VLG Handel Kempen."))
    let other = try CommandRunner.run([
      "member", "add", "--community", "geschiedenis", "Els", "--store", folder.path,
    ])
    #expect(other.stdout.contains("to VLG Geschiedenis."))
    let plan = try CommandRunner.run([
      "meeting", "add", "--community", "KEMPEN", "--date", "2024-01-10", "--store", folder.path,
    ])
    #expect(plan.status == 0, "\(plan.stderr)")
    let agreement = try CommandRunner.run([
      "agreement", "add", "--community", "kempen", "--meeting", "1", "--kind", "finish",
      "--owner", "vries", "Hoofdstuk 3", "--store", folder.path,
    ])
    #expect(agreement.status == 0, "\(agreement.stderr)")
    // "handel" is a word of two names: still an error that names both.
    let ambiguous = try CommandRunner.run([
      "member", "list", "--community", "handel", "--store", folder.path,
    ])
    #expect(ambiguous.status == 1)
    #expect(
      ambiguous.stderr
        == "vlgcoach: “handel” matches more than one learning community: VLG Handel Kempen,"
        + " VLG Handel Antwerpen. Type more of the name.\n")
  }

  @Test func unknownCommunityAndRoleAreExplained() throws {
    let folder = try storeWithTwoCommunities()
    let unknown = try CommandRunner.run([
      "member", "list", "--community", "Wiskunde", "--store", folder.path,
    ])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("No learning community matches “Wiskunde”."))
    let role = try CommandRunner.run([
      "member", "add", "--community", "VLG Gesch", "X", "--role", "director", "--store",
      folder.path,
    ])
    #expect(role.status == 1)
    #expect(role.stderr.contains("“director” is not a role"))
  }

  @Test func theCommunityCanBeNamedByItsID() throws {
    let folder = try storeWithTwoCommunities()
    let json = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let id = try #require(
      entries.first { $0["name"] as? String == "VLG Handel Kempen" }?["id"] as? String)
    let result = try CommandRunner.run([
      "member", "add", "--community", id, "Jan", "--store", folder.path,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("VLG Handel Kempen"))
  }

  @Test func phaseSetMovesAndRecordsTheDate() throws {
    let folder = try storeWithTwoCommunities()
    let move = try CommandRunner.run([
      "phase", "set", "--community", "VLG Gesch", "3", "--date", "2099-01-15", "--note", "agreed",
      "--store",
      folder.path,
    ])
    #expect(move.status == 0)
    #expect(move.stdout.contains("VLG Geschiedenis is now in phase 3 (since 2099-01-15)."))
    let json = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let entry = try #require(entries.first { $0["name"] as? String == "VLG Geschiedenis" })
    #expect(entry["phase"] as? Int == 3)
    #expect(entry["phaseSince"] as? String == "2099-01-15")
  }

  @Test func badPhasesAndDatesChangeNothing() throws {
    let folder = try storeWithTwoCommunities()
    let before = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
      .stdout
    for (arguments, message) in [
      (["7"], "“7” is not a phase"), (["drie"], "“drie” is not a phase"),
      (["2", "--date", "2026-02-30"], "“2026-02-30” is not a valid date"),
      (["1"], "already in phase 1"),
      (["2", "--date", "1999-01-01"], "before the previous phase change"),
    ] {
      let result = try CommandRunner.run(
        ["phase", "set", "--community", "VLG Gesch"] + arguments + ["--store", folder.path])
      #expect(result.status == 1)
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    let after = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
      .stdout
    #expect(before == after)
  }
}
