import Foundation
import Testing

@testable import CoachCore

/// A community file changed by someone else while vlgcoach has it open (a git pull, a synced
/// folder, an editor, another version) is never overwritten without the coach's word.
@Suite("Changes made outside vlgcoach")
struct StoreOutsideChangeTests {
  private func file(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("communities/\(id.uuidString).plist")
  }

  /// A store holding VLG Handel (member Jan), opened, with the community read once.
  static func openedWithOneCommunity(_ folder: URL) throws -> (PropertyListStore, Community) {
    try seedStore(folder, with: [try makeCommunity("VLG Handel", members: ["Jan"])])
    let store = try openStore(folder)
    return (store, try store.community(try #require(store.summaries.first).id))
  }

  /// Their version: the file as another program leaves it, with a member added.
  private func theirChange(_ folder: URL, _ community: Community) throws -> Data {
    var theirs = community
    theirs.members.append(Member(name: "Piet van buiten"))
    let data = try encodedCommunityFile(theirs)
    try data.write(to: file(folder, community.id))
    return data
  }

  @Test func aSaveOverAnOutsideChangeIsRefusedAndTheirFileStays() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, read) = try Self.openedWithOneCommunity(folder)
      var mine = read
      let theirs = try theirChange(folder, mine)

      mine.name = "VLG Handel Kempen"
      #expect(throws: StoreError.changedOnDisk(name: "VLG Handel Kempen")) {
        try store.save(mine)
      }
      #expect(try bytes(of: file(folder, mine.id)) == theirs)
      #expect(store.changedOnDisk() == [mine.id])
    }
  }

  @Test func keepBothSetsTheirsAsideAndWritesMine() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, read) = try Self.openedWithOneCommunity(folder)
      var mine = read
      let theirs = try theirChange(folder, mine)
      mine.name = "VLG Handel Kempen"

      try store.save(mine, resolving: .keepBoth)
      let aside = "communities/\(mine.id.uuidString).plist.outside-" + Fixture.nowStamp
      #expect(try bytes(of: folder.appendingPathComponent(aside)) == theirs)
      #expect(store.problems.contains(.outsideVersionKept(file: aside)))
      #expect(try openStore(folder).community(mine.id) == mine)
      #expect(store.changedOnDisk() == [])
    }
  }

  @Test func keepMineWritesMineAndTakeTheirsReadsTheirs() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, read) = try Self.openedWithOneCommunity(folder)
      let original = read
      _ = try theirChange(folder, original)
      let theirs = try store.reload(original.id)
      #expect(theirs.members.map(\.name) == ["Jan", "Piet van buiten"])
      #expect(store.summaries.first?.memberCount == 2, "the home screen sees theirs too")

      // Changed again outside; this time the coach keeps what is on screen.
      _ = try theirChange(folder, original)
      var mine = theirs
      mine.name = "VLG Handel Kempen"
      try store.save(mine, resolving: .keepMine)
      #expect(try openStore(folder).community(original.id) == mine)
    }
  }

  @Test func aFileOnlyTouchedIsNotAChange() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, read) = try Self.openedWithOneCommunity(folder)
      var mine = read
      // A sync tool rewrites the same bytes: new time, new inode, same content.
      let url = file(folder, mine.id)
      let same = try bytes(of: url)
      try FileManager.default.removeItem(at: url)
      try same.write(to: url)
      #expect(store.changedOnDisk() == [])
      mine.name = "VLG Handel Kempen"
      try store.save(mine)
      #expect(try openStore(folder).community(mine.id) == mine)
    }
  }

  @Test func aFileDeletedOutsideIsAChangeToo() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let (store, read) = try Self.openedWithOneCommunity(folder)
      let mine = read
      try FileManager.default.removeItem(at: file(folder, mine.id))
      #expect(store.changedOnDisk() == [mine.id])
      #expect(throws: StoreError.changedOnDisk(name: "VLG Handel")) { try store.save(mine) }
      try store.save(mine, resolving: .keepMine)
      #expect(try openStore(folder).community(mine.id) == mine)
    }
  }
}
