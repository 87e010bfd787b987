import CoachCore

enum LiveAction: Sendable {
  case next
  case previous
  case note
  /// The coach's private note on the group: a quiet key, listed in the help only.
  case dynamicsNote
  case decision
  case agreement
  case followUp
  case toggleAttendance
  case endMeeting
  case back
  // The attendance panel, while it is open: its keys come first.
  case panel(ListMove)
  case attendance(AttendanceAction)
  case closePanel
}

/// The live mode's keys, in the order the coach needs them. On the last item `n` ends the
/// meeting, so the status line never offers a next item that is not there.
enum LiveKeys {
  static func table(_ screen: LiveMeetingScreen, _ context: CommunityContext)
    -> KeyTable<LiveAction>
  {
    let community = context.community
    let meeting = community.meeting(withID: screen.meetingID)
    let s = context.strings
    let l = s.live
    let readOnly = context.readOnlyReason
    let count = meeting?.agenda.count ?? 0
    let current = meeting?.liveItemIndex ?? 0
    let ended = meeting?.hasEnded == true
    let noItem = count == 0 ? l.noAgenda : nil
    let openToReview = LiveMeetingScreen.openToReview(community, meetingID: screen.meetingID)
    var bindings: [KeyBinding<LiveAction>] = []
    if screen.showsAttendance {
      let members = meeting.map { community.attendanceList(for: $0) } ?? []
      bindings += AttendanceKeys.bindings(
        "live.attendance", context, empty: members.isEmpty, LiveAction.attendance)
      bindings += ListMove.bindings("live.attendance", s, LiveAction.panel)
      bindings.append(
        KeyBinding(
          "live.closePanel", [.escape, .character("A")], .closePanel, l.keyClosePanel, .essential,
          display: "Esc"))
    }
    let onLast = count > 0 && current == count - 1
    // What matters now goes first on the status line: attendance until it is taken, the
    // follow-up on the review item; n ends the meeting on the last item (E is in help).
    let attendanceTaken =
      meeting.map { meeting in
        community.attendanceList(for: meeting).allSatisfy { meeting.attendance[$0.id] != nil }
      } ?? true
    let onReview =
      meeting.map {
        $0.agenda.indices.contains(current) && $0.agenda[current].role == .agreementReview
      }
      ?? false
    bindings += [
      onLast
        ? KeyBinding(
          "live.next", [.character("n"), .right], .endMeeting, l.keyEnd, .high, display: "n",
          refusal: readOnly)
        : KeyBinding(
          "live.next", [.character("n"), .right], .next, l.keyNext, .high, display: "n",
          refusal: readOnly ?? noItem ?? (ended ? l.meetingEnded : nil)),
      KeyBinding(
        "live.note", [.character("t")], .note, l.keyNote, .high, refusal: readOnly ?? noItem),
      KeyBinding(
        "live.dynamicsNote", [.character("N")], .dynamicsNote, s.notes.keyNote, .helpOnly,
        refusal: readOnly),
      KeyBinding(
        "live.decision", [.character("b")], .decision, l.keyDecision, .normal,
        refusal: readOnly ?? noItem),
      KeyBinding(
        "live.agreement", [.character("h")], .agreement, l.keyAgreement, .high, refusal: readOnly),
      KeyBinding(
        "live.followUp", [.character("c")], .followUp, l.keyFollowUp, onReview ? .high : .low,
        refusal: readOnly ?? (openToReview.isEmpty ? l.nothingOpenToReview : nil)),
      KeyBinding(
        "live.attendance", [.character("A")], .toggleAttendance, l.keyAttendance,
        attendanceTaken ? .low : .high),
      KeyBinding(
        "live.previous", [.character("p"), .left], .previous, l.keyPrevious, .low, display: "p",
        refusal: readOnly ?? noItem),
      KeyBinding(
        "live.end", [.character("E")], .endMeeting, l.keyEnd, onLast ? .helpOnly : .normal,
        refusal: readOnly ?? noItem ?? (ended ? l.meetingEnded : nil)),
      KeyBinding(
        "live.back", [.escape, .character("q")], .back, l.keyDone,
        // With the panel open, Esc closes the panel: that is the way back then.
        screen.showsAttendance ? .low : .essential, display: "Esc"),
    ]
    return KeyTable(bindings)
  }
}
