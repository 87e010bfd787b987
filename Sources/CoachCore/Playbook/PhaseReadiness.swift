/// Everything that speaks against moving to a later phase: the checklist items of the
/// phases left behind that are still open, and the readiness signals in the data.
public struct PhaseReadiness: Equatable, Sendable {
  public struct OpenItem: Equatable, Sendable {
    public let item: PlaybookItem
    /// `.open`, or `.notYet` with what the data miss.
    public let state: ChecklistState
  }

  public let from: Phase
  public let target: Phase
  /// The open items of `from` and of every phase skipped on the way.
  public let openItems: [OpenItem]
  public let signals: [ReadinessSignal]

  /// The phases whose checklists the move leaves behind.
  public var phasesLeft: [Phase] { Phase.allCases.filter { $0 >= from && $0 < target } }
  public var reasons: Int { openItems.count + signals.count }
  public var isReady: Bool { reasons == 0 }
}

extension Community {
  /// The readiness check for moving forwards to `target`; nil when it is not later.
  public func readiness(movingTo target: Phase, today: CalendarDay) -> PhaseReadiness? {
    guard target > phase else { return nil }
    let left = Phase.allCases.filter { $0 >= phase && $0 < target }
    let open = left.flatMap(PlaybookItem.items(of:))
      .map { PhaseReadiness.OpenItem(item: $0, state: checklistState(of: $0)) }
      .filter { !$0.state.isDone }
    return PhaseReadiness(
      from: phase, target: target, openItems: open,
      signals: readinessSignals(movingTo: target, today: today))
  }
}
