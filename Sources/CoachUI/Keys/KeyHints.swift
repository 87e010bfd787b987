import CoachCore

/// What the status bar and the help overlay show: read from the same key tables the
/// reducer dispatches from, so they never disagree.
enum KeyHints {
  /// Columns between two hints in the status bar.
  static let separator = 2

  /// The keys of what has the keys now: the overlay on top, else the screen, then the keys
  /// that work on every screen.
  static func current(_ state: AppState) -> [KeyHint] {
    if let session = state.kiosk, let context = ContextSource(state).kiosk(session) {
      return KioskKeys.table(session, context).hints
    }
    if let overlay = state.overlays.last { return ScreenKeys.overlayHints(overlay, state) }
    if Reducer.isTypingInFilter(state) {
      let arrows = ScreenKeys.forScreen(state).hints.filter {
        $0.isListMove && $0.boundKeys.contains { FilterKeys.passedToList.contains($0) }
      }
      return FilterKeys.table(state).hints
        + arrows.map { hint in
          var arrow = hint
          arrow.boundKeys = hint.boundKeys.filter { FilterKeys.passedToList.contains($0) }
          arrow.keys = KeyLabel.text(arrow.boundKeys)
          return arrow
        }
    }
    // On a screen typed into, `?` and `u` are text: only the screen's own keys work.
    if state.route.feature.takesText { return ScreenKeys.forScreen(state).hints }
    return ScreenKeys.forScreen(state).hints + ScreenKeys.global(state).hints
  }

  /// The status bar's hints that fit in `width` columns: the ones that work now, lowest
  /// priority cut first, never the essential ones; in the order they were declared.
  static func statusBar(_ state: AppState, width: Int) -> [KeyHint] {
    var shown = current(state).filter { $0.priority < .helpOnly && $0.isEnabled }
    func total() -> Int {
      shown.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } + separator * max(0, shown.count - 1)
    }
    while total() > width {
      let cuttable = shown.indices.filter { shown[$0].priority != .essential }
      guard
        let cut = cuttable.max(by: {
          (shown[$0].priority, $0) < (shown[$1].priority, $1)
        })
      else { break }
      shown.remove(at: cut)
    }
    while total() > width, !shown.isEmpty { shown.removeLast() }
    return shown
  }
}
