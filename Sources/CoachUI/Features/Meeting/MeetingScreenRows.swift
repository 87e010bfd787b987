import CoachCore
import Foundation

/// The rows of each section of the meeting screen, derived in one place for the reducer
/// (what a key acts on) and the views (what is drawn), so the two never disagree.
struct MeetingScreenRows {
  let community: Community
  let meeting: Meeting
  private let lists: Lists

  /// What the rows are made of, worked out once per change of the community (see
  /// `ViewMemo`): a key asks for them four times (its keys, the reducer, the repair, the
  /// frame), and finding the agreements to review goes over every agreement.
  struct Lists: Sendable {
    /// The meeting's attendance list, by name (CoachCore's one list, as on the live panel).
    let attendees: [Member]
    /// The agreements this meeting reviews, then those made in it, by number.
    let reviewed: [Agreement]
    let made: [Agreement]

    init(_ community: Community, _ meeting: Meeting) {
      attendees = community.attendanceList(for: meeting)
      reviewed = community.agreementsToReview(in: meeting.id).sorted { $0.number < $1.number }
      made = community.agreementsMade(in: meeting.id).sorted { $0.number < $1.number }
    }
  }

  struct ListsKey: Equatable, Sendable {
    let community: Community
    let meetingID: UUID
  }

  init?(_ community: Community, _ screen: MeetingScreen) {
    guard let meeting = community.meeting(withID: screen.meetingID) else { return nil }
    self.community = community
    self.meeting = meeting
    lists = screen.lists.value(for: ListsKey(community: community, meetingID: meeting.id)) {
      Lists(community, meeting)
    }
  }

  var number: Int { community.meetingNumber(meeting.id) ?? 0 }

  var attendees: [Member] { lists.attendees }
  var reviewed: [Agreement] { lists.reviewed }
  var made: [Agreement] { lists.made }

  /// The agreement of a row of the agreements section, and whether it is under review here.
  func agreement(at row: Int) -> (agreement: Agreement, isReview: Bool)? {
    let review = reviewed
    if review.indices.contains(row) { return (review[row], true) }
    let madeHere = made
    let index = row - review.count
    return madeHere.indices.contains(index) ? (madeHere[index], false) : nil
  }

  /// An agreement's status as of this meeting (CoachCore's one rule): partly stays partly.
  func status(_ agreement: Agreement) -> AgreementOutcome {
    community.status(of: agreement, asOf: meeting.id)
  }

  func count(_ section: MeetingScreen.Section) -> Int {
    switch section {
    case .agenda: meeting.agenda.count
    case .attendance: attendees.count
    case .agreements: reviewed.count + made.count
    case .notes:
      meeting.notes.isEmpty
        ? 0 : meeting.notes.split(separator: "\n", omittingEmptySubsequences: false).count
    }
  }

  /// The screen's selection, kept inside its section (an undo may shorten a list).
  func selection(_ screen: MeetingScreen) -> Int {
    max(0, min(screen.selection, count(screen.section) - 1))
  }
}
