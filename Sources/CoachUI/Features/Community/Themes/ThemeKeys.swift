import CoachCore

/// The themes tab's own keys.
enum ThemeKeys {
  static func bindings(_ community: Community, _ context: CommunityContext)
    -> [KeyBinding<CommunityAction>]
  {
    let s = context.strings
    let t = s.themes
    let readOnly = context.readOnlyReason
    let empty = community.themes.isEmpty ? s.listEmpty : nil
    return [
      KeyBinding("themes.add", [.character("a")], .addTheme, s.keyAdd, .high, refusal: readOnly),
      KeyBinding(
        "themes.open", [.enter], .openTheme, t.keyOpen, .high, display: "⏎", refusal: empty),
      KeyBinding(
        "themes.edit", [.character("e")], .editTheme, s.keyEdit, .high,
        refusal: readOnly ?? empty),
      KeyBinding(
        "themes.output", [.character("o")], .addOutput, t.keyAddOutput, .high,
        refusal: readOnly ?? empty),
      KeyBinding(
        "themes.moment", [.character("m")], .addMoment, t.keyAddMoment, .normal,
        refusal: readOnly ?? empty),
      KeyBinding(
        "themes.subgroup", [.character("s")], .addSubgroup, t.keyAddSubgroup, .low,
        refusal: readOnly ?? empty),
      KeyBinding(
        "themes.delete", [.character("d"), .delete], .deleteTheme, s.keyDelete, .helpOnly,
        refusal: readOnly ?? empty),
    ] + ListMove.bindings("themes", s, CommunityAction.themeList)
  }
}
