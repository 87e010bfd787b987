import Foundation

/// A homework agreement. It exists once, at community level: carrying it over is not a
/// copy; every review appends to `reviews`, and what the next meeting lists is derived.
public struct Agreement: Equatable, Identifiable, Sendable {
  /// When it is due: the first meeting after the one it was made in, or a day.
  public enum Due: Equatable, Sendable {
    case nextMeeting
    case day(CalendarDay)
  }

  /// One look at the agreement: in a meeting's review, or between meetings.
  public struct Review: Equatable, Sendable {
    public var meetingID: UUID?
    public var day: CalendarDay
    public var outcome: AgreementOutcome
    /// Why it was dropped, or what is left to do.
    public var note: String

    public init(meetingID: UUID?, day: CalendarDay, outcome: AgreementOutcome, note: String = "") {
      self.meetingID = meetingID
      self.day = day
      self.outcome = outcome
      self.note = note
    }
  }

  public let id: UUID
  /// 1, 2, 3… within the community: how the coach names it on the command line.
  public let number: Int
  public var kind: AgreementKind
  public var text: String
  public var owners: [UUID]
  public var madeIn: UUID
  /// The agenda item of `madeIn` it was made under, when made in the live mode; nil when
  /// unknown (made elsewhere, or stored before version 3).
  public var madeUnder: UUID?
  public var due: Due
  public private(set) var reviews: [Review]

  public init(
    id: UUID = UUID(), number: Int, kind: AgreementKind, text: String, owners: [UUID],
    madeIn: UUID, madeUnder: UUID? = nil, due: Due = .nextMeeting, reviews: [Review] = []
  ) {
    self.id = id
    self.number = number
    self.kind = kind
    self.text = text
    self.owners = owners
    self.madeIn = madeIn
    self.madeUnder = madeUnder
    self.due = due
    self.reviews = reviews
  }

  /// The latest outcome, or open when nobody looked yet.
  public var status: AgreementOutcome { reviews.last?.outcome ?? .open }

  public var isClosed: Bool { status.closes }

  mutating func append(_ review: Review) {
    reviews.append(review)
  }

  /// A review recorded in `meeting` took place on the meeting's day: it moves with it.
  mutating func moveReviews(in meeting: UUID, to day: CalendarDay) {
    for index in reviews.indices where reviews[index].meetingID == meeting {
      reviews[index].day = day
    }
  }
}
