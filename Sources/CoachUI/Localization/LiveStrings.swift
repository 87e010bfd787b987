/// The texts of the live meeting mode.
public struct LiveStrings: Sendable {
  public static let dutch = LiveStrings()
  public static let english = LiveStrings()
}
