extension Community {
  /// Moves to `phase` as `move(to:on:note:)` does; a move forwards that readiness signals
  /// speak against records them in the history's note beside the coach's reason, so the
  /// history shows the coach moved knowingly. Returns those signals (none going back).
  @discardableResult
  public mutating func moveRecordingReadiness(
    to phase: Phase, on day: CalendarDay, note: String, today: CalendarDay, language: Language
  ) throws -> [ReadinessSignal] {
    let signals = readinessSignals(movingTo: phase, today: today)
    try move(to: phase, on: day, note: ReadinessSignal.moveNote(signals, reason: note, language))
    return signals
  }
}
