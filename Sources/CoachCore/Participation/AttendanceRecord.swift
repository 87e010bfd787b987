import Foundation

/// How a member (or a school's members together) took part: the meetings they were expected
/// at and what was recorded, and their agreements. Excused is kept apart from absent.
public struct AttendanceRecord: Equatable, Sendable {
  /// Meetings with attendance recorded at which they were on the list.
  public var expected = 0
  /// Present, late included.
  public var attended = 0
  public var late = 0
  public var excused = 0
  public var absent = 0
  /// On the list of a meeting whose attendance was taken, but not marked.
  public var unrecorded = 0
  public var agreementsOwned = 0
  public var agreementsDone = 0
  /// Owned agreements that went into a later meeting still open at least once.
  public var agreementsCarriedOver = 0

  public init() {}

  /// Attended of the meetings they were expected at without an excuse, in percent; nil when
  /// there were none.
  public var attendancePercent: Int? {
    let counted = attended + absent + unrecorded
    return counted == 0 ? nil : (attended * 100 + counted / 2) / counted
  }

  static func + (a: AttendanceRecord, b: AttendanceRecord) -> AttendanceRecord {
    var sum = a
    sum.expected += b.expected
    sum.attended += b.attended
    sum.late += b.late
    sum.excused += b.excused
    sum.absent += b.absent
    sum.unrecorded += b.unrecorded
    sum.agreementsOwned += b.agreementsOwned
    sum.agreementsDone += b.agreementsDone
    sum.agreementsCarriedOver += b.agreementsCarriedOver
    return sum
  }
}
