import CoachCore

enum ThemeScreenAction: Sendable {
  case back
  case list(ListMove)
  case editTheme
  case editItem
  case deleteItem
  case addOutput
  case addMoment
  case addSubgroup
}

/// The theme screen's keys: the selected item's, then adding, then the theme's own.
enum ThemeScreenKeys {
  static func table(_ screen: ThemeScreen, _ context: CommunityContext)
    -> KeyTable<ThemeScreenAction>
  {
    let s = context.strings
    let t = s.themes
    let readOnly = context.readOnlyReason
    let empty = screen.theme(context).map { ThemeScreen.items($0).isEmpty } ?? true
    let noItem = empty ? s.listEmpty : nil
    return KeyTable(
      [
        KeyBinding(
          "theme.editItem", [.enter], .editItem, s.keyEdit, .high, display: "⏎",
          refusal: readOnly ?? noItem),
        KeyBinding(
          "theme.deleteItem", [.character("d"), .delete], .deleteItem, s.keyDelete, .normal,
          refusal: readOnly ?? noItem),
        KeyBinding(
          "theme.output", [.character("o")], .addOutput, t.keyAddOutput, .high,
          refusal: readOnly),
        KeyBinding(
          "theme.moment", [.character("m")], .addMoment, t.keyAddMoment, .normal,
          refusal: readOnly),
        KeyBinding(
          "theme.subgroup", [.character("s")], .addSubgroup, t.keyAddSubgroup, .low,
          refusal: readOnly),
        KeyBinding(
          "theme.edit", [.character("e")], .editTheme, t.editTheme.lowercased(), .low,
          refusal: readOnly),
        KeyBinding(
          "theme.back", [.escape, .character("q")], .back, s.keyBack, .essential, display: "Esc"),
      ] + ListMove.bindings("theme", s, ThemeScreenAction.list))
  }
}
