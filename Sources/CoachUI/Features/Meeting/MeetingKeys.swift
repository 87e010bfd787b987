import CoachCore

enum MeetingAction: Sendable {
  case back
  case nextSection
  case previousSection
  case runLive
  case exportMinutes
  case followUp
  case list(ListMove)
  // Agenda
  case addItem
  case addProtocol
  case editItem
  case deleteItem
  case moveItemUp
  case moveItemDown
  // Attendance
  case attendance(AttendanceAction)
  // Agreements
  case addAgreement
  case reviewAgreement
  case editAgreement
  case deleteAgreement
  // Notes
  case editNotes
  /// A private note on the group's dynamics, linked to this meeting.
  case newDynamicsNote
  case roles
}

/// The meeting screen's keys: the section's own first, then Tab, the live mode, the minutes.
enum MeetingKeys {
  static func table(
    _ screen: MeetingScreen, _ rows: MeetingScreenRows?, _ context: CommunityContext
  ) -> KeyTable<MeetingAction> {
    let s = context.strings
    let m = s.meetingScreen
    let readOnly = context.readOnlyReason
    let count = rows?.count(screen.section) ?? 0
    let empty = count == 0 ? s.listEmpty : nil
    var bindings: [KeyBinding<MeetingAction>]
    switch screen.section {
    case .agenda:
      let row = rows?.selection(screen) ?? 0
      let atTop = count > 0 && row == 0 ? s.live.atFirstItem : nil
      let atBottom = count > 0 && row == count - 1 ? s.live.atLastItem : nil
      bindings = [
        KeyBinding("agenda.add", [.character("a")], .addItem, s.keyAdd, .high, refusal: readOnly),
        KeyBinding(
          "agenda.protocol", [.character("P")], .addProtocol, m.keyProtocol, .low,
          refusal: readOnly),
        KeyBinding(
          "agenda.edit", [.character("e"), .enter], .editItem, s.keyEdit, .high,
          refusal: readOnly ?? empty),
        KeyBinding(
          "agenda.delete", [.character("d"), .delete], .deleteItem, s.keyDelete, .helpOnly,
          refusal: readOnly ?? empty),
        KeyBinding(
          "agenda.moveUp", [.shiftUp, .character("K")], .moveItemUp, m.keyReorder, .low,
          display: "S-↑↓ K J", refusal: readOnly ?? empty ?? atTop),
        KeyBinding(
          "agenda.moveDown", [.shiftDown, .character("J")], .moveItemDown, m.keyReorder, .covered,
          display: "S-↓ J", refusal: readOnly ?? empty ?? atBottom),
      ]
    case .attendance:
      bindings = AttendanceKeys.bindings(
        "attendance", context, empty: count == 0, MeetingAction.attendance)
    case .agreements:
      let selected = rows?.agreement(at: rows?.selection(screen) ?? 0)?.agreement
      // Closed stays closed (CoachCore's rule); u undoes a follow-up recorded by mistake.
      var closed: String?
      if let selected, selected.isClosed {
        closed = CoachError.agreementAlreadyClosed(selected.number).message(context.language)
      }
      // Refused before the question: one followed up already stays (CoachCore's rule).
      var kept: String?
      if let selected, !Community.canRemove(selected) {
        kept = m.agreementKept(selected.number, selected.isClosed)
      }
      bindings = [
        KeyBinding(
          "agreements.add", [.character("a")], .addAgreement, s.keyAdd, .high, refusal: readOnly),
        KeyBinding(
          "agreements.review", [.character("c"), .enter], .reviewAgreement, m.keyReview, .high,
          refusal: readOnly ?? empty ?? closed),
        KeyBinding(
          "agreements.edit", [.character("e")], .editAgreement, s.keyEdit, .normal,
          refusal: readOnly ?? empty),
        KeyBinding(
          "agreements.delete", [.character("d"), .delete], .deleteAgreement, s.keyDelete,
          .helpOnly, refusal: readOnly ?? empty ?? kept),
      ]
    case .notes:
      bindings = [
        KeyBinding(
          "notes.edit", [.character("e"), .enter], .editNotes, s.keyEdit, .high,
          refusal: readOnly)
      ]
    }
    bindings += [
      KeyBinding("meeting.live", [.character("m")], .runLive, s.live.keyStart, .low),
      KeyBinding("meeting.minutes", [.character("x")], .exportMinutes, m.keyExport, .normal),
      KeyBinding("meeting.followUp", [.character("f")], .followUp, s.followUp.keyFollowUp, .low),
      KeyBinding(
        "meeting.roles", [.character("R")], .roles, m.keyRoles, .helpOnly, refusal: readOnly),
      KeyBinding(
        "meeting.dynamicsNote", [.character("n")], .newDynamicsNote, s.notes.keyNote, .low,
        refusal: readOnly),
      KeyBinding("meeting.section", [.tab], .nextSection, m.keySection, .essential),
      KeyBinding(
        "meeting.previousSection", [.backTab], .previousSection, m.keyPreviousSection,
        .helpOnly),
      KeyBinding(
        "meeting.back", [.escape, .character("q")], .back, s.keyBack, .essential, display: "Esc"),
    ]
    bindings += ListMove.bindings("meeting", s, MeetingAction.list)
    return KeyTable(bindings)
  }
}
