import CoachCore
import Foundation

extension NotesScreen {
  mutating func perform(_ action: NotesAction, key: Key, _ context: CoachNotesContext)
    -> [ScreenCommand]
  {
    let notes = notes(context)
    let selection = selected(count: notes.count)
    switch action {
    case .back:
      return [.pop]
    case .list(let move):
      if let next = move.apply(
        to: max(0, selection), count: notes.count, page: context.listPageSize)
      {
        self.selection = next
      }
    case .add:
      let about = memberID.map { [$0] } ?? []
      return [
        .present(
          .form(Forms.newNote(in: context.community, about: about, meeting: nil, context)))
      ]
    case .edit:
      guard notes.indices.contains(selection) else { return [] }
      return [.present(.form(Forms.editNote(notes[selection], context)))]
    case .delete:
      guard notes.indices.contains(selection) else { return [] }
      var notebook = context.notebook
      notebook.remove(id: notes[selection].id)
      return [.saveNotes(notebook, label: context.strings.notes.deleted)]
    }
    return []
  }
}
