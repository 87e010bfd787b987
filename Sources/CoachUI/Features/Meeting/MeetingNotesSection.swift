/// The meeting's free notes, wrapped, from the line the coach scrolled to.
enum MeetingNotesSection {
  static func lines(
    _ rows: MeetingScreenRows, from first: Int, _ context: CommunityContext, _ width: Int
  ) -> [SectionLine] {
    let notes = rows.meeting.notes
    guard !notes.isEmpty else { return [.blank, .message(context.strings.meetingScreen.noNotes)] }
    var lines: [SectionLine] = [.blank]
    let paragraphs = notes.split(separator: "\n", omittingEmptySubsequences: false)
    for paragraph in paragraphs.dropFirst(first) {
      if paragraph.isEmpty {
        lines.append(.blank)
        continue
      }
      for line in DisplayWidth.wrap(String(paragraph), to: max(1, width - 4)) {
        lines.append(SectionLine(text: "   " + line))
      }
    }
    return lines
  }
}
