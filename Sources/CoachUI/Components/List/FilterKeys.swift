enum FilterAction: Sendable {
  case keep
  case clear
}

/// While typing a filter: Enter keeps it, Esc clears it, the list's arrows still move;
/// every other key is text.
enum FilterKeys {
  static func table(_ state: AppState) -> KeyTable<FilterAction> {
    let s = state.strings
    return KeyTable([
      KeyBinding("filter.keep", [.enter], .keep, s.keyKeepFilter, .essential),
      KeyBinding("filter.clear", [.escape], .clear, s.keyClearFilter, .essential),
    ])
  }

  /// The list keys that still work while typing (letters like j and k are text then).
  static let passedToList: Set<Key> = [.up, .down, .pageUp, .pageDown]
}
