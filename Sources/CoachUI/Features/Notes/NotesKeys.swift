import CoachCore

enum NotesAction: Sendable {
  case back
  case list(ListMove)
  case add
  case edit
  case delete
}

/// The timeline's keys.
enum NotesKeys {
  static func table(_ screen: NotesScreen, _ context: CoachNotesContext) -> KeyTable<NotesAction> {
    let s = context.strings
    let readOnly = context.readOnlyReason
    let empty = screen.notes(context).isEmpty ? s.listEmpty : nil
    return KeyTable(
      [
        KeyBinding(
          "notes.add", [.character("n"), .character("a")], .add, s.notes.keyNote, .high,
          display: "n", refusal: readOnly),
        KeyBinding(
          "notes.edit", [.character("e"), .enter], .edit, s.keyEdit, .high,
          refusal: readOnly ?? empty),
        KeyBinding(
          "notes.delete", [.character("d"), .delete], .delete, s.keyDelete, .normal,
          refusal: readOnly ?? empty),
        KeyBinding(
          "notes.back", [.escape, .character("q")], .back, s.keyBack, .essential, display: "Esc"),
      ] + ListMove.bindings("notes", s, NotesAction.list))
  }
}
