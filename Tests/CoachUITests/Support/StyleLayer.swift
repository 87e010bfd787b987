import CoachUI

/// A snapshot's second layer: one character per cell naming its style, so that a colour or
/// style regression fails a test just as a text regression does.
///
/// Legend. Each role's code is fixed here, never derived from the enum's order, so a new
/// role takes a free letter and leaves every recorded file as it is.
///
///     .  normal          d  dim             t  title           h  heading
///     a  accent          s  selection       m  selectionDim    b  statusBar
///     k  statusKey       c  tabActive       u  tabInactive     p  phaseDone
///     r  phaseCurrent    o  phaseTodo       v  success         w  warning
///     e  error           x  border          i  input           f  inputFocused
///     g  dialog          ~  second half of a wide glyph (drawn with its first half)
///
/// Bold is the uppercase letter; bold normal is `:`. Normal is a dot rather than a letter so
/// that the few styled cells stand out when a reviewer reads the layer.
enum StyleLayer {
  /// The line between the text rows and the style rows of a snapshot file.
  static let separator = "── styles (legend: Tests/CoachUITests/Support/StyleLayer.swift) ──"

  static let continuation: Character = "~"

  /// What one code stands for.
  enum Meaning: Equatable {
    case style(StyleRole, bold: Bool)
    case continuation
  }

  static func code(_ role: StyleRole) -> Character {
    switch role {
    case .normal: "."
    case .dim: "d"
    case .title: "t"
    case .heading: "h"
    case .accent: "a"
    case .selection: "s"
    case .selectionDim: "m"
    case .statusBar: "b"
    case .statusKey: "k"
    case .tabActive: "c"
    case .tabInactive: "u"
    case .phaseDone: "p"
    case .phaseCurrent: "r"
    case .phaseTodo: "o"
    case .success: "v"
    case .warning: "w"
    case .error: "e"
    case .border: "x"
    case .input: "i"
    case .inputFocused: "f"
    case .dialog: "g"
    }
  }

  static func code(_ role: StyleRole, bold: Bool) -> Character {
    let plain = code(role)
    guard bold else { return plain }
    return plain == "." ? ":" : Character(plain.uppercased())
  }

  static func code(for cell: Cell) -> Character {
    // The terminal skips a continuation; its own style never shows.
    cell.isContinuation ? continuation : code(cell.style, bold: cell.bold)
  }

  /// The role and boldness a code stands for; nil for a character that is no code.
  static func meaning(of code: Character) -> Meaning? {
    if code == continuation { return .continuation }
    return decoding[code]
  }

  /// A code in words for a failure message: "warning bold", "normal".
  static func describe(_ code: Character?) -> String {
    guard let code else { return "<none>" }
    switch meaning(of: code) {
    case .style(let role, let bold): return bold ? "\(role.rawValue) bold" : role.rawValue
    case .continuation: return "wide-glyph second half"
    case nil: return "unknown code '\(code)'"
    }
  }

  /// One string per canvas row, one code per cell (not trimmed, so columns line up).
  static func rows(_ canvas: Canvas) -> [String] {
    (0..<canvas.height).map { y in
      String((0..<canvas.width).map { x in code(for: canvas[x, y]) })
    }
  }

  private static let decoding: [Character: Meaning] = {
    var table: [Character: Meaning] = [:]
    for role in StyleRole.allCases {
      for bold in [false, true] { table[code(role, bold: bold)] = .style(role, bold: bold) }
    }
    return table
  }()
}
