import CoachCore
import Foundation

/// The meeting as it happens, on the projector: the current agenda item and its timer.
public struct LiveMeetingScreen: Equatable, Sendable {
  public var communityID: UUID
  public var meetingID: UUID
  /// Index of the current agenda item.
  public var current = 0
  public var showsAttendance = false
  public var attendanceSelection = 0

  public init(communityID: UUID, meetingID: UUID) {
    self.communityID = communityID
    self.meetingID = meetingID
  }
}
