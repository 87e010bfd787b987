import CoachCore
import Foundation

/// The generic side of the screens: their keys, their drawing, their repair after undo, and
/// what their commands do to the program's state.
extension Reducer {
  /// Carries out what a screen asked for, in order; returns the effects for the runtime.
  static func apply(_ commands: [ScreenCommand], _ state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for command in commands {
      switch command {
      case .push(let route): state.routes.append(route)
      case .pop: popRoute(&state)
      case .present(let overlay): state.overlays.append(overlay)
      case .save(let community, let label):
        effects += change(&state, label: label) { $0.put(community) }
      case .saveNotes(let notebook, let label):
        effects += change(&state, label: label) { $0.putNotebook(notebook) }
      case .flash(let text): state.flash = text
      case .effect(let effect): effects.append(effect)
      case .quit: effects += quitSafely(&state)
      case .usedIDs(let ids): state.ids = ids
      }
    }
    return effects
  }

  /// The keys of a screen: its table, and what performing an action does. A screen whose
  /// data is gone (deleted, undone) only has the way back.
  static func keys<Screen: ScreenFeature>(of screen: Screen, _ state: AppState) -> ScreenKeys {
    guard let context = screen.context(ContextSource(state)) else {
      let back = KeyTable([
        KeyBinding("back", [.escape, .character("q")], (), state.strings.keyBack, .essential)
      ])
      return ScreenKeys(back) { _, _, state in
        popRoute(&state)
        return []
      }
    }
    let table = screen.keys(context).applying(state.keyOverrides)
    return ScreenKeys(table) { action, key, state in
      var changed = screen
      let commands = changed.perform(action, key: key, context)
      if state.route == screen.route { setRoute(changed.route, &state) }
      return apply(commands, &state)
    }
  }

  static func render<Screen: ScreenFeature>(
    _ screen: Screen, _ state: AppState, _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    guard let context = screen.context(ContextSource(state)) else {
      Chrome.title(state.strings.loading, right: "", row: 0, &canvas)
      return nil
    }
    return screen.render(context, &canvas)
  }

  /// The route after an undo or redo; nil when its data is gone.
  static func repaired<Screen: ScreenFeature>(_ screen: Screen, _ state: AppState) -> Route? {
    guard let context = screen.context(ContextSource(state)) else { return nil }
    var repaired = screen
    repaired.repair(context)
    return repaired.route
  }

  static func filter<Screen: ScreenFeature>(of screen: Screen) -> FilterState? { screen.filter }

  /// A key the table of a screen that takes text does not bind: text for the screen.
  static func type<Screen: ScreenFeature>(
    _ key: Key, into screen: Screen, _ state: inout AppState
  ) -> [Effect] {
    guard let context = screen.context(ContextSource(state)) else { return [] }
    var changed = screen
    guard let commands = changed.type(key, context) else { return [] }
    setRoute(changed.route, &state)
    return apply(commands, &state)
  }

  /// Changes the filter of the screen on top (its selection goes back to the first match).
  static func setFilter<Screen: ScreenFeature>(
    _ screen: Screen, _ filter: FilterState, _ state: inout AppState
  ) {
    var changed = screen
    changed.filter = filter
    setRoute(changed.route, &state)
  }
}
