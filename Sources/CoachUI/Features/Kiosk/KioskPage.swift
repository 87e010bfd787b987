/// The kiosk's layout helper: a column of at most 72 cells in the middle of the canvas.
extension KioskView {
  struct Page {
    var canvas: Canvas
    let width: Int
    /// Rows above the content: on a tall terminal it stands in the middle, not at the top.
    var top: Int

    init(canvas: Canvas, width: Int) {
      self.canvas = canvas
      self.width = max(10, width)
      top = max(0, (canvas.height - 24) / 2)
    }

    var left: Int { max(0, (canvas.width - width) / 2) }
    var middle: Int { max(2, min(canvas.height, 24) / 2 - 1) }

    mutating func centered(_ text: String, row: Int, style: StyleRole, bold: Bool = false) {
      let fitted = DisplayWidth.truncate(text, to: canvas.width - 2)
      let x = max(0, (canvas.width - DisplayWidth.width(of: fitted)) / 2)
      canvas.write(fitted, x: x, y: top + row, style: style, bold: bold)
    }

    mutating func line(_ text: String, row: Int, style: StyleRole, bold: Bool = false) {
      if style == .selection {
        canvas.fill(Rect(x: left, y: top + row, width: width, height: 1), style: .selection)
      }
      canvas.write(
        DisplayWidth.truncate(text, to: width), x: left, y: top + row, style: style, bold: bold)
    }

    /// Answers side by side, the chosen one highlighted: `[ ja ]   [ nee ]`.
    mutating func choices(_ labels: [String], chosen: Int?, row: Int) {
      let boxes = labels.map { " " + $0 + " " }
      let total = boxes.reduce(0) { $0 + DisplayWidth.width(of: $1) + 4 } - 4
      var x = max(0, (canvas.width - total) / 2)
      for (index, box) in boxes.enumerated() {
        let isChosen = index == chosen
        canvas.write(
          isChosen ? "▸" : " ", x: x - 1, y: top + row, style: .accent, bold: true)
        x += canvas.write(
          box, x: x, y: top + row, style: isChosen ? .selection : .input, bold: isChosen)
        x += 4
      }
    }

    /// A line to type into; the cursor stands after the text.
    mutating func input(_ text: String, row: Int) -> Frame.Cursor {
      let room = width - 4
      // The end of a long answer stays in view.
      var shown = text
      while DisplayWidth.width(of: shown) > room - 1 { shown.removeFirst() }
      canvas.fill(Rect(x: left + 2, y: top + row, width: room, height: 1), style: .inputFocused)
      let used = canvas.write(shown, x: left + 2, y: top + row, style: .inputFocused)
      return Frame.Cursor(x: left + 2 + used, y: top + row)
    }

    /// A PIN: its digits shown as dots.
    mutating func secret(_ prompt: String, _ entry: String, row: Int) -> Frame.Cursor {
      for (offset, line) in DisplayWidth.wrap(prompt, to: width).prefix(2).enumerated() {
        centered(line, row: row + offset, style: .normal)
      }
      let dots = String(repeating: "•", count: entry.count)
      let boxWidth = 16
      let x = max(0, (canvas.width - boxWidth) / 2)
      canvas.fill(Rect(x: x, y: top + row + 3, width: boxWidth, height: 1), style: .inputFocused)
      let used = canvas.write(dots, x: x + 1, y: top + row + 3, style: .inputFocused)
      return Frame.Cursor(x: x + 1 + used, y: top + row + 3)
    }

    /// The keys that work now, on the last row, the least important cut first.
    mutating func hints(_ all: [KeyHint], row: Int) {
      top = 0
      var shown = all.filter { $0.priority < .helpOnly && $0.isEnabled }
      func total() -> Int {
        shown.reduce(0) { $0 + DisplayWidth.width(of: $1.text) + 3 } - 3
      }
      while total() > canvas.width - 2, shown.count > 1,
        let cut = shown.indices.max(by: { shown[$0].priority < shown[$1].priority })
      {
        shown.remove(at: cut)
      }
      centered(shown.map(\.text).joined(separator: "   "), row: row, style: .dim)
    }
  }
}
