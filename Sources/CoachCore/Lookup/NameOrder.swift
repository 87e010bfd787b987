import Foundation

/// How names are ordered everywhere: case and accents do not count.
public enum NameOrder {
  public static func ascending(_ a: String, _ b: String) -> Bool {
    if let quick = asciiAscending(a, b) { return quick }
    return a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
  }

  /// Two names of plain ASCII (most names of a store), compared without Foundation: letters
  /// as their lower case, everything else as it is — the order Foundation gives them, at a
  /// fraction of the cost (a start-up sorts every community by name). nil: not both ASCII.
  static func asciiAscending(_ a: String, _ b: String) -> Bool? {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y -> Bool? in
        var index = 0
        while index < x.count && index < y.count {
          let p = x[index]
          let q = y[index]
          guard p < 0x80, q < 0x80 else { return nil }
          let lp = p >= 65 && p <= 90 ? p + 32 : p
          let lq = q >= 65 && q <= 90 ? q + 32 : q
          if lp != lq {
            // The rest must be ASCII too, or Foundation decides.
            guard x[index...].allSatisfy({ $0 < 0x80 }), y[index...].allSatisfy({ $0 < 0x80 })
            else { return nil }
            return lp < lq
          }
          index += 1
        }
        guard x[index...].allSatisfy({ $0 < 0x80 }), y[index...].allSatisfy({ $0 < 0x80 }) else {
          return nil
        }
        return x.count < y.count
      }
    }
  }
}
