import CoachCore
import Foundation

enum ExportMenuAction: Sendable {
  case move(ListMove)
  case choose
  /// 1–9: the entry with that number.
  case number
  /// The selected entry, to a file or folder the coach types.
  case elsewhere
  case close
}

/// The export menu's keys: move and Enter (the exports folder), a digit for the entry with
/// that number, p for a path of one's own, Esc.
enum ExportMenuKeys {
  static func table(_ state: AppState) -> KeyTable<ExportMenuAction> {
    let e = ExportMenuStrings.of(state.language)
    return KeyTable(
      [
        KeyBinding("exportMenu.choose", [.enter], .choose, e.keyChoose, .essential, display: "⏎"),
        KeyBinding(
          "exportMenu.number", (1...9).map { .character(Character(String($0))) }, .number,
          e.keyNumber, .helpOnly, display: "1–9"),
        KeyBinding(
          "exportMenu.elsewhere", [.character("p")], .elsewhere, e.keyElsewhere, .essential),
        KeyBinding(
          "exportMenu.close", [.escape, .character("q")], .close, e.keyClose, .essential,
          display: "Esc"),
      ] + ListMove.bindings("exportMenu", state.strings, ExportMenuAction.move)
    ).applying(state.keyOverrides)
  }
}

extension Reducer {
  static func handleExportMenu(_ key: Key, _ menu: ExportMenu, _ state: inout AppState)
    -> [Effect]
  {
    guard let community = state.library.loaded[menu.community] else {
      state.overlays.removeLast()
      return []
    }
    let entries = menu.entries(community)
    switch ExportMenuKeys.table(state).match(key) {
    case .action(.move(let move)):
      var moved = menu
      moved.selection =
        move.apply(to: menu.selection, count: entries.count, page: 5) ?? menu.selection
      state.overlays[state.overlays.count - 1] = .exportMenu(moved)
      return []
    case .action(.choose):
      guard entries.indices.contains(menu.selection) else { return [] }
      state.overlays.removeLast()
      return [ExportMenu.effect(entries[menu.selection], community)]
    case .action(.number):
      guard case .character(let digit) = key, let number = digit.wholeNumberValue,
        entries.indices.contains(number - 1)
      else { return [] }
      state.overlays.removeLast()
      return [ExportMenu.effect(entries[number - 1], community)]
    case .action(.elsewhere):
      guard entries.indices.contains(menu.selection) else { return [] }
      state.overlays.removeLast()
      state.overlays.append(.form(pathForm(entries[menu.selection], community, state)))
      return []
    case .action(.close):
      state.overlays.removeLast()
      return []
    case .refused(let reason):
      state.flash = reason
      return []
    case .unbound:
      return []
    }
  }

  /// The form that asks where to write `entry`: the meeting screen's for the minutes and the
  /// calendar, one titled with the entry for the documents.
  private static func pathForm(_ entry: ExportMenu.Entry, _ community: Community, _ state: AppState)
    -> FormState
  {
    switch entry {
    case .minutes(let meeting):
      return Forms.exportMinutes(community: community.id, meeting: meeting, state.strings)
    case .calendar:
      return Forms.exportCalendar(community: community.id, state.strings)
    case .document(let document):
      let title = ExportMenuStrings.of(state.language).label(entry, community)
      return Forms.exportDocument(community: community.id, document, title: title, state.strings)
    }
  }
}
