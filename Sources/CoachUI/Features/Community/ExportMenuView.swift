import CoachCore
import Foundation

/// The export menu: a numbered line per entry, the selected one highlighted, the keys last.
enum ExportMenuView {
  static func render(_ menu: ExportMenu, _ state: AppState, _ canvas: inout Canvas) {
    guard let community = state.library.loaded[menu.community] else { return }
    let e = ExportMenuStrings.of(state.language)
    let entries = menu.entries(community)
    let width = min(64, canvas.width - 4)
    let intro = DisplayWidth.wrap(e.intro, to: width - 4)
    // The frame, the intro, a blank line, the entries, a blank line, the keys.
    let room = max(1, canvas.height - 6 - intro.count - 4)
    let shown = min(entries.count, room)
    let top = min(max(0, menu.selection - shown + 1), max(0, entries.count - shown))
    let inside = Dialog.box(
      title: e.title, width: width, height: intro.count + shown + 5, &canvas)
    for (index, line) in intro.enumerated() {
      canvas.write(line, x: inside.x, y: inside.y + index, style: .dialog, clip: inside)
    }
    for row in 0..<shown {
      let index = top + row
      let number = index < 9 ? "\(index + 1)" : " "
      let label = DisplayWidth.truncate(
        number + "  " + e.label(entries[index], community), to: inside.width)
      let y = inside.y + intro.count + 1 + row
      let selected = index == menu.selection
      if selected {
        canvas.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: .selection)
      }
      canvas.write(label, x: inside.x, y: y, style: selected ? .selection : .dialog, clip: inside)
    }
    let keys = ExportMenuKeys.table(state).hints.filter { $0.priority == .essential }
      .map(\.text).joined(separator: "   ")
    canvas.write(keys, x: inside.x, y: inside.maxY - 1, style: .accent, bold: true, clip: inside)
  }
}
