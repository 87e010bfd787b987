import Foundation
import FuzzSupport

@testable import CoachCore

/// The ways a community file gets damaged: values of the wrong type or out of range, keys
/// removed or doubled, ids repeated, entries copied, bytes cut, flipped or inserted.
struct StoreFileMutation {
  var random: SeededRandom

  /// One to three mutations of the file's tree (mostly inside the community, sometimes of
  /// its version), or one of its bytes.
  mutating func mutate(_ tree: PlistValue) -> Data {
    if Int.random(in: 0..<5, using: &random) == 0 {
      return mutateBytes(PlistXMLWriter.data(tree))
    }
    // Mostly the community; the coach's notes too when the file has them.
    let key =
      tree.dictionary?["coachNotes"] != nil && Int.random(in: 0..<4, using: &random) == 0
      ? "coachNotes" : "community"
    guard var root = tree.dictionary, let part = root[key] else {
      return PlistXMLWriter.data(tree)
    }
    var mutated = part
    for _ in 0..<Int.random(in: 1...3, using: &random) { mutated = mutateTree(mutated, depth: 0) }
    root[key] = mutated
    if Int.random(in: 0..<20, using: &random) == 0 { root["schemaVersion"] = randomValue() }
    return PlistXMLWriter.data(.dictionary(root))
  }

  private mutating func mutateBytes(_ file: Data) -> Data {
    var bytes = [UInt8](file)
    guard !bytes.isEmpty else { return file }
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
    case 1:
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(
          in: 0...255, using: &random)
      }
    case 2:
      let at = Int.random(in: 0...bytes.count, using: &random)
      bytes.insert(
        contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in
          UInt8.random(in: 0...255, using: &random)
        }, at: at)
    default:
      // A Latin-1 é in the middle of text: invalid UTF-8.
      let at = Int.random(in: 0...bytes.count, using: &random)
      bytes.insert(0xE9, at: at)
    }
    return Data(bytes)
  }

  /// Walks down to a random node and changes it.
  private mutating func mutateTree(_ value: PlistValue, depth: Int) -> PlistValue {
    let descend = Int.random(in: 0..<5, using: &random) != 0
    switch value {
    case .dictionary(var fields) where !fields.isEmpty:
      let keys = fields.keys.sorted()
      let key = keys[Int.random(in: 0..<keys.count, using: &random)]
      if descend, let child = fields[key] {
        fields[key] = mutateTree(child, depth: depth + 1)
      } else {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: fields[key] = nil
        case 1: fields[key] = randomValue()
        default: fields[key.uppercased() == key ? key.lowercased() : key.uppercased()] = fields[key]
        }
      }
      return .dictionary(fields)
    case .array(var items) where !items.isEmpty:
      let index = Int.random(in: 0..<items.count, using: &random)
      if descend {
        items[index] = mutateTree(items[index], depth: depth + 1)
      } else {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: items.remove(at: index)
        case 1: items.append(items[index])  // a duplicate, same id and all
        default: items.insert(randomValue(), at: index)
        }
      }
      return .array(items)
    case .string(let text):
      if let id = UUID(uuidString: text), Bool.random(using: &random) {
        return .string(id.uuidString.lowercased())  // the same id, written another way
      }
      return randomValue()
    default:
      return randomValue()
    }
  }

  private mutating func randomValue() -> PlistValue {
    switch Int.random(in: 0..<12, using: &random) {
    case 0:
      return .integer(
        [Int.max, Int.min, -1, 0, 1, 1441, 60 * 24 * 365].randomElement(using: &random) ?? 0)
    case 1: return .integer(Int.random(in: Int.min...Int.max, using: &random))
    case 2: return .real([Double.nan, .infinity, -0.0, 1e308].randomElement(using: &random) ?? 0)
    case 3: return .bool(Bool.random(using: &random))
    case 4:
      return .date(Date(timeIntervalSince1970: Double.random(in: -7e11...7e11, using: &random)))
    case 5:
      return .string(
        ["", "2026-02-30", "25:99", "0000-00-00", "9999-12-31", "nextMeeting", "present", "late"]
          .randomElement(using: &random) ?? "")
    case 6:
      return .string(String(repeating: "ab", count: Int.random(in: 0...40_000, using: &random)))
    case 7: return .string("\u{1B}[31m\u{0}\u{7}<&>\u{FFFF}\u{202E}👩🏽‍🏫 é")
    case 8: return .string(UUID().uuidString)
    case 9: return .array([])
    case 10: return .dictionary([:])
    default: return .malformed(element: "integer", text: "12x")
    }
  }
}
