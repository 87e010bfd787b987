import Foundation

/// The rules of the live meeting: which agenda item runs, how its timer starts, stops and
/// resumes, and what the coach captures into it while the meeting goes on.
///
/// At most one item runs at a time, and moving on always stops one item and starts the next
/// at the same instant, so the time of all items together is the time since the meeting
/// started — and it stops counting when the agenda is done.
extension AgendaItem {
  /// Started and not ended: its timer counts.
  public var isRunning: Bool { startedAt != nil && endedAt == nil }

  /// The live meeting left it (✓ on the projector).
  public var isDone: Bool { endedAt != nil }

  /// Seconds spent on it so far (nil: never reached).
  public func secondsSpent(now: Date) -> TimeInterval? {
    guard let startedAt else { return nil }
    return max(0, (endedAt ?? now).timeIntervalSince(startedAt))
  }

  /// Starts the timer, or resumes it. An item that ended and is reached again (going back
  /// with `p`) carries on from the time it already had: its start moves forward by the
  /// time it was left, so `minutesSpent` never counts the minutes spent on other items.
  mutating func resumeTimer(now: Date) {
    if let spent = secondsSpent(now: now), endedAt != nil {
      startedAt = now.addingTimeInterval(-spent)
      endedAt = nil
    } else if startedAt == nil {
      startedAt = now
    }
  }

  mutating func stopTimer(now: Date) {
    if isRunning { endedAt = now }
  }
}

extension Meeting {
  /// The live meeting started one of its items: the meeting was run (or is running).
  public var hasStarted: Bool { agenda.contains { $0.startedAt != nil } }

  /// Where the live meeting is: the running item; before it started, the first item;
  /// `agenda.count` once it has ended (items never reached stay unreached, not “done”).
  public var liveItemIndex: Int {
    if let running = agenda.firstIndex(where: \.isRunning) { return running }
    return hasEnded ? agenda.count : 0
  }

  /// Run live and no item running any more: the coach ended it (or went past the last
  /// item). Once an item runs the live mode always keeps one running until the end.
  public var hasEnded: Bool {
    !agenda.isEmpty && hasStarted && !agenda.contains(where: \.isRunning)
  }

  /// Makes `index` the running item at `now`: every other running item stops, the item
  /// starts or resumes. `agenda.count` (past the last item) stops them all: the agenda is
  /// done. Returns the index, kept within `0...agenda.count`.
  @discardableResult
  public mutating func moveLive(to index: Int, now: Date) -> Int {
    let target = min(max(0, index), agenda.count)
    for other in agenda.indices where other != target {
      agenda[other].stopTimer(now: now)
    }
    if agenda.indices.contains(target) { agenda[target].resumeTimer(now: now) }
    return target
  }

  /// Entering the live mode: the item it is at starts (or keeps running).
  @discardableResult
  public mutating func startLive(now: Date) -> Int {
    moveLive(to: liveItemIndex, now: now)
  }

  /// The planned length of the whole agenda.
  public var plannedMinutes: Int { agenda.reduce(0) { $0 + max(0, $1.plannedMinutes) } }

  /// Time spent on the agenda so far: the items' times together (see the note above).
  public func secondsElapsed(now: Date) -> TimeInterval {
    agenda.reduce(0) { $0 + ($1.secondsSpent(now: now) ?? 0) }
  }

  /// Appends a note as a new line of the item's notes. Empty text adds nothing; returns
  /// whether something was added.
  @discardableResult
  public mutating func addNote(_ text: String, toItem index: Int) -> Bool {
    let clean = TextCleaning.line(text)
    guard !clean.isEmpty, agenda.indices.contains(index) else { return false }
    let notes = agenda[index].notes
    agenda[index].notes = notes.isEmpty ? clean : notes + "\n" + clean
    return true
  }

  /// Appends a decision to the item's decisions. Empty text adds nothing.
  @discardableResult
  public mutating func addDecision(_ text: String, toItem index: Int) -> Bool {
    let clean = TextCleaning.line(text)
    guard !clean.isEmpty, agenda.indices.contains(index) else { return false }
    agenda[index].decisions.append(clean)
    return true
  }
}

extension Community {
  /// The members on a meeting's attendance list: anyone whose attendance was recorded; of
  /// the others, those who had joined by the meeting's day and were active, or stopped only
  /// after it (they were a member then, so an old meeting's list and minutes stay as they
  /// were). By name: the one order of the attendance tab, the live panel and the minutes.
  public func attendanceList(for meeting: Meeting) -> [Member] {
    members.filter { isOnAttendanceList($0, of: meeting) }.sorted { a, b in
      if NameOrder.ascending(a.name, b.name) { return true }
      if NameOrder.ascending(b.name, a.name) { return false }
      // Equal names (case and accents aside) keep one fixed order, so exports are stable.
      return (a.name, a.id.uuidString) < (b.name, b.id.uuidString)
    }
  }

  /// Whether `member` is on the attendance list of `meeting` (the rule of `attendanceList`,
  /// without sorting the list: counting over every meeting asks it often).
  public func isOnAttendanceList(_ member: Member, of meeting: Meeting) -> Bool {
    if meeting.attendance[member.id] != nil { return true }
    // Not yet a member on the day: a meeting held before they joined does not count them.
    if let joined = member.joinedOn, joined > meeting.day { return false }
    return member.isActive || member.participationSince.map { $0 > meeting.day } ?? false
  }

  public func isOnAttendanceList(_ memberID: UUID, of meeting: Meeting) -> Bool {
    members.first { $0.id == memberID }.map { isOnAttendanceList($0, of: meeting) } ?? false
  }

  /// “5 of 7”: who was there (present or late) of those on the attendance list. One count
  /// for the meetings tab, the meeting screen and the live panel.
  public func attendanceCount(for meeting: Meeting) -> (attended: Int, of: Int) {
    let list = members.filter { isOnAttendanceList($0, of: meeting) }
    return (list.filter { meeting.attendance[$0.id]?.attended == true }.count, list.count)
  }

}

extension Attendance {
  /// The next attendance when the coach presses Space on a member: present → late →
  /// absent → excused → not recorded → present.
  public static func next(after attendance: Attendance?) -> Attendance? {
    switch attendance {
    case nil: .present
    case .present: .late
    case .late: .absent
    case .absent: .excused
    case .excused: nil
    }
  }
}
