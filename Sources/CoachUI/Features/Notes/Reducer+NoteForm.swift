import CoachCore
import Foundation

extension Reducer {
  /// Saves a note form into the coach's notebook of the community (never into the community
  /// itself, so nothing made of a community can carry it).
  static func applyNoteForm(_ purpose: NoteForm, _ form: FormState, _ state: inout AppState)
    throws -> [Effect]
  {
    let n = state.strings.notes
    switch purpose {
    case .add(let id, let meeting):
      guard let community = state.library.loaded[id] else { return [] }
      var notebook = state.library.notebook(id)
      let input = try NoteInput(form, community, today: state.today)
      let note = try notebook.add(
        input.text, about: input.about, tags: input.tags, day: input.day, meetingID: meeting,
        in: community, id: state.ids.next())
      let effects = change(&state, label: n.saved) { $0.putNotebook(notebook) }
      if case .notes(var screen) = state.route, screen.communityID == id {
        screen.selection = max(0, screen.notesShown(notebook).firstIndex(of: note) ?? 0)
        setRoute(.notes(screen), &state)
      }
      return effects
    case .quick(let id, let meeting):
      guard let community = state.library.loaded[id] else { return [] }
      let text = TextCleaning.line(form.value(.text))
      if text.isEmpty { throw FieldError(field: .text, error: .emptyNote) }
      var notebook = state.library.notebook(id)
      try notebook.add(
        text, day: state.today, meetingID: meeting, in: community, id: state.ids.next())
      return change(&state, label: n.saved) { $0.putNotebook(notebook) }
    case .edit(let id, let noteID):
      guard let community = state.library.loaded[id] else { return [] }
      var notebook = state.library.notebook(id)
      let input = try NoteInput(form, community, today: state.today)
      try notebook.update(
        id: noteID, text: input.text, about: input.about, tags: input.tags, day: input.day,
        in: community)
      return change(&state, label: n.changed) { $0.putNotebook(notebook) }
    }
  }
}

/// A note form's values, checked: names must each be one member (a unique start of a word
/// will do), tags are the standard ones in either language or the coach's own.
struct NoteInput {
  let text: String
  let about: [UUID]
  let tags: [NoteTag]
  let day: CalendarDay

  init(_ form: FormState, _ community: Community, today: CalendarDay) throws {
    text = form.value(.text)
    if TextCleaning.multiline(text).isEmpty { throw FieldError(field: .text, error: .emptyNote) }
    do {
      about = try TextCleaning.list(form.value(.about), separators: [",", "\n"])
        .map { try community.resolveMember($0).id }
    } catch let error as CoachError {
      throw FieldError(field: .about, error: error)
    }
    tags = TextCleaning.list(form.value(.tags), separators: [",", "\n"]).compactMap(NoteTag.init)
    day = try Forms.optionalDay(form, .date) ?? today
  }
}
