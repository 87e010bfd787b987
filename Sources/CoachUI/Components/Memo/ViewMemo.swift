import Foundation

/// A view's result worked out from its inputs, remembered until they change: a list laid
/// out over a whole archive takes too long to lay out again for every key, and a key that
/// changes nothing finds it here.
///
/// A reference shared by the copies of one screen value, and not part of that value: two
/// memos are always equal, so a screen that holds one keeps its synthesized `==`. The
/// reducer stays pure: the result depends only on the key, which is compared (cheaply:
/// unchanged arrays and strings compare by their storage) before a remembered result is used.
final class ViewMemo<Key: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var remembered: (key: Key, value: Value)?

  init() {}

  func value(for key: Key, make: () -> Value) -> Value {
    lock.withLock {
      if let remembered, remembered.key == key { return remembered.value }
      let value = make()
      remembered = (key, value)
      return value
    }
  }
}

extension ViewMemo: Equatable {
  static func == (_: ViewMemo, _: ViewMemo) -> Bool { true }
}
