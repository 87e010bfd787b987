import CoachCore
import Foundation

/// The shared terminal's screen: large, calm, centred; the names or one question at a time,
/// and nothing of the coach's program around it.
enum KioskView {
  static func render(_ session: KioskSession, _ context: KioskContext, _ canvas: inout Canvas)
    -> Frame.Cursor?
  {
    let k = KioskStrings.of(context.language)
    var page = Page(canvas: canvas, width: min(canvas.width - 4, 72))
    page.centered(
      context.template.title(context.language) + " · " + context.dates.shortDay(context.day),
      row: 1, style: .title, bold: true)
    var cursor: Frame.Cursor?
    switch session.step {
    case .checkingPIN, .checkingLeave:
      page.centered("…", row: page.middle, style: .dim)
    case .choosePIN(let first, let entry):
      page.centered(k.choosePINTitle, row: 4, style: .heading, bold: true)
      cursor = page.secret(
        first == nil ? k.choosePINPrompt : k.confirmPINPrompt, entry, row: 7)
    case .leaving(let entry, _):
      page.centered(k.pinTitle, row: 4, style: .heading, bold: true)
      cursor = page.secret(k.pinPrompt, entry, row: 7)
    case .names:
      names(session, context, k, &page)
    case .answering(let member, let index):
      cursor = answering(session, context, k, member: member, index: index, &page)
    case .saving:
      page.centered(k.saving, row: page.middle, style: .dim)
    case .thanks(let member, _):
      let name = context.person(member).map {
        $0.name.split(separator: " ").first.map(String.init) ?? $0.name
      }
      page.centered(
        session.anonymous || name == nil ? k.thanksAnonymous : k.thanks(name ?? ""),
        row: page.middle, style: .success, bold: true)
    }
    if let message = session.message {
      for (offset, line) in DisplayWidth.wrap(message, to: page.width).suffix(2).enumerated() {
        page.centered(line, row: min(canvas.height, 24) - 4 + offset, style: .warning)
      }
    }
    page.hints(KioskKeys.table(session, context).hints, row: canvas.height - 1)
    canvas = page.canvas
    return cursor
  }

  private static func names(
    _ session: KioskSession, _ context: KioskContext, _ k: KioskStrings, _ page: inout Page
  ) {
    let people = context.people
    guard !people.isEmpty else {
      page.centered(k.noNames, row: page.middle, style: .dim)
      return
    }
    page.centered(k.pickName, row: 3, style: .normal)
    let done = people.filter(\.hasAnswered).count
    page.centered(
      k.answeredCount(done, people.count) + (session.anonymous ? " · " + k.anonymousNote : ""),
      row: 4, style: .dim)
    let top = 6
    let rows = max(1, page.canvas.height - 2 * page.top - top - 5)
    let first = min(max(0, session.selection - rows / 2), max(0, people.count - rows))
    for (offset, person) in people.dropFirst(first).prefix(rows).enumerated() {
      let index = first + offset
      let selected = index == session.selection
      let mark = person.hasAnswered ? "✓ " + k.answered : ""
      let nameWidth = page.width - 6 - DisplayWidth.width(of: mark)
      let text =
        (selected ? " ▸ " : "   ") + DisplayWidth.fit(person.name, to: max(4, nameWidth)) + "  "
        + mark
      page.line(
        DisplayWidth.fit(text, to: page.width), row: top + offset,
        style: selected ? .selection : (person.hasAnswered ? .dim : .normal), bold: selected)
    }
  }

  private static func answering(
    _ session: KioskSession, _ context: KioskContext, _ k: KioskStrings, member: UUID,
    index: Int, _ page: inout Page
  ) -> Frame.Cursor? {
    let questions = context.template.questions
    let name = context.person(member)?.name ?? ""
    guard questions.indices.contains(index) else {
      page.centered(k.doneTitle, row: 4, style: .heading, bold: true)
      let given = questions.filter { session.answers[$0.id] != nil }.count
      page.centered(k.doneSummary(given, questions.count), row: 6, style: .normal)
      page.centered(progress(session, questions), row: 8, style: .accent)
      return nil
    }
    let question = questions[index]
    page.centered(
      k.questionOf(index + 1, questions.count) + (session.anonymous ? "" : " · " + name),
      row: 3, style: .dim)
    page.centered(progress(session, questions), row: 4, style: .accent)
    var row = 6
    for line in DisplayWidth.wrap(question.text(context.language), to: page.width - 4).prefix(4) {
      page.line("  " + line, row: row, style: .normal, bold: true)
      row += 1
    }
    row += 1
    let answer = session.answers[question.id]
    switch question.answer {
    case .yesNo:
      page.choices([k.yes, k.no], chosen: answer == .yes ? 0 : (answer == .no ? 1 : nil), row: row)
    case .scale:
      var chosen: Int?
      if case .scale(let value) = answer { chosen = value - 1 }
      page.choices((1...5).map(String.init), chosen: chosen, row: row)
      page.centered(k.scaleLow + "   ·   " + k.scaleHigh, row: row + 2, style: .dim)
    case .shortText:
      page.line("  " + k.typeHere, row: row, style: .dim)
      var text = ""
      if case .text(let given) = answer { text = given }
      return page.input(text, row: row + 1)
    }
    return nil
  }

  /// One dot per question: ● answered, ○ open.
  private static func progress(_ session: KioskSession, _ questions: [ChecklistTemplate.Question])
    -> String
  {
    questions.map { session.answers[$0.id] == nil ? "○" : "●" }.joined(separator: " ")
  }
}
