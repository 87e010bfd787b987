import CoachCore

/// What the help overlay holds, row by row, and how much of it the terminal shows: the
/// renderer draws it and the reducer scrolls it, so both agree on where it ends.
struct HelpLayout {
  enum Row: Equatable {
    case title(String)
    case hint(KeyHint)
    case blank
  }

  /// One or two columns of rows; they scroll together.
  let columns: [[Row]]
  let boxWidth: Int
  /// The rows inside the frame.
  let visible: Int

  var rows: Int { columns.map(\.count).max() ?? 0 }
  /// The highest first row: 0 when it all fits.
  var limit: Int { max(0, rows - visible) }

  static func of(_ state: AppState) -> HelpLayout {
    of(state, width: state.width, height: state.height)
  }

  static func of(_ state: AppState, width: Int, height: Int) -> HelpLayout {
    let twoColumns = width >= 72
    let sections = HelpView.sections(state)
    let columns = twoColumns ? [sections.left, sections.right] : [sections.left + sections.right]
    let rows = columns.map(Self.rows)
    let tallest = rows.map(\.count).max() ?? 0
    // The frame stays between the title line and the status bar (Dialog.box).
    let visible = max(1, min(tallest, height - 4))
    return HelpLayout(
      columns: rows, boxWidth: min(twoColumns ? 78 : 48, width - 2), visible: visible)
  }

  /// The first row in view after `move`, kept within the help.
  static func scrolled(_ move: ListMove, _ state: AppState) -> Int {
    let layout = of(state)
    let top = min(state.helpTop, layout.limit)
    let next: Int
    switch move {
    case .up: next = top - 1
    case .down: next = top + 1
    case .pageUp: next = top - max(1, layout.visible - 1)
    case .pageDown: next = top + max(1, layout.visible - 1)
    case .first: next = 0
    case .last: next = layout.limit
    }
    return min(max(0, next), layout.limit)
  }

  private static func rows(_ sections: [HelpView.Section]) -> [Row] {
    var rows: [Row] = []
    for (index, section) in sections.enumerated() {
      if index > 0 { rows.append(.blank) }
      rows.append(.title(section.title))
      rows += section.hints.map(Row.hint)
    }
    return rows
  }
}
