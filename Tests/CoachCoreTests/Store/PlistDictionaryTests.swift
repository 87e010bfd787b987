import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

@Suite("A property-list dictionary as a list of keys")
struct PlistDictionaryTests {
  /// Random additions, replacements and removals on small and large dictionaries (past the
  /// size where the hash index starts) give what a Swift `Dictionary` gives.
  @Test(arguments: [3, 16, 17, 40, 300])
  func behavesAsADictionary(keyCount: Int) {
    var generator = SeededRandom(seed: UInt64(keyCount))
    var list = PlistDictionary()
    var reference: [String: PlistValue] = [:]
    for step in 0..<(keyCount * 8) {
      let key = "k\(Int.random(in: 0..<keyCount, using: &generator))"
      switch Int.random(in: 0..<10, using: &generator) {
      case 0:
        list[key] = nil
        reference[key] = nil
      case 1:
        #expect(list.updateValue(.integer(step), forKey: key) == reference[key])
        reference[key] = .integer(step)
      default:
        list[key] = .string("\(step)")
        reference[key] = .string("\(step)")
      }
      #expect(list.count == reference.count)
    }
    for key in (0..<keyCount).map({ "k\($0)" }) {
      #expect(list[key] == reference[key], "\(key)")
    }
    #expect(Set(list.keys) == Set(reference.keys))
    #expect(list.keys.count == reference.count, "no key twice")
    #expect(list == PlistDictionary(reference))
  }

  @Test func equalityDoesNotDependOnOrder() {
    let forward: PlistDictionary = ["a": .integer(1), "b": .string("x"), "c": .bool(true)]
    let backward: PlistDictionary = ["c": .bool(true), "b": .string("x"), "a": .integer(1)]
    #expect(forward == backward)
    var changed = backward
    changed["b"] = .string("y")
    #expect(forward != changed)
    changed["b"] = nil
    #expect(forward != changed)
  }

  /// Every value of every file is one of these: the rare kinds are boxed so that none makes
  /// them all larger (a tree of them is most of what a full read allocates and frees).
  @Test func aValueIsNoLargerThanItsLargestCommonKind() {
    #expect(MemoryLayout<PlistValue>.size <= MemoryLayout<String>.size + 1)
    #expect(MemoryLayout<PlistDictionary>.size <= 16)
  }

  /// A file may hold one dictionary of a hundred thousand keys: read whole, each key found
  /// (by the index; a list searched key by key would take minutes here).
  @Test func aHugeDictionaryIsReadWhole() throws {
    let count = 100_000
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
    for index in 0..<count { xml += "<key>k\(index)</key><integer>\(index)</integer>" }
    xml += "</dict></plist>"
    let root = try #require(try PlistXMLReader.parse(Data(xml.utf8)).value.dictionary)
    #expect(root.count == count)
    #expect(root["k0"] == .integer(0))
    #expect(root["k99999"] == .integer(99_999))
    #expect(root["k100000"] == nil)
  }
}
