import CoachCore
import Foundation

/// One meeting: its agenda, attendance, agreements and notes, to prepare and to look back.
public struct MeetingScreen: Equatable, Sendable {
  public enum Section: Int, CaseIterable, Equatable, Sendable {
    case agenda
    case attendance
    case agreements
    case notes
  }

  public var communityID: UUID
  public var meetingID: UUID
  public var section: Section = .agenda
  /// The selected row of the current section.
  public var selection = 0

  public init(communityID: UUID, meetingID: UUID) {
    self.communityID = communityID
    self.meetingID = meetingID
  }
}

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

/// Open agreements to check before the next meeting: of one community, or of all.
public struct FollowUpScreen: Equatable, Sendable {
  public enum Grouping: Equatable, Sendable {
    case byOwner
    case byMeeting
  }

  /// nil: every community.
  public var communityID: UUID?
  public var grouping: Grouping = .byOwner
  public var selection = 0

  public init(communityID: UUID?) {
    self.communityID = communityID
  }
}
