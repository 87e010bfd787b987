import CoachCore

/// The timeline: one row per note (day, about whom, tags, the start of the text), and the
/// whole text of the selected note below it.
enum NotesView {
  static func render(_ screen: NotesScreen, _ context: CoachNotesContext, _ canvas: inout Canvas) {
    let n = context.strings.notes
    let community = context.community
    let member = screen.memberID.flatMap(community.member(withID:))
    Chrome.title(
      member.map { n.titleOfMember($0.name) } ?? n.title(community.name), right: n.private_,
      row: 0, &canvas)
    let body = Chrome.body(canvas)
    let area = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
    let notes = screen.notes(context)
    guard !notes.isEmpty else {
      let empty = member.map { n.emptyOfMember($0.name) } ?? n.empty
      for (index, line) in DisplayWidth.wrap(empty, to: area.width - 6).enumerated() {
        canvas.write("   " + line, x: 0, y: area.y + index, style: .dim, clip: area)
      }
      return
    }
    let selected = screen.selected(count: notes.count)
    let detail = detailLines(notes[selected], context, width: area.width - 6)
    let detailHeight = min(detail.count + 1, max(0, area.height / 2))
    // The list takes the room it needs; the selected note follows right under it.
    let listHeight = max(1, min(notes.count, area.height - detailHeight))
    let first = ListWindow.firstVisible(
      selection: selected, count: notes.count, capacity: listHeight)
    for (offset, note) in notes.dropFirst(first).prefix(listHeight).enumerated() {
      let y = area.y + offset
      let isSelected = first + offset == selected
      canvas.write(isSelected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
      canvas.write(
        DisplayWidth.truncate(row(note, context), to: area.width - 4), x: 3, y: y, style: .normal,
        clip: area)
      if isSelected {
        canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
      }
    }
    var y = area.y + listHeight + 1
    for line in detail.prefix(max(0, area.maxY - y)) {
      canvas.write("   " + line, x: 0, y: y, style: .normal, clip: area)
      y += 1
    }
  }

  /// “12 nov · Jan, Els · trekker, spanning · Neemt het woord…”
  static func row(_ note: DynamicsNote, _ context: CoachNotesContext) -> String {
    var parts = [context.dates.shortDay(note.day), about(note, context)]
    if !note.tags.isEmpty { parts.append(tags(note, context)) }
    parts.append(note.text.split(separator: "\n").first.map(String.init) ?? "")
    return parts.joined(separator: " · ")
  }

  private static func about(_ note: DynamicsNote, _ context: CoachNotesContext) -> String {
    note.about.isEmpty
      ? context.strings.notes.wholeGroup
      : context.community.memberNames(note.about).joined(separator: ", ")
  }

  private static func tags(_ note: DynamicsNote, _ context: CoachNotesContext) -> String {
    note.tags.map { $0.label(context.language) }.joined(separator: ", ")
  }

  /// The selected note in full: its heading (who, tags, meeting), then its text wrapped.
  private static func detailLines(_ note: DynamicsNote, _ context: CoachNotesContext, width: Int)
    -> [String]
  {
    let n = context.strings.notes
    var heading = [context.dates.shortDay(note.day), about(note, context)]
    if !note.tags.isEmpty { heading.append(tags(note, context)) }
    if let meeting = note.meetingID, let number = context.community.meetingNumber(meeting) {
      heading.append(n.inMeeting(number))
    }
    let text = note.text.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { DisplayWidth.wrap(String($0), to: max(10, width)) }
    return [heading.joined(separator: " · ")] + text
  }
}
