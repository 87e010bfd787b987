import CNcursesw
import CoachUI

/// The terminal: shows a `Canvas` and reads keys. The only owner of ncurses state; use it
/// from one thread.
public final class CursesScreen {
  private let window: UnsafeMutablePointer<WINDOW>
  private var keys = KeyReader()
  private var styles: CursesStyles
  private var colorsOn = false
  private var colorsStarted = false
  private var defaultColors = false
  /// What is on the screen now; nil forces a full redraw.
  private var drawn: Canvas?
  private var cursorVisible = false
  private var stopped = false

  private init(window: UnsafeMutablePointer<WINDOW>, theme: Theme) {
    self.window = window
    styles = CursesStyles(theme: theme, colors: 0, defaultColors: false, pairLimit: 0)
  }

  deinit { stop() }

  public static func start(theme: Theme, useColors: Bool) throws -> CursesScreen {
    guard vlg_stdio_are_terminals() != 0 else { throw TerminalError.notATerminal }
    // Before ncurses starts, or it settles on a codeset without accents.
    _ = vlg_setup_locale()
    guard let window = vlg_start_screen() else {
      throw TerminalError.cannotStart(
        "cannot use the terminal type \"\(String(cString: vlg_term_name()))\"")
    }
    return configure(window, theme: theme, useColors: useColors)
  }

  /// ncurses on another terminal than stdin and stdout: tests and the benchmark drive a
  /// pseudo-terminal.
  public static func start(
    terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>
  ) throws -> CursesScreen {
    _ = vlg_setup_locale()
    guard let window = vlg_start_screen_on(terminalType, output, input) else {
      throw TerminalError.cannotStart("cannot use the terminal type \"\(terminalType)\"")
    }
    return configure(window, theme: .plain, useColors: false)
  }

  private static func configure(
    _ window: UnsafeMutablePointer<WINDOW>, theme: Theme, useColors: Bool
  ) -> CursesScreen {
    raw()  // Ctrl-C, Ctrl-S, Ctrl-Z arrive as keys, not as signals or flow control
    noecho()
    nonl()  // Enter arrives as 13 and the output needs no newline translation
    // Bytes, not ncurses' keys: KeyReader decodes them (both cursor-key modes, invalid
    // UTF-8). Without keypad mode the terminal also stays in its normal cursor-key mode.
    keypad(window, false)
    intrflush(window, false)
    curs_set(0)
    SignalWatch.rememberTerminal()
    let screen = CursesScreen(window: window, theme: theme)
    screen.setTheme(theme, useColors: useColors)
    return screen
  }

  public var width: Int { Int(getmaxx(window)) }
  public var height: Int { Int(getmaxy(window)) }

  /// The terminal's colours, 0 when colours are off.
  public var colorCount: Int { colorsOn ? Int(vlg_colors()) : 0 }

  public func setTheme(_ theme: Theme, useColors: Bool) {
    if useColors && !colorsStarted && has_colors() {
      colorsStarted = start_color() == OK
      // Lets -1 mean the terminal's own colours, so a transparent background stays so.
      defaultColors = colorsStarted && use_default_colors() == OK
    }
    colorsOn = useColors && colorsStarted
    styles = CursesStyles(
      theme: theme, colors: colorCount, defaultColors: defaultColors,
      pairLimit: colorsOn ? Int(vlg_color_pairs()) : 0)
    if colorsOn { styles.definePairs() }
    // Cells already on the screen keep the old look unless everything is repainted.
    drawn = nil
    clearok(window, true)
  }

  public func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
    guard !stopped else { return }
    let previous = drawn.flatMap {
      $0.width == canvas.width && $0.height == canvas.height ? $0 : nil
    }
    // A full redraw starts from blank so nothing of a larger old canvas stays behind.
    if previous == nil { werase(window) }
    let rows = min(canvas.height, height)
    let columns = min(canvas.width, width)
    for y in 0..<rows {
      for x in 0..<columns {
        let cell = canvas[x, y]
        // The wide glyph in the cell before covers this one.
        if cell.isContinuation { continue }
        if let previous, previous[x, y] == cell { continue }
        put(cell, x: x, y: y)
      }
    }
    drawn = canvas

    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      wnoutrefresh(window)
      doupdate()
      // After the update, so the cursor never shows at its old place.
      setCursorVisible(true)
    } else {
      setCursorVisible(false)
      wnoutrefresh(window)
      doupdate()
    }
  }

  public func read(timeoutMilliseconds: Int32) -> TerminalInput? {
    guard !stopped else { return nil }
    return keys.next(timeoutMilliseconds: timeoutMilliseconds) { readByte(wait: $0) }
  }

  private func readByte(wait: Int32) -> ByteInput {
    wtimeout(window, wait)
    let code = wgetch(window)
    if code == vlg_key_resize() {
      // ncurses has resized its windows already; repaint everything at the new size.
      drawn = nil
      return .resize(width: width, height: height)
    }
    // ERR: the wait passed, or a signal interrupted it. Without keypad mode there are no
    // other key codes.
    guard (0...255).contains(code) else { return .nothing }
    return .byte(UInt8(code))
  }

  public func stop() {
    guard !stopped else { return }
    stopped = true
    // The fatal-signal handler may have ended curses already.
    guard !isendwin() else { return }
    curs_set(1)
    endwin()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    let look = styles.look(of: cell)
    var glyph = CellGlyph.make(text: cell.text, attributes: look.attributes, pair: look.pair)
    // ERR in the bottom-right cell only means the cursor could not move on; the glyph is
    // there.
    _ = mvwadd_wch(window, Int32(y), Int32(x), &glyph)
  }

  private func setCursorVisible(_ visible: Bool) {
    guard visible != cursorVisible else { return }
    cursorVisible = visible
    curs_set(visible ? 1 : 0)
  }
}
