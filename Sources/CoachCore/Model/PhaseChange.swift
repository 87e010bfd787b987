/// One entry of a community's phase history: from `day` on, the community was in `phase`.
public struct PhaseChange: Equatable, Sendable {
  public var phase: Phase
  public var day: CalendarDay
  /// Why or by whom it was decided, in the coach's words; may be empty.
  public var note: String

  public init(phase: Phase, day: CalendarDay, note: String = "") {
    self.phase = phase
    self.day = day
    self.note = note
  }
}
