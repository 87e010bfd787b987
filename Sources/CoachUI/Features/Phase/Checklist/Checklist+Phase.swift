import CoachCore
import Foundation

extension Forms {
  /// Ticks an item the coach answers: which one, done or not yet, the day, a remark.
  static func checklist(_ community: Community, phase: Phase, _ context: CommunityContext)
    -> FormState?
  {
    let c = context.strings.checklist
    let items = PlaybookItem.items(of: phase).filter { $0.check == nil }
    guard !items.isEmpty else { return nil }
    let firstOpen = items.firstIndex { !community.checklistState(of: $0).isDone } ?? 0
    return FormState(
      purpose: .checklist(community: community.id, phase: phase), title: c.formTitle(phase.number),
      fields: [
        .init(
          id: .kind, label: c.fieldItem,
          kind: .choice(
            options: items.map {
              (community.checklistState(of: $0).isDone ? "✓ " : "") + $0.text(context.language)
            }, selected: firstOpen)),
        .init(id: .status, label: c.fieldState, kind: .choice(options: c.states, selected: 0)),
        .init(
          id: .date, label: c.fieldDay, kind: .text(TextField(context.today.iso)),
          isRequired: true),
        .init(id: .note, label: c.fieldRemark, kind: .text(TextField())),
      ])
  }
}

extension Reducer {
  static func applyChecklistForm(
    _ id: UUID, phase: Phase, _ form: FormState, _ state: inout AppState
  ) throws -> [Effect] {
    guard var community = state.library.loaded[id] else { return [] }
    let items = PlaybookItem.items(of: phase).filter { $0.check == nil }
    guard items.indices.contains(form.choice(.kind)) else { return [] }
    let item = items[form.choice(.kind)]
    let done = form.choice(.status) == 0
    let tick =
      done ? ChecklistTick(day: try Forms.day(form, .date), remark: form.value(.note)) : nil
    community.setTick(tick, on: item)
    let c = state.strings.checklist
    return change(&state, label: done ? c.ticked : c.unticked) { $0.put(community) }
  }
}

extension PhaseView {
  /// The protocols the phase asks for, each with its timed steps and who speaks.
  static func protocolLines(_ phase: Phase, _ context: CommunityContext, width: Int) -> [Line] {
    let protocols = DiscussionProtocol.suggested(for: phase)
    guard !protocols.isEmpty else { return [] }
    let language = context.language
    var lines = [Line(text: context.strings.checklist.protocols, style: .heading, indent: 1)]
    for method in protocols {
      lines.append(
        Line(
          text: method.name(language) + " · \(method.totalMinutes)′ — " + method.purpose(language),
          style: .normal, indent: 3))
      for step in method.steps {
        let text = "\(step.minutes)′ " + step.title(language) + " (" + step.who(language) + ")"
        for (index, part) in DisplayWidth.wrap(text, to: max(10, width - 9)).enumerated() {
          lines.append(Line(text: (index == 0 ? "• " : "  ") + part, style: .dim, indent: 5))
        }
      }
    }
    return lines + [Line(text: "", style: .normal, indent: 0)]
  }

  /// The phase's checklist: ✓ done (by the coach, with day and remark, or by the data, with
  /// why), ○ open (with what is missing when the data say so).
  static func checklistLines(_ phase: Phase, _ context: CommunityContext, width: Int) -> [Line] {
    let community = context.community
    var lines = [Line(text: context.strings.checklist.title, style: .heading, indent: 1)]
    for item in PlaybookItem.items(of: phase) {
      let state = community.checklistState(of: item)
      var text = (state.isDone ? "✓ " : "○ ") + item.text(context.language)
      switch state {
      case .ticked(let tick):
        text += " — " + context.dates.shortDay(tick.day)
        if !tick.remark.isEmpty { text += " · " + tick.remark }
      case .answered(let why), .notYet(let why):
        text += " — " + why(context.language)
      case .open:
        break
      }
      for (index, part) in DisplayWidth.wrap(text, to: max(10, width - 7)).enumerated() {
        lines.append(
          Line(
            text: index == 0 ? part : "  " + part, style: state.isDone ? .normal : .dim,
            indent: 3))
      }
    }
    return lines
  }
}
