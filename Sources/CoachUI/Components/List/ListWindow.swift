/// Which rows of a long list are on screen: enough to keep the selection visible.
enum ListWindow {
  /// The first visible item for `selection` when `capacity` items fit.
  static func firstVisible(selection: Int, count: Int, capacity: Int) -> Int {
    guard capacity > 0, count > capacity else { return 0 }
    return min(max(0, selection - capacity + 1), count - capacity)
  }
}
