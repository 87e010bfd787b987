/// The texts of the follow-up screen.
public struct FollowUpStrings: Sendable {
  public static let dutch = FollowUpStrings()
  public static let english = FollowUpStrings()
}
