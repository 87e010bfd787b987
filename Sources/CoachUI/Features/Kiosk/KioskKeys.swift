import CoachCore

/// What a key does at the shared terminal.
enum KioskAction: Equatable, Sendable {
  case up
  case down
  case choose
  case next
  case previous
  case toggle
  case yes
  case no
  case scale(Int)
  case lower
  case raise
  case submit
  case backToNames
  case leave
  case confirm
  case cancel
  case erase
}

/// The kiosk's keys, declared once per step: the reducer acts on them and the bottom line
/// shows them. Every other key (Ctrl-C, Ctrl-Z, Ctrl-\, q, Esc) does nothing here.
enum KioskKeys {
  static func table(_ session: KioskSession, _ context: KioskContext) -> KeyTable<KioskAction> {
    let k = KioskStrings.of(context.language)
    let leave = KeyBinding("kiosk.leave", [.control("q")], KioskAction.leave, k.keyLeave, .low)
    let previous = KeyBinding(
      "kiosk.previous", [.up, .backTab], KioskAction.previous, k.keyPrevious, .normal,
      display: "↑")
    let submit = KeyBinding(
      "kiosk.submit", [.control("s")], KioskAction.submit, k.keySubmit, .high)
    switch session.step {
    case .names:
      return KeyTable([
        KeyBinding("kiosk.up", [.up], KioskAction.up, "", .covered).listMove(),
        KeyBinding("kiosk.down", [.down], .down, k.keyChoose, .essential, display: "↑↓")
          .listMove(),
        KeyBinding("kiosk.choose", [.enter], .choose, k.keyStart, .essential, display: "⏎"),
        leave,
      ])
    case .answering(_, let index):
      // A teacher who picked the wrong name goes back, as long as nothing is answered yet.
      let back =
        session.answers.isEmpty
        ? [KeyBinding("kiosk.names", [.escape], KioskAction.backToNames, k.keyBack, .low)] : []
      let next = KeyBinding(
        "kiosk.next", [.enter, .tab, .down], KioskAction.next, k.keyNext, .essential,
        display: "⏎")
      guard context.template.questions.indices.contains(index) else {
        // The "done?" step.
        return KeyTable(
          [
            KeyBinding(
              "kiosk.send", [.enter, .control("s")], .submit, k.keySend, .essential, display: "⏎"),
            previous, leave,
          ] + back)
      }
      switch context.template.questions[index].answer {
      case .yesNo:
        return KeyTable(
          [
            KeyBinding(
              "kiosk.toggle", [.character(" "), .left, .right], .toggle, k.keyToggle, .essential,
              display: "␣"),
            KeyBinding("kiosk.yes", [.character("j"), .character("y")], .yes, k.yes, .covered),
            KeyBinding("kiosk.no", [.character("n")], .no, k.no, .covered),
            next, previous, submit, leave,
          ] + back)
      case .scale:
        return KeyTable(
          [
            KeyBinding(
              "kiosk.scale", (1...5).map { .character(Character("\($0)")) }, .scale(0),
              k.keyScale, .essential, display: "1–5"),
            KeyBinding("kiosk.lower", [.left], .lower, k.keyScale, .covered),
            KeyBinding("kiosk.raise", [.right], .raise, k.keyScale, .covered),
            next, previous, submit, leave,
          ] + back)
      case .shortText:
        return KeyTable(
          [
            KeyBinding("kiosk.erase", [.backspace], .erase, "", .covered),
            next, previous, submit, leave,
          ] + back)
      }
    case .choosePIN, .leaving:
      return KeyTable([
        KeyBinding("kiosk.erase", [.backspace], .erase, "", .covered),
        KeyBinding("kiosk.confirm", [.enter], .confirm, k.keyConfirm, .essential, display: "⏎"),
        KeyBinding("kiosk.cancel", [.escape], .cancel, k.keyCancel, .essential),
      ])
    case .thanks:
      return KeyTable([
        KeyBinding("kiosk.back", [.enter], .backToNames, k.keyBack, .essential, display: "⏎")
      ])
    case .saving:
      // A save that does not come through (a file changed outside, a full disk) must not
      // lock the coach out: the answers wait in the program meanwhile.
      return KeyTable([leave])
    case .checkingPIN, .checkingLeave:
      return KeyTable([])
    }
  }
}
