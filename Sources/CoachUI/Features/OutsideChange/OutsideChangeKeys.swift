import CoachCore
import Foundation

enum OutsideChangeAction: Sendable {
  case keepMine
  case takeTheirs
  case keepBoth
}

/// The three answers; no Esc: until the coach chose, this community is not saved.
enum OutsideChangeKeys {
  static func table(_ state: AppState) -> KeyTable<OutsideChangeAction> {
    let o = state.strings.outsideChange
    return KeyTable([
      KeyBinding("outside.mine", [.character("m")], .keepMine, o.keyKeepMine, .essential),
      KeyBinding("outside.theirs", [.character("t")], .takeTheirs, o.keyTakeTheirs, .essential),
      KeyBinding("outside.both", [.character("b")], .keepBoth, o.keyKeepBoth, .essential),
    ]).applying(state.keyOverrides)
  }
}
