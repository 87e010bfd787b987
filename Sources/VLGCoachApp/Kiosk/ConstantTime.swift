import Foundation

enum ConstantTime {
  /// Looks at every byte whatever it finds, unlike `==`, which stops at the first
  /// difference. Only the length may end it early; it is no secret (always 32).
  static func equal(_ left: Data, _ right: Data) -> Bool {
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for (a, b) in zip(left, right) { difference |= a ^ b }
    return difference == 0
  }
}
