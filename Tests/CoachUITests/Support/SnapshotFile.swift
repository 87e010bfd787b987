import CoachUI

/// A golden file's two layers: the screen as text rows, then a separator line, then one
/// row of style codes per screen row (see `StyleLayer`).
struct SnapshotFile: Equatable {
  var text: [String]
  var styles: [String]

  init(text: [String], styles: [String]) {
    self.text = text
    self.styles = styles
  }

  init(_ canvas: Canvas) {
    text = canvas.textRows()
    styles = StyleLayer.rows(canvas)
  }

  /// Reads a recorded file; one without a separator (an old, text-only file) has no styles.
  init(parsing contents: String) {
    var lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    // The last separator: a screen row that happened to read like one stays text.
    if let index = lines.lastIndex(of: StyleLayer.separator) {
      text = Array(lines[..<index])
      styles = Array(lines[(index + 1)...])
    } else {
      text = lines
      styles = []
    }
  }

  var contents: String {
    (text + [StyleLayer.separator] + styles).joined(separator: "\n") + "\n"
  }
}
