/// The texts of the meeting screen (agenda, attendance, agreements, notes, export).
public struct MeetingScreenStrings: Sendable {
  public static let dutch = MeetingScreenStrings()
  public static let english = MeetingScreenStrings()
}
