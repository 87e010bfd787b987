import CoachCore

enum PlaybookAction: Sendable {
  case list(ListMove)
  case nextSection
  case open
  case back
  case copy
  case add
  case edit
  case remove
  case moveUp
  case moveDown
}

/// The playbook's keys: on the list, Tab between checklists and protocols, Enter opens one,
/// `c` copies; in an own one, `a e d` change its questions or steps (Shift-↑↓ move a
/// question). A builtin one refuses the changes with the reason.
enum PlaybookKeys {
  static func table(_ screen: PlaybookScreen, _ context: PlaybookContext)
    -> KeyTable<PlaybookAction>
  {
    let s = context.strings
    let p = PlaybookStrings.of(context.language)
    let readOnly = context.readOnlyReason
    let copy = KeyBinding(
      "playbook.copy", [.character("c")], PlaybookAction.copy, p.keyCopy, .high,
      refusal: readOnly)
    guard screen.openID != nil else {
      return KeyTable(
        [
          KeyBinding(
            "playbook.open", [.enter, .right, .character("l")], .open, p.keyShow, .high,
            display: "⏎"),
          copy,
          KeyBinding("playbook.section", [.tab], .nextSection, p.keySection, .essential),
          KeyBinding(
            "playbook.back", [.escape, .character("q")], .back, s.keyBack, .essential,
            display: "Esc"),
        ] + ListMove.bindings("playbook", s, PlaybookAction.list))
    }
    let change = readOnly ?? screen.builtinRefusal(context)
    let empty = (screen.itemCount(context) ?? 0) == 0 ? s.listEmpty : nil
    var bindings: [KeyBinding<PlaybookAction>] = [
      KeyBinding(
        "playbook.close", [.escape, .left, .character("q")], .back, s.keyBack, .essential,
        display: "Esc"),
      copy,
      KeyBinding("playbook.add", [.character("a")], .add, p.keyAdd, .high, refusal: change),
      KeyBinding(
        "playbook.edit", [.character("e")], .edit, p.keyEdit, .high, refusal: change ?? empty),
      KeyBinding(
        "playbook.delete", [.character("d"), .delete], .remove, p.keyRemove,
        refusal: change ?? empty),
    ]
    if screen.section == .checklists {
      bindings += [
        KeyBinding(
          "playbook.moveUp", [.shiftUp, .character("K")], .moveUp, p.keyMove, .low,
          display: "S-↑↓ K J",
          refusal: change ?? empty),
        KeyBinding(
          "playbook.moveDown", [.shiftDown, .character("J")], .moveDown, p.keyMove, .covered,
          display: "S-↓ J",
          refusal: change ?? empty),
      ]
    }
    return KeyTable(bindings + ListMove.bindings("playbook.items", s, PlaybookAction.list))
  }
}
