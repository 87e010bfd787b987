import CoachCore

enum FormAction: Sendable {
  case save
  case nextField
  case previousField
  /// Enter: the next field, or save on the last one (a new line in a multi-line field).
  case enter
  case clearField
  case cancel
  case complete
  case pickNext
  case pickPrevious
}

/// A form's keys. Every other key is typing: it goes into the focused field.
enum FormKeys {
  static func table(_ form: FormState, _ state: AppState) -> KeyTable<FormAction> {
    let s = state.strings
    let multiline = form.focusedField?.isMultiline == true
    let enter = multiline ? s.keyNewLine : (form.isOnLastField ? s.keySave : s.keyNextField)
    // Only the keys that do something here: no “next field” on the last one.
    var bindings: [KeyBinding<FormAction>] = [
      KeyBinding("form.save", [.control("s")], .save, s.keySave, .essential)
    ]
    // While the focused field offers matches, Tab takes one and ↑/↓ choose it.
    if form.focusedField?.matches.isEmpty == false {
      bindings += [
        KeyBinding("form.complete", [.tab], .complete, s.keyComplete, .high),
        KeyBinding(
          "form.pickNext", [.down], .pickNext, s.keyPick, .normal, display: "↑↓"),
        KeyBinding("form.pickPrevious", [.up], .pickPrevious, s.keyPick, .covered),
      ]
    }
    if !form.isOnLastField {
      bindings.append(
        KeyBinding("form.next", [.tab, .down], .nextField, s.keyNextField, .low, display: "Tab ↓"))
    }
    if form.focus > 0 {
      bindings.append(
        KeyBinding(
          "form.previous", [.backTab, .up], .previousField, s.keyPreviousField, .helpOnly,
          display: "S-Tab ↑"))
    }
    if !multiline {
      bindings.append(KeyBinding("form.enter", [.enter], .enter, enter, .high))
    }
    if let field = form.focusedField, field.isText, !field.text.isEmpty {
      bindings.append(
        KeyBinding("form.clear", [.control("u")], .clearField, s.keyClearField, .low))
    }
    bindings.append(KeyBinding("form.cancel", [.escape], .cancel, s.keyCancel, .essential))
    return KeyTable(bindings).applying(state.keyOverrides)
  }
}
