import CoachCore
import Foundation

extension ThemeScreen {
  mutating func perform(_ action: ThemeScreenAction, key: Key, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let community = context.community
    guard let theme = theme(context) else { return [.pop] }
    let items = Self.items(theme)
    let selected = items.indices.contains(selection) ? items[selection] : nil
    switch action {
    case .back:
      return [.pop]
    case .list(let move):
      selection =
        move.apply(to: selection, count: items.count, page: context.listPageSize) ?? selection
    case .editTheme:
      return [.present(.form(Forms.theme(theme, in: community, context)))]
    case .addOutput:
      return [.present(.form(Forms.themeOutput(theme, in: community, context)))]
    case .addMoment:
      return [.present(.form(Forms.themeMoment(theme, in: community, context)))]
    case .addSubgroup:
      return [.present(.form(Forms.themeSubgroup(theme, in: community, context)))]
    case .editItem:
      switch selected {
      case .subgroup(let group)?:
        return [
          .present(.form(Forms.themeSubgroup(theme, in: community, context, existing: group)))
        ]
      case .output(let output)?:
        return [
          .present(.form(Forms.themeOutput(theme, in: community, context, existing: output)))
        ]
      case .moment(let moment)?:
        return [
          .present(.form(Forms.themeMoment(theme, in: community, context, existing: moment)))
        ]
      case nil:
        return []
      }
    case .deleteItem:
      guard let selected else { return [] }
      var changed = community
      do {
        try changed.removeThemeItem(selected.id, ofTheme: themeID)
      } catch {
        return []
      }
      selection = max(0, min(selection, items.count - 2))
      return [.save(changed, label: context.strings.themes.itemDeleted)]
    }
    return []
  }
}
