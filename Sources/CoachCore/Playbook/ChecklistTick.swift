/// The coach ticked a checklist item on a day, with an optional remark.
public struct ChecklistTick: Equatable, Sendable {
  public var day: CalendarDay
  public var remark: String

  public init(day: CalendarDay, remark: String = "") {
    self.day = day
    self.remark = remark
  }
}
