import CoachCore

enum HomeAction: Sendable {
  case list(ListMove)
  case open
  case add
  case edit
  case delete
  case search
  case followUp
  case playbook
  case quit
}

enum HomeKeys {
  static func table(_ screen: HomeScreen, _ context: LibraryContext) -> KeyTable<HomeAction> {
    let s = context.strings
    let empty = screen.visible(context).isEmpty ? s.listEmpty : nil
    let readOnly = context.readOnlyReason
    var bindings: [KeyBinding<HomeAction>] = [
      KeyBinding(
        "home.open", [.enter, .right, .character("l")], .open, s.keyOpen, .high, display: "⏎",
        refusal: empty),
      KeyBinding("home.add", [.character("a")], .add, s.keyAdd, .high, refusal: readOnly),
      KeyBinding("home.edit", [.character("e")], .edit, s.keyEdit, refusal: readOnly ?? empty),
      KeyBinding(
        "home.delete", [.character("d"), .delete], .delete, s.keyDelete, .helpOnly,
        refusal: readOnly ?? empty),
      KeyBinding(
        "home.search", [.character("/")], .search,
        SearchStrings.forLanguage(context.language).keySearch),
      KeyBinding("home.followUp", [.character("f")], .followUp, s.followUp.keyFollowUp),
      KeyBinding(
        "home.playbook", [.character("b")], .playbook,
        PlaybookStrings.of(context.language).keyOpen, .low),
    ]
    bindings.append(KeyBinding("home.quit", [.character("q")], .quit, s.keyQuit, .essential))
    bindings += ListMove.bindings("home", s, HomeAction.list)
    return KeyTable(bindings)
  }
}
