extension Array {
  /// Replaces the last element, or makes it the only one (the top route, the top overlay).
  mutating func replaceLast(with element: Element) {
    if isEmpty { self = [element] } else { self[count - 1] = element }
  }
}
