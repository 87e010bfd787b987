/// Which row of a list is selected, always one that exists. A list can become shorter
/// while its screen is open (an agreement closed on a follow-up form takes each of its
/// owners' rows with it), so the stored index is read through `valid`: it lands on the
/// nearest row, and only an empty list has none.
public enum ListSelection {
  /// `selection` kept within `0..<count`; nil for an empty list.
  public static func valid(_ selection: Int, count: Int) -> Int? {
    guard count > 0 else { return nil }
    return min(max(0, selection), count - 1)
  }
}
